/**
 * The base handling of the search page's script (src/browser/search.ts) only: every other
 * address comes from src/lib/routes.ts. The script keeps this small function so that the bytes
 * the search page sends stay as they are (the routes would be bundled into it whole).
 * sitePath('/search/names/keys.json') → '/archive/search/names/keys.json' under /archive/.
 */
const BASE: string = (import.meta as { env?: { BASE_URL?: string } }).env?.BASE_URL ?? '/';

export function sitePath(path: string, base: string = BASE): string {
  if (!path.startsWith('/')) throw new Error(`sitePath needs a path from the site's root, got "${path}"`);
  const prefix = base.endsWith('/') ? base.slice(0, -1) : base;
  return `${prefix}${path}`;
}
