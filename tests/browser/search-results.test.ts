/** Search results a reader can trust, in Chromium against the built site. */
import { describe, it, expect } from 'vitest';
import type { Page } from 'playwright-core';
import { useBrowser } from '../support/use-browser.ts';

const { site, open, newContext } = useBrowser();

async function search(q: string, extra = ''): Promise<Page> {
  const page = await open(`/search/?q=${encodeURIComponent(q)}${extra}`);
  await page
    .locator('[data-search-status]')
    .filter({ hasText: /result/ })
    .waitFor({ timeout: 15_000 });
  return page;
}
const paths = (page: Page) =>
  page
    .locator('#search-results > li > a.result-title')
    .evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
const excerpts = (page: Page) => page.locator('#search-results p, #search-results ul li').allTextContents();

describe('search results', () => {
  it('show the page’s own words: no spelling that is there only for the index', async () => {
    // "kumchol" is a generated spelling of Choe Kum Chol: in the index, on no page.
    const page = await search('kumchol');
    expect(await paths(page)).toContain('/cases/choe-kum-chol/');
    const texts = await excerpts(page);
    expect(texts.length).toBeGreaterThan(1);
    for (const t of texts) {
      expect(t).not.toMatch(/kumchol|geumcheol|⟪|⟫/i);
      expect(t).not.toMatch(/\p{Ll}\p{Lu}\p{Ll}/u); // no words run together ("KindCity")
    }
    await page.context().close();
  });

  it('put the case of the person named first', async () => {
    for (const q of ['Choe Kum Chol', 'Tsoy Li']) {
      const page = await search(q);
      expect((await paths(page))[0], q).toMatch(/^\/cases\//);
      await page.context().close();
    }
  });

  it('answer a name at once from the name lookup, before the full-text search has sent anything, and keep it first', async () => {
    const page = await (await newContext()).newPage();
    // Hold back everything of the full-text search until the name's page is on screen.
    const held: (() => Promise<void>)[] = [];
    let holding = true;
    await page.route(/\/pagefind\//, (route) => (holding ? void held.push(() => route.continue()) : route.continue()));
    await page.goto(`${site.url}/search/`);
    await page.locator('#search-query').click();
    await page.keyboard.type('Choe Kum Chol', { delay: 30 });
    const first = page.locator('#search-results[data-query="Choe Kum Chol"] > li').first();
    await first.waitFor({ timeout: 10_000 });
    expect(await paths(page)).toEqual(['/cases/choe-kum-chol/']);
    expect(await first.locator('.type').textContent()).toMatch(/^Case · /);
    // Nothing of Pagefind's answered yet: the name lookup alone drew it.
    expect(held.length).toBeGreaterThan(0);
    holding = false;
    for (const release of held.splice(0)) await release();
    await page
      .locator('[data-search-status]')
      .filter({ hasText: /results? for/ })
      .waitFor({ timeout: 15_000 });
    const all = await paths(page);
    expect(all[0]).toBe('/cases/choe-kum-chol/');
    expect(all.length).toBeGreaterThan(1);
    expect(new Set(all).size).toBe(all.length);
    await page.context().close();
  });

  it('find a name typed in Hangul under its romanization', async () => {
    const page = await search('최금철');
    expect((await paths(page))[0]).toBe('/cases/choe-kum-chol/');
    expect(await page.locator('[data-search-status]').textContent()).toContain('Choe Kum Chol');
    await page.context().close();
  });

  it('count the results of each type, each count a link to those alone, and reach every result', async () => {
    const page = await search('Vladivostok');
    const total = Number((await page.locator('[data-search-status]').textContent())!.match(/(\d+) results/)![1]);
    expect(total).toBeGreaterThan(20);
    const counts = page.locator('[data-search-counts] a');
    // (The counts come once the results are drawn.)
    await counts.first().waitFor({ timeout: 15_000 });
    const labels = await counts.allTextContents();
    expect(labels.some((l) => /^\d+ cases$/.test(l))).toBe(true);
    expect(labels.some((l) => /^\d+ documents?$/.test(l))).toBe(true);
    const sum = labels.reduce((n, l) => n + Number(l.match(/^(\d+)/)![1]), 0);
    expect(sum).toBe(total);
    // Every result is reachable with "Show more".
    while (await page.getByRole('button', { name: /^Show \d+ more/ }).isVisible()) {
      const before = await page.locator('#search-results > li').count();
      await page.getByRole('button', { name: /^Show \d+ more/ }).click();
      await expect.poll(() => page.locator('#search-results > li').count()).toBeGreaterThan(before);
    }
    expect(await page.locator('#search-results > li').count()).toBe(total);
    expect(await paths(page)).toContain('/documents/amnesty-1996/');
    // The documents alone, through their count.
    await page.locator('[data-search-counts] a', { hasText: /documents?$/ }).click();
    await page.waitForURL(/type=Document\+section/);
    await page.locator('[data-search-counts] [aria-current]').waitFor();
    for (const t of await page.locator('#search-results > li .type').allTextContents()) expect(t).toMatch(/^Document/);
    expect(await page.locator('[data-search-counts] a', { hasText: /^all types/ }).count()).toBe(1);
    await page.context().close();
  });
});

describe('a cold search fetches what its first screen needs, in that order', () => {
  it('draws the first results from at most five excerpts, fetches the type filter only once they are drawn, then shows the counts by type without moving anything; “Show more” continues in order', async () => {
    const page = await (await newContext({ viewport: { width: 360, height: 740 } })).newPage();
    await page.addInitScript(() => {
      const w = window as unknown as { __shift: number; __drawn?: number };
      w.__shift = 0;
      new PerformanceObserver((list) => {
        for (const e of list.getEntries() as unknown as { value: number; hadRecentInput: boolean }[])
          if (!e.hadRecentInput) w.__shift += e.value;
      }).observe({ type: 'layout-shift', buffered: true });
      // The moment the first full-text result (a result with its excerpt) is in the list.
      new MutationObserver((_, seen) => {
        if (!document.querySelector('#search-results > li:not([data-named]) > p')) return;
        w.__drawn = performance.now();
        seen.disconnect();
      }).observe(document, { subtree: true, childList: true });
    });
    // The filter files are slow to come: the results must not wait for them.
    await page.route(/\.pf_filter$/, (route) => void setTimeout(() => void route.continue(), 1500));
    await page.goto(`${site.url}/search/?q=Vladivostok`);
    const status = page.locator('[data-search-status]');
    await status.filter({ hasText: /results? for/ }).waitFor({ timeout: 15_000 });
    const total = Number((await status.textContent())!.match(/(\d+) results/)![1]);
    expect(total).toBeGreaterThan(15);
    expect(await status.textContent()).toMatch(/, showing 5\.$/);
    // The counts' line is there, empty, until the type filter's file has come.
    expect(await page.locator('[data-search-counts]').isVisible()).toBe(true);
    expect(await page.locator('[data-search-counts]').textContent()).toBe('');
    await page.locator('[data-search-counts] a').first().waitFor({ timeout: 15_000 });
    const labels = await page.locator('[data-search-counts] a').allTextContents();
    expect(labels.some((l) => /^\d+ cases$/.test(l))).toBe(true);
    expect(labels.reduce((n, l) => n + Number(l.match(/^(\d+)/)![1]), 0)).toBe(total);
    await page.waitForFunction(
      () => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(() => r(true)))),
    );
    const seen = await page.evaluate(() => {
      const w = window as unknown as { __shift: number; __drawn?: number };
      const files = performance.getEntriesByType('resource').map((e) => ({ name: e.name, start: e.startTime }));
      return { drawn: w.__drawn, shift: w.__shift, files };
    });
    expect(seen.drawn).toBeDefined();
    const before = seen.files.filter((f) => f.start < seen.drawn!);
    expect(before.filter((f) => f.name.endsWith('.pf_fragment')).length).toBeGreaterThan(0);
    expect(before.filter((f) => f.name.endsWith('.pf_fragment')).length).toBeLessThanOrEqual(5);
    expect(before.filter((f) => f.name.endsWith('.pf_filter'))).toEqual([]);
    expect(seen.files.filter((f) => f.name.endsWith('.pf_filter')).length).toBeGreaterThan(0);
    expect(seen.shift).toBeLessThan(0.01);

    // "Show more": what was drawn stays, in its order; the next results follow in the engine's order.
    const first = await paths(page);
    // (Written as a string: the test runner would rewrite an import() in a function.)
    const next = await page.evaluate<string[]>(`(async () => {
      const pf = await import('/pagefind/pagefind.js');
      const r = await pf.search('Vladivostok');
      return Promise.all(r.results.slice(5, 15).map(async (x) => new URL((await x.data()).url, location.href).pathname));
    })()`);
    await page.getByRole('button', { name: `Show 10 more of ${total}` }).click();
    await expect.poll(() => page.locator('#search-results > li').count()).toBeGreaterThan(first.length);
    const after = await paths(page);
    expect(after.slice(0, first.length)).toEqual(first);
    expect(after.slice(first.length)).toEqual(next.filter((p) => !first.includes(p)));
    expect(new Set(after).size).toBe(after.length);
    expect(await status.textContent()).toMatch(/, showing 15\.$/);
    await page.context().close();
  });

  for (const width of [320, 360, 1366]) {
    it(`at ${width} px the counts by type come late without moving anything, a type chosen or not`, async () => {
      const page = await (await newContext({ viewport: { width, height: 800 } })).newPage();
      await page.addInitScript(() => {
        const w = window as unknown as { __shift: number };
        w.__shift = 0;
        new PerformanceObserver((list) => {
          for (const e of list.getEntries() as unknown as { value: number; hadRecentInput: boolean }[])
            if (!e.hadRecentInput) w.__shift += e.value;
        }).observe({ type: 'layout-shift', buffered: true });
      });
      await page.route(/\.pf_filter$/, (route) => void setTimeout(() => void route.continue(), 800));
      const top = () => page.locator('#search-results').evaluate((el) => el.getBoundingClientRect().top);
      for (const q of ['?q=Russia', '?q=Vladivostok&type=Case', '?type=Place']) {
        await page.goto(`${site.url}/search/${q}`);
        // Where the results begin once the search has started (their place kept), and once all is in.
        const start = await top();
        await page.locator('[data-search-counts] a').first().waitFor({ timeout: 15_000 });
        await page.waitForFunction(
          () => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(() => r(true)))),
        );
        expect(await top(), q).toBe(start);
        expect(await page.evaluate(() => (window as unknown as { __shift: number }).__shift), q).toBeLessThan(0.01);
      }
      await page.context().close();
    });
  }
});
