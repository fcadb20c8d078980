/**
 * /search/names/keys.json: the keys of the name lookup files that exist, so that the search page
 * asks only for those (src/lib/name-lookup.ts).
 */
import type { APIRoute } from 'astro';
import { getArchive } from '../../../data/archive.ts';
import { nameLookup } from '../../../data/name-lookup.ts';

export const GET: APIRoute = async () =>
  new Response(JSON.stringify([...nameLookup(await getArchive()).keys()].sort()), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
