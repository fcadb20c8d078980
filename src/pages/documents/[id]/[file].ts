/** Downloads of a document: its plain text (.txt) and its citation (.ris, .bib). */
import type { APIRoute } from 'astro';
import { getArchive } from '../../../data/archive.ts';
import { citable, citationsOf } from '../../../data/documents.ts';
import { ris, bibtex } from '../../../lib/cite.ts';
import { documentToText } from '../../../lib/plain-text.ts';
import { parseBody } from '../../../lib/parse-document.ts';

export async function getStaticPaths() {
  const archive = await getArchive();
  return archive.documents.flatMap((doc) =>
    ['txt', 'ris', 'bib'].map((ext) => ({ params: { id: doc.id, file: `${doc.id}.${ext}` }, props: { id: doc.id, ext } })),
  );
}

export const GET: APIRoute = async ({ props, site }) => {
  const archive = await getArchive();
  const doc = archive.documents.find((d) => d.id === props.id)!;
  const c = citable(archive, doc, site!);
  const full = { ...c, id: doc.id, kind: doc.data.kind, originalUrl: doc.data.originalUrl };
  if (props.ext === 'ris') return new Response(ris(full), { headers: { 'Content-Type': 'application/x-research-info-systems; charset=utf-8' } });
  if (props.ext === 'bib') return new Response(bibtex(full), { headers: { 'Content-Type': 'application/x-bibtex; charset=utf-8' } });
  const header = [
    doc.data.title,
    doc.data.subtitle ?? '',
    '',
    `Cite as: ${citationsOf(archive, doc, site!).document}`,
    `Original: ${doc.data.originalUrl ?? doc.data.originalUrlNote ?? ''}`,
    ...doc.data.provenance.map((p) => `Provenance: ${p}`),
    doc.data.editorsNote ? `Editor's note: ${doc.data.editorsNote}` : '',
    'Passage ids in [brackets] are the paragraph anchors of the web page (#id).',
  ].join('\n');
  return new Response(documentToText(parseBody(doc.body ?? ''), header), { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
};
