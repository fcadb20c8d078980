/** Link check of a built site: every internal href/src/action and #anchor resolves to a page (or file) that exists. */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Root } from 'hast';
import { builtPages } from './project.ts';
import { parse, all, attr } from './html.ts';

const REFS: [string, string][] = [
  ['a[href]', 'href'],
  ['link[href]', 'href'],
  ['script[src]', 'src'],
  ['img[src]', 'src'],
  ['form[action]', 'action'],
];

/**
 * Checks every page of `dir`, built to be served from `base` (e.g. "/" or "/archive/"). Returns the
 * number of references checked and the problems found (page: reference → why). A reference outside
 * `base` is a problem: under a sub-path it would lead off the archive.
 */
export function checkLinks(dir: string, base = '/'): { pages: number; checked: number; problems: string[] } {
  const pages: [string, Root][] = builtPages(dir)
    .filter(([, html]) => !/http-equiv="refresh"/i.test(html.slice(0, 3000)))
    .map(([p, html]) => [p, parse(html)]);
  const urlOf = (file: string) => base + file.replace(/index\.html$/, '');
  const ids = new Map<string, Set<string>>();
  for (const [file, tree] of pages) ids.set(urlOf(file), new Set(all(tree, '[id]').map((e) => attr(e, 'id')!)));
  const problems: string[] = [];
  let checked = 0;
  for (const [file, tree] of pages) {
    const here = urlOf(file);
    for (const [selector, name] of REFS) {
      for (const el of all(tree, selector)) {
        const ref = attr(el, name)!;
        if (/^(https?:|mailto:|geo:|data:)/.test(ref)) continue;
        const url = new URL(ref, `http://site${here}`);
        const path = decodeURIComponent(url.pathname);
        checked++;
        if (!path.startsWith(base)) {
          problems.push(`${file}: ${ref} → outside ${base}`);
          continue;
        }
        const target = ids.get(path);
        if (!target) {
          const asFile = join(dir, path.slice(base.length));
          if (!(existsSync(asFile) && !path.endsWith('/'))) problems.push(`${file}: ${ref} → nothing at ${path}`);
          continue;
        }
        const hash = decodeURIComponent(url.hash.slice(1));
        if (hash && !target.has(hash)) problems.push(`${file}: ${ref} → no #${hash} on ${path}`);
      }
    }
  }
  return { pages: pages.length, checked, problems };
}
