/**
 * /search/names/<key>.json: the names that begin with the three letters <key> (folded to Latin),
 * each with its page; read by the search page to answer a name at once. Not a published
 * address: the set of files follows the names in the archive.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getArchive } from '../../../data/archive.ts';
import { nameLookup } from '../../../data/name-lookup.ts';

export const getStaticPaths = (async () => {
  const files = nameLookup(await getArchive());
  return [...files.keys()].map((key) => ({ params: { key }, props: { entries: files.get(key)! } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) =>
  new Response(JSON.stringify(props.entries), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
