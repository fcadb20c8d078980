/** /data/cases.json, cases.csv, events.json, events.csv — generated from the same content as the pages. */
import type { APIRoute } from 'astro';
import { getArchive } from '../../data/archive.ts';
import { caseRecords, eventRecords, CASE_FIELDS, EVENT_FIELDS } from '../../data/export.ts';
import { toCsv } from '../../lib/csv.ts';

export function getStaticPaths() {
  return ['cases.json', 'cases.csv', 'events.json', 'events.csv'].map((file) => ({ params: { file } }));
}

export const GET: APIRoute = async ({ params, site }) => {
  const archive = await getArchive();
  const [name, ext] = params.file!.split('.');
  const rows: Record<string, unknown>[] = name === 'cases' ? caseRecords(archive, site!) : eventRecords(archive);
  const fields = (name === 'cases' ? CASE_FIELDS : EVENT_FIELDS).map(([f]) => f);
  if (ext === 'json') {
    return new Response(JSON.stringify(rows, null, 2) + '\n', { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
  }
  return new Response(toCsv(fields, rows), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
