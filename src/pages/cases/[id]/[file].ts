/** A case file's citation record for reference managers: RIS, BibTeX, CSL-JSON. */
import type { APIRoute } from 'astro';
import { getArchive } from '../../../data/archive.ts';
import { caseHistory, caseRecord } from '../../../data/citing.ts';
import { toRis, toBibtex, toCslJson } from '../../../lib/cite.ts';

const TYPES: Record<string, string> = {
  ris: 'application/x-research-info-systems; charset=utf-8',
  bib: 'application/x-bibtex; charset=utf-8',
  json: 'application/vnd.citationstyles.csl+json; charset=utf-8',
};

export async function getStaticPaths() {
  const archive = await getArchive();
  return archive.cases.flatMap((c) =>
    Object.keys(TYPES).map((ext) => ({ params: { id: c.id, file: `${c.id}.${ext}` }, props: { id: c.id, ext } })),
  );
}

export const GET: APIRoute = async ({ props, site }) => {
  const archive = await getArchive();
  const c = archive.cases.find((x) => x.id === props.id)!;
  const item = caseRecord(c, await caseHistory(archive, c), site!);
  const body = props.ext === 'ris' ? toRis([item]) : props.ext === 'bib' ? toBibtex([item]) : toCslJson([item]);
  return new Response(body, { headers: { 'Content-Type': TYPES[props.ext] } });
};
