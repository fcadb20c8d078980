// Records every published page address and every anchor id of the documents into
// tests/published-ids.json, adding new ones and never removing old ones. The build tests
// then fail if any recorded address or id disappears: once published, ids never change.
//   npm run build && npm run record-ids
import { readFileSync, writeFileSync, existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

const DIST = 'dist';
const FILE = 'tests/published-ids.json';
type Record_ = { pages: string[]; anchors: Record<string, string[]> };
const old: Record_ = existsSync(FILE) ? JSON.parse(readFileSync(FILE, 'utf8')) : { pages: [], anchors: {} };

const pages: string[] = [];
const walk = (d: string) => {
  for (const f of readdirSync(d)) {
    const p = join(d, f);
    if (statSync(p).isDirectory()) { if (f !== 'pagefind' && f !== '_astro') walk(p); }
    else pages.push('/' + p.slice(DIST.length + 1).replace(/index\.html$/, ''));
  }
};
walk(DIST);
const anchors: Record<string, string[]> = { ...old.anchors };
for (const p of pages.filter((p) => /^\/documents\/[^/]+\/$/.test(p))) {
  const html = readFileSync(join(DIST, p, 'index.html'), 'utf8');
  const ids = [...html.matchAll(/<(?:h[2-6]|p|li|blockquote)\b[^>]*\sid="([^"]+)"/g)].map((m) => m[1]).filter((id) => !id.startsWith('user-content-'));
  anchors[p] = [...new Set([...(anchors[p] ?? []), ...ids])];
}
const merged = { pages: [...new Set([...old.pages, ...pages])].sort(), anchors };
writeFileSync(FILE, JSON.stringify(merged, null, 1) + '\n');
console.log(`${merged.pages.length} pages, ${Object.values(anchors).reduce((n, a) => n + a.length, 0)} anchors recorded in ${FILE}`);
