/** Downloads of a document: its plain text (.txt) and its citation record (.ris, .bib, .json as CSL-JSON). */
import type { APIRoute } from 'astro';
import { getArchive } from '../../../data/archive.ts';
import { documentRecord } from '../../../data/citing.ts';
import { toRis, toBibtex, toCslJson, formatCitation } from '../../../lib/cite.ts';
import { documentToText } from '../../../lib/plain-text.ts';
import { parseBody } from '../../../lib/parse-document.ts';
import { isPreview } from '../../../lib/site-address.ts';

export async function getStaticPaths() {
  const archive = await getArchive();
  return archive.documents.flatMap((doc) =>
    ['txt', 'ris', 'bib', 'json'].map((ext) => ({
      params: { id: doc.id, file: `${doc.id}.${ext}` },
      props: { id: doc.id, ext },
    })),
  );
}

const TYPES: Record<string, string> = {
  ris: 'application/x-research-info-systems; charset=utf-8',
  bib: 'application/x-bibtex; charset=utf-8',
  json: 'application/vnd.citationstyles.csl+json; charset=utf-8',
};

export const GET: APIRoute = async ({ props, site }) => {
  const archive = await getArchive();
  const doc = archive.documents.find((d) => d.id === props.id)!;
  const item = documentRecord(archive, doc, site!);
  if (props.ext === 'ris') return new Response(toRis([item]), { headers: { 'Content-Type': TYPES.ris } });
  if (props.ext === 'bib') return new Response(toBibtex([item]), { headers: { 'Content-Type': TYPES.bib } });
  if (props.ext === 'json') return new Response(toCslJson([item]), { headers: { 'Content-Type': TYPES.json } });
  const chicago = formatCitation(item, 'chicago');
  const header = [
    doc.data.title,
    doc.data.subtitle ?? '',
    '',
    `Cite as: ${chicago.text}`,
    ...(isPreview(site)
      ? ["(A local preview: the address above is this computer's, not the archive's public address.)"]
      : []),
    `Original: ${doc.data.originalUrl ?? doc.data.originalUrlNote ?? ''}`,
    ...doc.data.provenance.map((p) => `Provenance: ${p}`),
    doc.data.editorsNote ? `Editor's note: ${doc.data.editorsNote}` : '',
    'Passage ids in [brackets] are the paragraph anchors of the web page (#id).',
  ].join('\n');
  return new Response(documentToText(parseBody(doc.body ?? ''), header), {
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });
};
