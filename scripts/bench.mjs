// npm run bench: builds the site and prints its figures beside their budgets.
// Figures only; nothing here passes or fails a test (timings never go in tests).
import { spawnSync } from 'node:child_process';
import { readFileSync, readdirSync, statSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { serveDist } from '../tests/support/server.ts';
import { launch } from '../tests/support/browser.ts';

const DIST = 'dist';
const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
const row = (label, value, budget = '') => console.log(`${label.padEnd(46)} ${String(value).padStart(14)}   ${budget}`);

const t0 = performance.now();
const build = spawnSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build'], { encoding: 'utf8', env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' } });
const buildMs = performance.now() - t0;
if (build.status !== 0) { console.error(build.stdout, build.stderr); process.exit(1); }

let pages = 0, bytes = 0;
const walk = (d) => { for (const f of readdirSync(d)) { const p = join(d, f); const s = statSync(p); if (s.isDirectory()) walk(p); else { bytes += s.size; if (f.endsWith('.html')) pages++; } } };
walk(DIST);

console.log('\nSite');
row('build time (astro build + Pagefind)', `${(buildMs / 1000).toFixed(1)} s`);
row('pages', pages);
row('dist/ size', kb(bytes));

// First load of a reading page: its HTML, the stylesheets it links, the scripts it runs.
function firstLoad(path) {
  const html = readFileSync(join(DIST, path, 'index.html'), 'utf8');
  const css = [...html.matchAll(/<link[^>]+rel="stylesheet"[^>]+href="([^"]+)"/g)].map((m) => readFileSync(join(DIST, m[1])));
  const inlineJs = [...html.matchAll(/<script\b[^>]*>([\s\S]*?)<\/script>/g)].map((m) => Buffer.from(m[1]));
  const srcJs = [...html.matchAll(/<script\b[^>]*src="([^"]+)"/g)].map((m) => readFileSync(join(DIST, m[1])));
  const sum = (bufs) => ({ raw: bufs.reduce((n, b) => n + b.length, 0), gz: bufs.reduce((n, b) => n + gzipSync(b).length, 0) });
  const htmlBuf = Buffer.from(html);
  return { html: { raw: htmlBuf.length, gz: gzipSync(htmlBuf).length }, css: sum(css), js: sum([...inlineJs, ...srcJs]) };
}

for (const [label, path] of [['report page /documents/amnesty-1996/', 'documents/amnesty-1996'], ['case page /cases/choe-kum-chol/', 'cases/choe-kum-chol'], ['case list /cases/', 'cases']]) {
  const f = firstLoad(path);
  console.log(`\n${label} — first load`);
  row('HTML (raw / gzip)', `${kb(f.html.raw)} / ${kb(f.html.gz)}`);
  row('CSS (raw / gzip)', `${kb(f.css.raw)} / ${kb(f.css.gz)}`);
  row('JS (raw / gzip)', `${kb(f.js.raw)} / ${kb(f.js.gz)}`, path.startsWith('documents') || path.startsWith('cases/') ? 'budget <= 3 KB gzip' : '');
  row('all (gzip)', kb(f.html.gz + f.css.gz + f.js.gz), path === 'documents/amnesty-1996' ? 'budget <= 35 KB gzip (Starlight: 71 KB)' : '');
}

// Search: bytes fetched and time to the first result in a cold browser, and the quality set.
const site = await serveDist();
const browser = await launch();
try {
  const context = await browser.newContext();
  const page = await context.newPage();
  const sizes = new Map();
  const gz = new Map();
  page.on('response', async (r) => { try { const body = await r.body(); sizes.set(r.url(), body.length); gz.set(r.url(), gzipSync(body).length); } catch {} });
  await page.goto(`${site.url}/search/`);
  await page.waitForLoadState('networkidle');
  const before = [...sizes.values()].reduce((a, b) => a + b, 0);
  const start = Date.now();
  await page.locator('#search-query').fill('Chegdomyn');
  await page.locator('#search-query').press('Enter');
  await page.locator('#search-results > li').first().waitFor();
  const ms = Date.now() - start;
  await page.waitForLoadState('networkidle');
  const pf = [...sizes].filter(([u]) => u.includes('/pagefind/')).reduce((a, [, b]) => a + b, 0);
  const all = [...sizes.values()].reduce((a, b) => a + b, 0);
  console.log('\nSearch (cold browser, query "Chegdomyn")');
  const pfGz = [...gz].filter(([u]) => u.includes('/pagefind/')).reduce((a, [, b]) => a + b, 0);
  row('Pagefind bytes fetched for one query', `${kb(pf)} (gzip ${kb(pfGz)})`);
  row('all bytes fetched (page + search), gzip', kb([...gz.values()].reduce((a, b) => a + b, 0)), 'Starlight: ~125–150 KB');
  row('all bytes fetched (page + search), raw', kb(all));
  row('bytes fetched after the page loaded', kb(all - before));
  row('query to first result', `${ms} ms`, 'Starlight: ~310 ms (300 ms debounce)');
  const searchJs = readFileSync(join(DIST, 'search', 'index.html'), 'utf8');
  const js = [...searchJs.matchAll(/<script\b[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1]).join('');
  const srcs = [...searchJs.matchAll(/<script\b[^>]*src="([^"]+)"/g)].map((m) => readFileSync(join(DIST, m[1]), 'utf8')).join('');
  row('search page JS, own code (gzip)', kb(gzipSync(js + srcs).length), 'budget <= 20 KB gzip');
  await context.close();

  const setFile = 'tests/search-queries.json';
  if (existsSync(setFile)) {
    const set = JSON.parse(readFileSync(setFile, 'utf8'));
    let at1 = 0, at3 = 0;
    const ctx = await browser.newContext();
    const p = await ctx.newPage();
    for (const { query, expect: want } of set) {
      await p.goto(`${site.url}/search/?q=${encodeURIComponent(query)}`);
      await p.locator('[data-search-status]').filter({ hasText: /result/ }).waitFor({ timeout: 15000 }).catch(() => {});
      const hrefs = await p.locator('#search-results > li > a.result-title').evaluateAll((as) => as.slice(0, 3).map((a) => new URL(a.href).pathname));
      if (hrefs[0] === want) at1++;
      if (hrefs.includes(want)) at3++;
    }
    await ctx.close();
    console.log(`\nSearch quality (${set.length} queries in ${setFile})`);
    row('precision at 1', `${((100 * at1) / set.length).toFixed(1)} %`);
    row('precision at 3', `${((100 * at3) / set.length).toFixed(1)} %`, 'goal >= 95 %');
  }
} finally {
  await browser.close();
  await site.close();
}
