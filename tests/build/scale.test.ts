/**
 * The archive at +1,000 cases (a synthetic archive made from the real one, see
 * tests/support/synthetic-archive.ts): no page grows beyond the budget, and every case is still
 * reachable without JavaScript by following the case list's page links.
 */
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { PAGE_SIZE } from '../../src/lib/paging.ts';
import { readFileSync, rmSync, existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { astroBuild, builtPages, ROOT } from '../support/project.ts';
import { writeSyntheticProject } from '../support/synthetic-archive.ts';
import { parse, all, attr, text } from '../support/html.ts';
import { DIST as REAL_DIST } from '../support/project.ts';
import { serveDist } from '../support/server.ts';
import { launch } from '../support/browser.ts';

const EXTRA = 1000;
const BUDGET = 50 * 1024;
const DIR = join(ROOT, '.fixtures', 'scale-test');
const DIST = join(DIR, 'dist');
let cases = 0;

beforeAll(() => {
  cases = writeSyntheticProject(ROOT, DIR, EXTRA).cases;
  const r = astroBuild(DIR);
  if (r.status !== 0) throw new Error(`the synthetic archive did not build:\n${r.output.slice(-4000)}`);
}, 600_000);
afterAll(() => rmSync(DIR, { recursive: true, force: true }));

describe(`the archive at +${EXTRA} cases`, () => {
  it(`keeps every page within ${BUDGET / 1024} KB gzip, and on course to stay so at +5,000 cases`, () => {
    // A page that grows with the archive is caught before it is over budget: its growth from
    // the real archive to +1,000 cases, continued to +5,000, must still fit.
    const real = new Map(builtPages().map(([path, html]) => [path, gzipSync(html).length]));
    const pages = builtPages(DIST).map(([path, html]) => {
      const gz = gzipSync(html).length;
      const before = real.get(path);
      const linear = before === undefined ? gz : gz + 4 * Math.max(0, gz - before);
      // A timeline page holds at most PAGE_SIZE events, however many the archive has: its growth
      // stops at a full page (each event costing no more than its share of the page today).
      const events = html.split('class="tl-event').length - 1;
      const full = events > 0 ? (gz / events) * PAGE_SIZE : Infinity;
      return { path, gz, at5000: Math.min(linear, Math.max(gz, full)) };
    });
    expect(pages.length).toBeGreaterThan(EXTRA);
    const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
    const over = pages
      .filter((p) => p.gz > BUDGET || p.at5000 > BUDGET)
      .sort((a, b) => b.at5000 - a.at5000)
      .map((p) => `${p.path}: ${kb(p.gz)} gzip at +${EXTRA}, about ${kb(p.at5000)} at +5,000`);
    expect(over, 'pages over budget (a list that grows with the archive must be paged: src/lib/paging.ts)').toEqual([]);
  });

  it("keeps each file of the search page's name lookup small, and on course to stay so at +5,000 cases", () => {
    // What a search for a name downloads first: one of these files (src/lib/name-lookup.ts), sent compressed.
    const LOOKUP_BUDGET = 8 * 1024;
    const folder = (dist: string) => join(dist, 'search', 'names');
    const size = (dist: string, f: string) =>
      existsSync(join(folder(dist), f)) ? gzipSync(readFileSync(join(folder(dist), f))).length : 0;
    const files = readdirSync(folder(DIST));
    expect(files.length).toBeGreaterThan(readdirSync(folder(REAL_DIST)).length);
    const over = files
      .map((f) => ({
        f,
        now: size(DIST, f),
        at5000: size(DIST, f) + 4 * Math.max(0, size(DIST, f) - size(REAL_DIST, f)),
      }))
      .filter((x) => x.at5000 > LOOKUP_BUDGET)
      .map((x) => `${x.f}: ${x.now} bytes gzip at +${EXTRA}, about ${x.at5000} at +5,000`);
    expect(over).toEqual([]);
  });

  it('finds the same real pages for the same query as the archive without the added cases', async () => {
    // Queries in Latin and Cyrillic letters, names, places, words and phrases; none that the
    // synthetic cases' names could bring to a real page (a paragraph is findable by the names of
    // the people whose cases cite it, and the synthetic cases cite real paragraphs).
    const QUERIES = [
      'Владивосток',
      'Vladivostok',
      'Choe Kum Chol',
      'Чегдомын',
      'Chegdomyn',
      'Khabarovsk',
      'Amnesty',
      'logging',
      'refugee status',
      'UNHCR',
      'deported',
    ];
    const browser = await launch();
    const found = async (dist: string) => {
      const site = await serveDist(dist);
      try {
        // The page's own policy would refuse this test's script; the search is Pagefind's, as the page runs it.
        const page = await (await browser.newContext({ bypassCSP: true })).newPage();
        await page.goto(`${site.url}/search/`);
        // A string, not a function: the test runner would rewrite the function's import().
        return (await page.evaluate(`(async (queries) => {
          const pf = await import('/pagefind/pagefind.js');
          await pf.options({ baseUrl: '/', noWorker: true });
          const out = {};
          for (const q of queries) {
            const r = await pf.search(q);
            const pages = await Promise.all(r.results.map((x) => x.data()));
            out[q] = pages.map((d) => d.url).filter((u) => !u.includes('/synthetic-')).sort();
          }
          return out;
        })(${JSON.stringify(QUERIES)})`)) as Record<string, string[]>;
      } finally {
        await site.close();
      }
    };
    try {
      const [before, after] = [await found(REAL_DIST), await found(DIST)];
      for (const q of QUERIES) {
        expect(before[q].length, q).toBeGreaterThan(0);
        const missing = before[q].filter((u) => !after[q].includes(u));
        const extra = after[q].filter((u) => !before[q].includes(u));
        expect({ missing, extra }, q).toEqual({ missing: [], extra: [] });
      }
    } finally {
      await browser.close();
    }
  }, 120_000);

  it('reaches every case from /cases/ through the page links, without JavaScript', () => {
    const seen = new Set<string>();
    const found = new Set<string>();
    const queue = ['/cases/'];
    while (queue.length) {
      const path = queue.shift()!;
      if (seen.has(path)) continue;
      seen.add(path);
      const file = join(DIST, path, 'index.html');
      expect(existsSync(file), `page link to ${path}`).toBe(true);
      const tree = parse(readFileSync(file, 'utf8'));
      for (const a of all(tree, 'table.case-table tbody td:first-child > a')) found.add(attr(a, 'href')!);
      for (const a of all(tree, 'nav.pager a')) queue.push(attr(a, 'href')!);
    }
    expect(seen.size).toBe(Math.ceil(cases / 100));
    expect(found.size).toBe(cases);
  });

  it('pages the lists of events behind /record/: no page holds more than 25, and every event counted is reachable', () => {
    const record = parse(readFileSync(join(DIST, 'record', 'index.html'), 'utf8'));
    const cells = all(record, 'table.matrix tbody td a').filter((a) =>
      /^\/(perpetrators|acts|record)\/.+\/.+\/$/.test(attr(a, 'href')!),
    );
    expect(cells.length).toBeGreaterThan(10);
    let paged = 0;
    for (const a of cells) {
      const want = Number(text(a));
      const seen = new Set<string>();
      const queue = [attr(a, 'href')!];
      let items = 0;
      while (queue.length) {
        const path = queue.shift()!;
        if (seen.has(path)) continue;
        seen.add(path);
        const tree = parse(readFileSync(join(DIST, path, 'index.html'), 'utf8'));
        const here = all(tree, '.coded-acts > li').length;
        expect(here, path).toBeLessThanOrEqual(25);
        items += here;
        for (const p of all(tree, 'nav.pager a')) queue.push(attr(p, 'href')!);
      }
      if (seen.size > 1) paged++;
      expect(items, attr(a, 'href')).toBe(want);
    }
    expect(paged).toBeGreaterThan(0);
  });
});
