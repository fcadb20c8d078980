// npm run bench                     the real site: build, page weights, search bytes and time, search quality
// npm run bench -- --cases 5000     the real content plus 5,000 synthetic cases (tests/support/synthetic-archive.ts):
//                                   build time, ms per page, peak memory, sizes, the largest page, a cold typed search
// Options: --runs N (builds and searches measured, medians printed; default 3), --query "Choe Kum Chol",
// --search-only (with --cases: no build; the search measured again on the site the last run at that
// size built, in .fixtures/bench-N/dist).
// Figures only; nothing here passes or fails a test (timings never go in tests).
// The cold search is measured twice on the same build, server and browser: with the search page's
// script as built, and with its script as it was at PREVIOUS_SEARCH (bundled here from git and
// served in place of the built one), so that the bytes of the previous approach are measured now,
// beside the current ones, not copied from an earlier run.
import { spawn, execFileSync } from 'node:child_process';
import { readFileSync, readdirSync, statSync, existsSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import os from 'node:os';
import { serveDist } from '../tests/support/server.ts';
import { launch } from '../tests/support/browser.ts';
import { writeSyntheticProject } from '../tests/support/synthetic-archive.ts';

const args = process.argv.slice(2);
const opt = (name, fallback) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : fallback;
};
const EXTRA = Number(opt('cases', '0'));
const RUNS = Math.max(1, Number(opt('runs', '3')));
const QUERY = opt('query', 'Choe Kum Chol');
const ROOT = resolve('.');
// The search page's script before its first screen was cut to five excerpts and its counts by type
// came after the results: ten excerpts, and the type filter's file, before anything was drawn.
const PREVIOUS_SEARCH = 'dab537e';
const PREVIOUS_WHAT = 'ten excerpts and the type filter before the first results';

const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
const row = (label, value, budget = '') => console.log(`${label.padEnd(50)} ${String(value).padStart(30)}   ${budget}`);
const verdict = (value, limit) => (value <= limit ? 'within budget' : 'OVER BUDGET');

// ---- the machine
const cpus = os.cpus();
console.log(
  `Machine: ${cpus.length} × ${cpus[0]?.model.trim() ?? 'unknown CPU'}, ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}, load ${os
    .loadavg()
    .map((l) => l.toFixed(1))
    .join(' ')}`,
);
console.log(
  `Medians of ${RUNS} run(s)${args.includes('--search-only') ? '' : "; every build cold (no content cache, no earlier dist/), through npm run build's scripts/build.mjs"}.`,
);

// ---- build, with the peak memory of the whole process tree (sampled from /proc)
function treeRss(rootPid) {
  const children = new Map();
  for (const d of readdirSync('/proc')) {
    if (!/^\d+$/.test(d)) continue;
    try {
      const stat = readFileSync(`/proc/${d}/stat`, 'utf8');
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      (children.get(ppid) ?? children.set(ppid, []).get(ppid)).push(Number(d));
    } catch {
      /* gone */
    }
  }
  let total = 0;
  const stack = [rootPid];
  while (stack.length) {
    const pid = stack.pop();
    try {
      total += Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0) * 1024;
    } catch {
      /* gone */
    }
    stack.push(...(children.get(pid) ?? []));
  }
  return total;
}

function build(cwd) {
  return new Promise((done, fail) => {
    // A cold build, as on a fresh clone or in CI: no content cache and no site from an earlier run
    // (replacing an earlier dist/ of 17,000 pages adds about 15 s of deleting files at +5,000).
    for (const old of [join(cwd, 'node_modules', '.astro'), join(cwd, '.astro'), join(cwd, 'dist')])
      rmSync(old, { recursive: true, force: true });
    const t0 = performance.now();
    const child = spawn(process.execPath, [join(ROOT, 'scripts/build.mjs')], {
      cwd,
      env: { ...process.env, NO_COLOR: '1' },
    });
    let out = '';
    child.stdout.on('data', (b) => {
      out += b;
    });
    child.stderr.on('data', (b) => {
      out += b;
    });
    let peak = 0;
    const timer = setInterval(() => {
      peak = Math.max(peak, treeRss(child.pid));
    }, 100);
    child.on('exit', (code) => {
      clearInterval(timer);
      if (code !== 0) fail(new Error(`build failed in ${cwd}:\n${out.slice(-3000)}`));
      else done({ ms: performance.now() - t0, peak });
    });
  });
}

// ---- what the build wrote
function sizes(dist) {
  let pages = 0,
    bytes = 0,
    index = 0;
  let largest = { path: '', raw: 0, gz: 0 };
  const walk = (d) => {
    for (const f of readdirSync(d)) {
      const p = join(d, f);
      const s = statSync(p);
      if (s.isDirectory()) {
        walk(p);
        continue;
      }
      bytes += s.size;
      if (p.startsWith(join(dist, 'pagefind'))) index += s.size;
      if (f.endsWith('.html')) {
        pages++;
        const gz = gzipSync(readFileSync(p)).length;
        if (gz > largest.gz) largest = { path: p.slice(dist.length).replace(/index\.html$/, ''), raw: s.size, gz };
      }
    }
  };
  walk(dist);
  const meta = readdirSync(join(dist, 'pagefind'))
    .filter((f) => f.endsWith('.pf_meta'))
    .reduce((n, f) => n + statSync(join(dist, 'pagefind', f)).size, 0);
  return { pages, bytes, index, meta, largest };
}

// First load of a page: its HTML, the stylesheets it links, the scripts it runs.
function firstLoad(dist, path) {
  const html = readFileSync(join(dist, path, 'index.html'), 'utf8');
  const css = [...html.matchAll(/<link[^>]+rel="stylesheet"[^>]+href="([^"]+)"/g)].map((m) =>
    readFileSync(join(dist, m[1])),
  );
  const inlineJs = [...html.matchAll(/<script\b(?![^>]*application\/ld\+json)[^>]*>([\s\S]*?)<\/script>/g)].map((m) =>
    Buffer.from(m[1]),
  );
  const srcJs = [...html.matchAll(/<script\b[^>]*src="([^"]+)"/g)].map((m) => readFileSync(join(dist, m[1])));
  const sum = (bufs) => ({
    raw: bufs.reduce((n, b) => n + b.length, 0),
    gz: bufs.reduce((n, b) => n + gzipSync(b).length, 0),
  });
  const htmlBuf = Buffer.from(html);
  return {
    html: { raw: htmlBuf.length, gz: gzipSync(htmlBuf).length },
    css: sum(css),
    js: sum([...inlineJs, ...srcJs]),
  };
}

// ---- the previous search script, bundled from git with the libraries as they are now, and the
// address of the built script it stands in for (the search page's module script).
async function previousSearch(dist) {
  try {
    const source = execFileSync('git', ['show', `${PREVIOUS_SEARCH}:src/scripts/search.ts`], {
      cwd: ROOT,
      encoding: 'utf8',
    });
    const { build: bundle } = await import('esbuild');
    const out = await bundle({
      stdin: {
        contents: source,
        resolveDir: join(ROOT, 'src', 'browser'),
        sourcefile: 'search.previous.ts',
        loader: 'ts',
      },
      bundle: true,
      format: 'esm',
      minify: true,
      write: false,
      logLevel: 'silent',
    });
    const html = readFileSync(join(dist, 'search', 'index.html'), 'utf8');
    const src = [...html.matchAll(/<script\b[^>]*type="module"[^>]*src="([^"]+)"/g)]
      .map((m) => m[1])
      .find((p) => readFileSync(join(dist, p), 'utf8').includes('data-search-results'));
    if (!src) throw new Error('no search script on /search/');
    return { src, code: out.outputFiles[0].text };
  } catch (e) {
    console.log(
      `(The previous search script (${PREVIOUS_SEARCH}) could not be bundled: ${e.message.split('\n')[0]}; only the current one is measured.)`,
    );
    return undefined;
  }
}

// ---- a cold search as a reader types it: a new browser context, the search page loaded,
// the query typed key by key. Times from the last key: to the first result of that query drawn
// (a name is answered from the name lookup before the full-text search), and to the first page
// of full-text results; bytes fetched after the page itself had loaded, until the network is idle,
// and of those the files asked for before the first page of full-text results was drawn (by the
// page's own clock: the start of each request against the moment the status announced the results).
async function coldSearch(browser, url, query, previous) {
  const context = await browser.newContext();
  if (previous)
    await context.route(`${url}${previous.src}`, (route) =>
      route.fulfill({ status: 200, contentType: 'text/javascript', body: previous.code }),
    );
  const page = await context.newPage();
  // (The results of this very query: a search of a part of it may be drawn while it is typed.)
  await page.addInitScript((query) => {
    new MutationObserver((_, seen) => {
      const status = document.querySelector('[data-search-status]')?.textContent ?? '';
      if (!/\bresults? for\b|No results/.test(status) || !status.includes(`“${query}”`)) return;
      window.__drawn = performance.now();
      seen.disconnect();
    }).observe(document, { subtree: true, childList: true, characterData: true });
  }, query);
  const fetched = [];
  let counting = false;
  page.on('response', async (r) => {
    if (!counting) return;
    const at = Date.now();
    try {
      const body = await r.body();
      fetched.push({
        url: r.url(),
        raw: body.length,
        gz: /\.(pf_|pagefind$)/.test(r.url()) ? body.length : gzipSync(body).length,
        at,
      });
    } catch {
      /* redirect or aborted */
    }
  });
  await page.goto(`${url}/search/`);
  await page.waitForLoadState('networkidle');
  counting = true;
  const box = page.locator('#search-query');
  await box.click();
  await page.keyboard.type(query.slice(0, -1), { delay: 120 });
  const t0 = Date.now();
  await page.keyboard.type(query.slice(-1));
  // Results of this very query (the list says which query it shows), not those of a part of it.
  await page
    .locator(`#search-results[data-query="${query.replace(/"/g, '\\"')}"] > li`)
    .first()
    .waitFor({ timeout: 30000 });
  const first = Date.now() - t0;
  await page
    .locator('[data-search-status]')
    .filter({ hasText: `“${query}”` })
    .filter({ hasText: /\bresults? for\b|No results/ })
    .waitFor({ timeout: 30000 });
  const full = Date.now() - t0;
  await page.waitForLoadState('networkidle');
  await page.waitForTimeout(300);
  const { drawn, starts } = await page.evaluate(() => ({
    drawn: window.__drawn,
    starts: performance.getEntriesByType('resource').map((e) => [e.name, e.startTime]),
  }));
  await context.close();
  const startOf = new Map(starts);
  const pf = fetched.filter((f) => f.url.includes('/pagefind/') || f.url.includes('/search/'));
  const early = pf.filter((f) => (startOf.get(f.url) ?? Infinity) < (drawn ?? -Infinity));
  const sum = (xs, k) => xs.reduce((n, f) => n + f[k], 0);
  return {
    first,
    full,
    raw: sum(pf, 'raw'),
    gz: sum(pf, 'gz'),
    earlyGz: sum(early, 'gz'),
    requests: fetched.length,
    files: pf,
    early,
  };
}

async function searchFigures(dist, label) {
  const site = await serveDist(dist);
  const browser = await launch();
  try {
    const previous = await previousSearch(dist);
    const now = [],
      before = [];
    // Alternately, so that the machine's load falls on both alike.
    for (let i = 0; i < RUNS; i++) {
      now.push(await coldSearch(browser, site.url, QUERY));
      if (previous) before.push(await coldSearch(browser, site.url, QUERY, previous));
    }
    console.log(`\nCold search, typed "${QUERY}" (${label})`);
    if (previous)
      console.log(
        `Two columns: the search page as built | its script as at ${PREVIOUS_SEARCH} (${PREVIOUS_WHAT}), same build, server and browser, measured now.`,
      );
    const both = (f, fmt) =>
      previous ? `${fmt(median(now.map(f)))} | ${fmt(median(before.map(f)))}` : fmt(median(now.map(f)));
    const ms = (n) => `${n} ms`;
    const first = median(now.map((r) => r.first));
    const raw = median(now.map((r) => r.raw));
    const gz = median(now.map((r) => r.gz));
    row(
      'last key to first result',
      both((r) => r.first, ms),
      `budget <= 380 ms (Starlight at +5,000: ~380 ms): ${verdict(first, 380)}`,
    );
    row(
      'last key to the first page of full-text results',
      both((r) => r.full, ms),
    );
    row(
      'bytes before the first page of results is drawn',
      both((r) => r.earlyGz, kb),
      '(sent compressed; asked for before the results were announced)',
    );
    row(
      'bytes fetched by the search (as stored)',
      both((r) => r.raw, kb),
      `budget <= 130 KB: ${verdict(raw, 130 * 1024)}`,
    );
    row(
      'bytes fetched by the search (sent compressed)',
      both((r) => r.gz, kb),
      `budget <= 130 KB: ${verdict(gz, 130 * 1024)}`,
    );
    const parts = [
      ['  search engine (pagefind.js, compressed)', (u) => u.endsWith('/pagefind.js')],
      ['  search engine (WebAssembly)', (u) => u.endsWith('.pagefind') && u.includes('wasm')],
      ['  index metadata (pf_meta)', (u) => u.endsWith('.pf_meta')],
      ['  index chunks (pf_index)', (u) => u.endsWith('.pf_index')],
      ['  filters (pf_filter)', (u) => u.endsWith('.pf_filter')],
      ['  result excerpts (pf_fragment)', (u) => u.endsWith('.pf_fragment')],
      ['  name lookup', (u) => u.includes('/search/names/')],
    ];
    const part = (files, test) => {
      const fs = files.filter((f) => test(f.url));
      return `${kb(fs.reduce((n, f) => n + f.gz, 0))} in ${fs.length}`;
    };
    for (const [which, key] of [
      ['all', 'files'],
      ['before the first page of results', 'early'],
    ]) {
      console.log(`  of which (last run), ${which}:`);
      for (const [name, test] of parts)
        row(
          name,
          previous ? `${part(now.at(-1)[key], test)} | ${part(before.at(-1)[key], test)}` : part(now.at(-1)[key], test),
        );
    }
    row(
      'requests',
      both((r) => r.requests, String),
      'Starlight: ~12',
    );
    return { browser, site, previous };
  } catch (e) {
    await browser.close();
    await site.close();
    throw e;
  }
}

// ==== at scale: real content + synthetic cases
if (EXTRA > 0) {
  const dir = join(ROOT, '.fixtures', `bench-${EXTRA}`);
  if (args.includes('--search-only') && existsSync(join(dir, 'dist', 'pagefind'))) {
    console.log(`Search only, on the site built earlier in ${join(dir, 'dist')} (no build; its figures not printed).`);
    const { browser, site } = await searchFigures(join(dir, 'dist'), `+${EXTRA} cases, built earlier`);
    await browser.close();
    await site.close();
    process.exit(0);
  }
  const { cases } = writeSyntheticProject(ROOT, dir, EXTRA);
  console.log(`Archive: ${cases} cases (${EXTRA} synthetic, modelled on the real ones).`);
  const runs = [];
  for (let i = 0; i < RUNS; i++) {
    runs.push(await build(dir));
    process.stdout.write(
      `  build ${i + 1}/${RUNS}: ${(runs.at(-1).ms / 1000).toFixed(1)} s, peak ${(runs.at(-1).peak / 2 ** 30).toFixed(2)} GB\n`,
    );
  }
  const dist = join(dir, 'dist');
  const s = sizes(dist);
  const ms = median(runs.map((r) => r.ms));
  const peak = median(runs.map((r) => r.peak));
  console.log(`\nBuild at +${EXTRA} cases`);
  row(
    'build time (astro build + search index)',
    `${(ms / 1000).toFixed(1)} s`,
    `Starlight: ${EXTRA >= 5000 ? '68 s at +5,000' : '16 s at +1,000'}`,
  );
  row('pages', s.pages);
  row('ms per page', (ms / s.pages).toFixed(1), `budget <= 10 ms at +5,000: ${verdict(ms / s.pages, 10)}`);
  row(
    'peak memory, whole process tree',
    `${(peak / 2 ** 30).toFixed(2)} GB`,
    `budget <= 2 GB: ${verdict(peak, 2 * 2 ** 30)}`,
  );
  row('dist/ size', `${(s.bytes / 2 ** 20).toFixed(1)} MB`);
  row('search index size', `${(s.index / 2 ** 20).toFixed(1)} MB`);
  row('index metadata every search fetches (pf_meta)', kb(s.meta), 'Starlight: 31 KB at +5,000');
  row(
    `largest page ${s.largest.path}`,
    `${kb(s.largest.raw)} / gzip ${kb(s.largest.gz)}`,
    `budget <= 50 KB gzip: ${verdict(s.largest.gz, 50 * 1024)}`,
  );
  for (const path of ['cases', 'places/vladivostok', 'index']) {
    if (!existsSync(join(dist, path, 'index.html'))) continue;
    const f = firstLoad(dist, path);
    row(`/${path}/ HTML (raw / gzip)`, `${kb(f.html.raw)} / ${kb(f.html.gz)}`);
  }
  const { browser, site } = await searchFigures(dist, `+${EXTRA} cases`);
  await browser.close();
  await site.close();
  process.exit(0);
}

// ==== the real site
const runs = [];
for (let i = 0; i < RUNS; i++) runs.push(await build(ROOT));
const s = sizes(join(ROOT, 'dist'));
console.log('\nSite');
row('build time (astro build + search index)', `${(median(runs.map((r) => r.ms)) / 1000).toFixed(1)} s`);
row('peak memory, whole process tree', `${(median(runs.map((r) => r.peak)) / 2 ** 30).toFixed(2)} GB`);
row('pages', s.pages);
row('dist/ size', kb(s.bytes));
row(
  `largest page ${s.largest.path}`,
  `${kb(s.largest.raw)} / gzip ${kb(s.largest.gz)}`,
  `budget <= 50 KB gzip: ${verdict(s.largest.gz, 50 * 1024)}`,
);

const DIST = join(ROOT, 'dist');
for (const [label, path] of [
  ['report page /documents/amnesty-1996/', 'documents/amnesty-1996'],
  ['case page /cases/choe-kum-chol/', 'cases/choe-kum-chol'],
  ['case list /cases/', 'cases'],
  ['map /map/', 'map'],
  ['timeline /timeline/', 'timeline'],
]) {
  const f = firstLoad(DIST, path);
  console.log(`\n${label} — first load`);
  row('HTML (raw / gzip)', `${kb(f.html.raw)} / ${kb(f.html.gz)}`);
  row('CSS (raw / gzip)', `${kb(f.css.raw)} / ${kb(f.css.gz)}`);
  row(
    'JS (raw / gzip)',
    `${kb(f.js.raw)} / ${kb(f.js.gz)}`,
    path.startsWith('documents') || path.startsWith('cases/') ? 'budget <= 3 KB gzip' : '',
  );
  row(
    'all (gzip)',
    kb(f.html.gz + f.css.gz + f.js.gz),
    path === 'documents/amnesty-1996' ? 'budget <= 37 KB gzip (Starlight: 71 KB)' : '',
  );
}

const { browser, site, previous } = await searchFigures(DIST, 'real site');
try {
  const searchHtml = readFileSync(join(DIST, 'search', 'index.html'), 'utf8');
  const js = [...searchHtml.matchAll(/<script\b(?![^>]*application\/ld\+json)[^>]*>([\s\S]*?)<\/script>/g)]
    .map((m) => m[1])
    .join('');
  const srcs = [...searchHtml.matchAll(/<script\b[^>]*src="([^"]+)"/g)]
    .map((m) => readFileSync(join(DIST, m[1]), 'utf8'))
    .join('');
  row('search page JS, own code (gzip)', kb(gzipSync(js + srcs).length), 'budget <= 20 KB gzip');

  const setFile = 'tests/search-queries.json';
  if (existsSync(setFile)) {
    const set = JSON.parse(readFileSync(setFile, 'utf8'));
    // The same queries with the previous script too (the first page it ranks holds ten results, not five).
    const quality = async (script) => {
      let at1 = 0,
        at3 = 0;
      const ctx = await browser.newContext();
      if (script)
        await ctx.route(`${site.url}${script.src}`, (route) =>
          route.fulfill({ status: 200, contentType: 'text/javascript', body: script.code }),
        );
      const p = await ctx.newPage();
      for (const { query, expect: want } of set) {
        await p.goto(`${site.url}/search/?q=${encodeURIComponent(query)}`);
        await p
          .locator('[data-search-status]')
          .filter({ hasText: /result/ })
          .waitFor({ timeout: 15000 })
          .catch(() => {});
        const hrefs = await p
          .locator('#search-results > li > a.result-title')
          .evaluateAll((as) => as.slice(0, 3).map((a) => new URL(a.href).pathname));
        if (hrefs[0] === want) at1++;
        if (hrefs.includes(want)) at3++;
      }
      await ctx.close();
      return { at1, at3 };
    };
    const now = await quality();
    const before = previous ? await quality(previous) : undefined;
    const pc = (n) => `${((100 * n) / set.length).toFixed(1)} %`;
    console.log(
      `\nSearch quality (${set.length} queries in ${setFile})${before ? `: as built | script as at ${PREVIOUS_SEARCH}` : ''}`,
    );
    row('precision at 1', before ? `${pc(now.at1)} | ${pc(before.at1)}` : pc(now.at1));
    row('precision at 3', before ? `${pc(now.at3)} | ${pc(before.at3)}` : pc(now.at3), 'goal >= 95 %');
  }
} finally {
  await browser.close();
  await site.close();
}
