// Records every published page address and every anchor id of the documents into
// tests/published-ids.json, adding new ones and never removing old ones. The build tests
// then fail if any recorded address or id disappears: once published, ids never change.
//   npm run build && npm run record-ids
import { readFileSync, writeFileSync, existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { outlineSource } from '../src/lib/parse-document.ts';
import { openingWords, type PublishedPassages } from '../src/lib/published-passages.ts';

const DIST = 'dist';
const FILE = 'tests/published-ids.json';
type Record_ = { pages: string[]; anchors: Record<string, string[]> };
const old: Record_ = existsSync(FILE) ? JSON.parse(readFileSync(FILE, 'utf8')) : { pages: [], anchors: {} };

const pages: string[] = [];
const walk = (d: string) => {
  for (const f of readdirSync(d)) {
    const p = join(d, f);
    // The search page's name lookup files (/search/names/) are not published addresses: their set
    // follows the names in the archive (src/lib/name-lookup.ts), as the registry test says.
    if (statSync(p).isDirectory()) {
      if (f !== 'pagefind' && f !== '_astro' && p !== join(DIST, 'search', 'names')) walk(p);
    } else pages.push('/' + p.slice(DIST.length + 1).replace(/index\.html$/, ''));
  }
};
walk(DIST);
const anchors: Record<string, string[]> = { ...old.anchors };
for (const p of pages.filter((p) => /^\/documents\/[^/]+\/$/.test(p))) {
  const html = readFileSync(join(DIST, p, 'index.html'), 'utf8');
  const ids = [...html.matchAll(/<(?:h[2-6]|p|li|blockquote)\b[^>]*\sid="([^"]+)"/g)]
    .map((m) => m[1])
    .filter((id) => !id.startsWith('user-content-'));
  anchors[p] = [...new Set([...(anchors[p] ?? []), ...ids])];
}
const merged = { pages: [...new Set([...old.pages, ...pages])].sort(), anchors };
writeFileSync(FILE, JSON.stringify(merged, null, 1) + '\n');
console.log(
  `${merged.pages.length} pages, ${Object.values(anchors).reduce((n, a) => n + a.length, 0)} anchors recorded in ${FILE}`,
);

// Every passage id of every document, with its opening words (content/published-passages.json):
// the build refuses a change that would move a recorded id to other words.
const PASSAGES = 'content/published-passages.json';
const published: PublishedPassages = existsSync(PASSAGES) ? JSON.parse(readFileSync(PASSAGES, 'utf8')) : {};
let added = 0;
for (const f of readdirSync('content/documents')
  .filter((x) => x.endsWith('.mdx'))
  .sort()) {
  const id = f.replace(/\.mdx$/, '');
  const { passages } = outlineSource(readFileSync(join('content/documents', f), 'utf8'), true);
  const recorded = (published[id] ??= {});
  for (const p of passages)
    if (!(p.id in recorded)) {
      recorded[p.id] = openingWords(p.text);
      added++;
    }
}
writeFileSync(PASSAGES, JSON.stringify(published, null, 1) + '\n');
console.log(
  `${added} new passage ids recorded in ${PASSAGES} (${Object.values(published).reduce((n, d) => n + Object.keys(d).length, 0)} in all)`,
);
