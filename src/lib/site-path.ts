/**
 * Every internal address goes through `sitePath`, so that the archive works when it is served
 * from a sub-path (Astro's `base`, e.g. https://example.org/archive/). Write paths as they are
 * published, from the site's root: sitePath('/cases/tsoy-li/') → '/archive/cases/tsoy-li/'.
 */
const BASE: string = (import.meta as { env?: { BASE_URL?: string } }).env?.BASE_URL ?? '/';

export function sitePath(path: string, base: string = BASE): string {
  if (!path.startsWith('/')) throw new Error(`sitePath needs a path from the site's root, got "${path}"`);
  const prefix = base.endsWith('/') ? base.slice(0, -1) : base;
  return `${prefix}${path}`;
}

/**
 * The full address of a place on the page it is on, for a link to it: on screen the link is the
 * fragment alone (href="#id", the page is not loaded again); on paper, where a fragment leads
 * nowhere, this address is printed after it from its data-url (the print layer of site.css).
 * `page` is the page's own address (Astro.url, its path with the base), `site` the archive's.
 */
export function addressInPage(page: URL, site: URL | string | undefined, id: string): string {
  return new URL(`${page.pathname}#${id}`, site).href;
}
