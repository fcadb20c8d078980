/**
 * /search/names.json: every name and spelling with its page, as data for other programs. (The
 * search page no longer downloads it: it grows with the archive; close spellings are now found
 * through the search index.) Kept because its address was published.
 */
import type { APIRoute } from 'astro';
import { getArchive } from '../../data/archive.ts';
import { entitySummaries } from '../../data/entities.ts';
import { routes } from '../../lib/routes.ts';

export const GET: APIRoute = async () => {
  const archive = await getArchive();
  const names: [string, string[]][] = [
    ...archive.cases.map((c): [string, string[]] => [
      routes.case(c.id),
      [...new Set([c.data.title.replace(/[“”"]/g, ''), ...c.data.names.map((n) => n.name.replace(/[“”"]/g, ''))])],
    ]),
    ...(['people', 'places', 'organizations'] as const).flatMap((k) =>
      entitySummaries(archive, k).map((e): [string, string[]] => [e.href, [e.name, ...e.spellings]]),
    ),
  ];
  return new Response(JSON.stringify(names), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
