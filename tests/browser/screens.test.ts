/**
 * Any screen, in Chromium against the built site: no page of dist/ scrolls sideways on a 320 px
 * phone; the main pages hold at 360, 820 and 1366 px; the contents of every document start within
 * the first two screens of a 360 px phone (the provenance one tap away) and stand beside the
 * text on a wide screen; on /search/ the results come first on a
 * phone and nothing moves when they arrive.
 */
import { describe, it, expect } from 'vitest';
import type { BrowserContext, BrowserContextOptions, Page } from 'playwright-core';
import { builtPages } from '../support/project.ts';
import { useBrowser } from '../support/use-browser.ts';

const { site, newContext } = useBrowser();

/** A reader's screen `width` px wide: a phone's height below 800 px, a larger screen's above. */
const context = (
  width: number,
  options: Pick<BrowserContextOptions, 'javaScriptEnabled' | 'colorScheme'> = {},
): Promise<BrowserContext> => newContext({ viewport: { width, height: width < 800 ? 740 : 900 }, ...options });

/** How far the page reaches to the right, and the elements that stick out (for the message). */
const overflow = (page: Page) =>
  page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    const out: string[] = [];
    for (const el of document.querySelectorAll('body *')) {
      const r = el.getBoundingClientRect();
      if (r.right > width + 1 && r.width > 0 && el.children.length === 0)
        out.push(
          `${el.tagName.toLowerCase()}.${el.className}: ${Math.round(r.right)} px “${(el.textContent ?? '').trim().slice(0, 40)}”`,
        );
    }
    return { scroll: document.documentElement.scrollWidth, width, out: out.slice(0, 3) };
  });

/** Boxes that scroll sideways, other than those of a two-way table (table.matrix). */
const boxes = (page: Page) =>
  page.evaluate(() =>
    [...document.querySelectorAll('body *')]
      .filter(
        (el) =>
          /auto|scroll/.test(getComputedStyle(el).overflowX) &&
          el.scrollWidth > el.clientWidth + 1 &&
          !el.querySelector(':scope > table.matrix'),
      )
      .map((el) => `${el.tagName.toLowerCase()}.${el.className} (${el.scrollWidth} px in ${el.clientWidth})`),
  );

const MAIN = [
  '/',
  '/cases/',
  '/cases/status/detained/',
  '/cases/choe-kum-chol/',
  '/cases/tsoy-li/',
  '/documents/amnesty-1996/',
  '/documents/lfnkr-2022/',
  '/search/?q=Vladivostok',
  '/data/',
  '/index/',
  '/record/',
  '/map/',
  '/timeline/',
  '/places/vladivostok/',
  '/organizations/memorial-migration-and-law/',
  '/about/',
  '/404.html',
  '/index/t/',
];

describe('phones first', () => {
  it('no page of the site scrolls sideways at 320 px', async () => {
    // Every page (a moved address's page sends the reader on at once: its target is measured instead).
    const paths = builtPages()
      .filter(([, html]) => !html.includes('http-equiv="refresh"'))
      .map(([p]) => `/${p.replace(/index\.html$/, '')}`);
    expect(paths.length).toBeGreaterThan(100);
    // Without JavaScript (the pages that run scripts are measured with it below, at 360 px and up).
    const ctx = await context(320, { javaScriptEnabled: false });
    const page = await ctx.newPage();
    const wide: string[] = [];
    for (const path of paths) {
      await page.goto(site.url + path);
      const o = await overflow(page);
      if (o.scroll > o.width) wide.push(`${path}: ${o.scroll} px (${o.out.join('; ')})`);
    }
    await ctx.close();
    expect(wide).toEqual([]);
  }, 600_000);

  for (const width of [320, 360, 820, 1366]) {
    it(`the main pages fit ${width} px, light and dark, with and without JavaScript`, async () => {
      const wide: string[] = [];
      for (const [colorScheme, javaScriptEnabled] of [
        ['light', true],
        ['dark', false],
      ] as const) {
        const ctx = await context(width, { colorScheme, javaScriptEnabled });
        const page = await ctx.newPage();
        for (const path of MAIN) {
          await page.goto(site.url + path);
          const o = await overflow(page);
          if (o.scroll > o.width) wide.push(`${path} (${colorScheme}): ${o.scroll} px (${o.out.join('; ')})`);
          // Nor a box of its own scrolling sideways (a list of cases reads down the page), but for
          // the record's two-way tables of acts and perpetrators, which a phone cannot unfold.
          if (width < 800)
            for (const box of await boxes(page))
              wide.push(`${path} (${colorScheme}): ${box} scrolls sideways in its box`);
        }
        await ctx.close();
      }
      expect(wide).toEqual([]);
    }, 120_000);
  }
});

describe('a long document on any screen', () => {
  it('on a phone: the contents, folded, come after the header and before the text', async () => {
    const ctx = await context(360);
    const page = await ctx.newPage();
    await page.goto(`${site.url}/documents/amnesty-1996/`);
    const toc = page.locator('nav.toc');
    const box = await toc.boundingBox();
    const text = await page.locator('.document-text').boundingBox();
    const header = await page.locator('.doc-header').boundingBox();
    expect(box!.y).toBeGreaterThan(header!.y);
    expect(box!.y).toBeLessThan(text!.y);
    expect(await page.locator('nav.toc details').getAttribute('open')).toBeNull();
    expect(box!.height).toBeLessThan(80);
    await page.locator('nav.toc summary').click();
    await expect.poll(() => page.locator('nav.toc a').first().isVisible()).toBe(true);
    await ctx.close();
  });

  it('on a 360 px phone, with and without JavaScript, every document’s contents start within the first two screens (640 px each), and its provenance is one tap away', async () => {
    const ids = builtPages()
      .map(([p]) => /^documents\/([a-z0-9-]+)\/index\.html$/.exec(p)?.[1])
      .filter(Boolean) as string[];
    expect(ids.length).toBeGreaterThanOrEqual(5);
    const late: string[] = [];
    let withContents = 0;
    for (const javaScriptEnabled of [true, false]) {
      const ctx = await newContext({ viewport: { width: 360, height: 640 }, javaScriptEnabled });
      const page = await ctx.newPage();
      for (const id of ids) {
        await page.goto(`${site.url}/documents/${id}/`);
        const top = (sel: string) =>
          page
            .locator(sel)
            .first()
            .evaluate((el) => el.getBoundingClientRect().top + window.scrollY);
        const provenance = page.locator('#provenance-heading');
        if ((await page.locator('nav.toc').count()) === 0) {
          // A text without headings has no contents: its provenance follows its facts directly.
          expect(await page.locator('.doc-about-link').count(), id).toBe(0);
          if ((await top('.provenance')) >= 1280) late.push(`${id}: provenance at ${await top('.provenance')} px`);
          continue;
        }
        withContents++;
        const contents = await top('nav.toc');
        if (contents >= 1280)
          late.push(`${id} (JavaScript ${javaScriptEnabled ? 'on' : 'off'}): contents at ${Math.round(contents)} px`);
        // Before the contents, a link that leads to the provenance (past the folded contents).
        const link = page.locator('.doc-header a[href="#provenance-heading"]');
        expect(await link.isVisible(), id).toBe(true);
        expect(await top('.doc-header a[href="#provenance-heading"]'), id).toBeLessThan(contents);
        expect(await top('#provenance-heading'), id).toBeGreaterThan(contents);
        await link.click();
        await expect
          .poll(
            () =>
              provenance.evaluate((el) => {
                const r = el.getBoundingClientRect();
                return r.top >= 0 && r.bottom <= window.innerHeight;
              }),
            id,
          )
          .toBe(true);
      }
      await ctx.close();
    }
    expect(withContents).toBeGreaterThanOrEqual(8);
    expect(late).toEqual([]);
  });

  it('on a wide screen and on paper, the provenance follows the facts and the line leading to it is not shown', async () => {
    const ctx = await context(1366);
    const page = await ctx.newPage();
    await page.goto(`${site.url}/documents/voa-2022/`);
    expect(await page.locator('.doc-about-link').first().isVisible()).toBe(false);
    const facts = await page.locator('.doc-header dl').boundingBox();
    const provenance = await page.locator('.provenance').boundingBox();
    expect(provenance!.y - (facts!.y + facts!.height)).toBeLessThan(40);
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('.doc-about-link').first().isVisible()).toBe(false);
    expect(await page.locator('.provenance li').last().isVisible()).toBe(true);
    await ctx.close();
  });

  it('on a wide screen: the contents beside the text, staying in view as the reader scrolls', async () => {
    const ctx = await context(1366);
    const page = await ctx.newPage();
    await page.goto(`${site.url}/documents/amnesty-1996/`);
    const text = await page.locator('.document-text').boundingBox();
    const toc = await page.locator('nav.toc').boundingBox();
    expect(toc!.x).toBeGreaterThan(text!.x + text!.width);
    expect(await page.locator('nav.toc a').first().isVisible()).toBe(true);
    await page.evaluate(() => window.scrollTo(0, 20_000));
    const after = await page.locator('nav.toc').evaluate((el) => el.getBoundingClientRect().top);
    expect(after).toBeGreaterThanOrEqual(-1);
    expect(after).toBeLessThan(100);
    await ctx.close();
  });
});

describe('search on any screen', () => {
  it('on a phone: the filters fold behind one control and the first result is on the first screen', async () => {
    const ctx = await context(360);
    const page = await ctx.newPage();
    await page.goto(`${site.url}/search/?q=Vladivostok`);
    await page.locator('#search-results > li').first().waitFor();
    expect(await page.locator('select[name=type]').isVisible()).toBe(false);
    const first = await page.locator('#search-results > li').first().boundingBox();
    expect(first!.y).toBeLessThan(740);
    await page.locator('.search-filters summary').click();
    expect(await page.locator('select[name=type]').isVisible()).toBe(true);
    await ctx.close();
  });

  for (const width of [360, 1366]) {
    it(`at ${width} px nothing moves when the results arrive (layout shift under 0.01)`, async () => {
      const ctx = await context(width);
      const page = await ctx.newPage();
      await page.addInitScript(() => {
        (window as unknown as { __shift: number }).__shift = 0;
        new PerformanceObserver((list) => {
          for (const e of list.getEntries() as unknown as { value: number; hadRecentInput: boolean }[])
            if (!e.hadRecentInput) (window as unknown as { __shift: number }).__shift += e.value;
        }).observe({ type: 'layout-shift', buffered: true });
      });
      // A name: its page is drawn first from the name lookup, then the full results and their counts.
      await page.goto(`${site.url}/search/?q=Choe%20Kum%20Chol`);
      await page
        .locator('[data-search-status]')
        .filter({ hasText: /results? for/ })
        .waitFor();
      await page.waitForFunction(
        () => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(() => r(true)))),
      );
      const shift = await page.evaluate(() => (window as unknown as { __shift: number }).__shift);
      expect(shift).toBeLessThan(0.01);
      await ctx.close();
    });
  }

  it('without JavaScript: no filter is shown that could do nothing', async () => {
    const ctx = await context(1366, { javaScriptEnabled: false });
    const page = await ctx.newPage();
    await page.goto(`${site.url}/search/?q=Vladivostok&type=Case`);
    expect(await page.locator('select').count()).toBeGreaterThan(0);
    for (const s of await page.locator('select').all()) expect(await s.isVisible()).toBe(false);
    expect(await page.locator('a[href="/index/"]').first().isVisible()).toBe(true);
    await ctx.close();
  });
});

describe('smaller points', () => {
  it('the skip link leads to the main text without tinting the page', async () => {
    const ctx = await context(1366);
    const page = await ctx.newPage();
    await page.goto(`${site.url}/cases/choe-kum-chol/`);
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Skip to main content');
    await page.keyboard.press('Enter');
    await page.waitForURL(/#main$/);
    expect(await page.locator('main').evaluate((m) => getComputedStyle(m).backgroundColor)).toBe('rgba(0, 0, 0, 0)');
    await ctx.close();
  });

  it('a paragraph reached by its link keeps the heading above it in view', async () => {
    const ctx = await context(360);
    const page = await ctx.newPage();
    await page.goto(`${site.url}/documents/amnesty-1996/`);
    const id = await page.evaluate(() => document.querySelector('.document-text :is(h2, h3, h4) + p[id]')!.id);
    await page.goto(`${site.url}/documents/amnesty-1996/#${id}`);
    const heading = await page.evaluate(
      (id) => document.getElementById(id)!.previousElementSibling!.getBoundingClientRect().top,
      id,
    );
    expect(heading).toBeGreaterThanOrEqual(0);
    await ctx.close();
  });

  it('copying a paragraph’s citation says so where the reader is looking', async () => {
    const ctx = await newContext({
      viewport: { width: 360, height: 740 },
      permissions: ['clipboard-read', 'clipboard-write'],
    });
    const page = await ctx.newPage();
    await page.goto(`${site.url}/documents/amnesty-1996/`);
    const link = page.locator('.document-text p[id] a.self-link').nth(40);
    await link.scrollIntoViewIfNeeded();
    await link.click();
    const status = page.locator('[data-copy-status]');
    await expect.poll(() => status.textContent()).toMatch(/^Citation copied: /);
    const box = await status.boundingBox();
    expect(box!.y).toBeGreaterThanOrEqual(0);
    expect(box!.y + box!.height).toBeLessThanOrEqual(740);
    // What is copied is the citation the cite page gives for that paragraph in the default style
    // (OSCOLA), its pinpoint and permalink included, not a form of its own.
    const id = await link.evaluate((a) => a.closest('[id]')!.id);
    const cite = await ctx.newPage();
    await cite.goto(`${site.url}/documents/amnesty-1996/cite/`);
    const oscola = await cite.locator(`[id="cite-${id}"] dt:text-is("OSCOLA") + dd`).textContent();
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toBe(oscola!.trim());
    expect(copied).toMatch(new RegExp(`, para \\d+ <http://localhost:4321/documents/amnesty-1996/#${id}>\\.$`));
    expect(await status.textContent()).toBe(`Citation copied: ${copied}`);
    await ctx.close();
  });

  it('the case list sorts a pseudonym by its name, not by its quotation mark', async () => {
    const ctx = await context(1366, { javaScriptEnabled: false });
    const page = await ctx.newPage();
    await page.goto(`${site.url}/cases/`);
    const titles = await page.locator('table.case-table tbody td:first-child > a').allTextContents();
    const key = (t: string) => t.replace(/^[“”"‘’']+/, '');
    expect(titles.some((t) => /^“/.test(t))).toBe(true);
    expect(titles).toEqual([...titles].sort((a, b) => key(a).localeCompare(key(b), 'en')));
    expect(titles.findIndex((t) => /^“/.test(t))).toBeGreaterThan(0);
    await ctx.close();
  });
});

describe('a layout for wide screens', () => {
  it('the header keeps name, ways in and search on one row at 1366 px, for every section of the site', async () => {
    const ctx = await context(1366);
    const page = await ctx.newPage();
    for (const path of ['/', '/cases/choe-kum-chol/', '/documents/amnesty-1996/', '/organizations/', '/search/']) {
      await page.goto(site.url + path);
      const rows = await page.evaluate(() => {
        const header = document.querySelector('.site-header')!;
        const parts = [
          header.querySelector('.site-name')!,
          ...header.querySelectorAll('nav a'),
          header.querySelector('form')!,
        ];
        return {
          tops: [
            ...new Set(
              parts.map((p) => {
                const r = p.getBoundingClientRect();
                return Math.round(r.top + r.height / 2);
              }),
            ),
          ],
          height: header.getBoundingClientRect().height,
        };
      });
      expect(Math.max(...rows.tops) - Math.min(...rows.tops), path).toBeLessThan(12);
      expect(rows.height, path).toBeLessThan(90);
    }
    await ctx.close();
  });

  it('a case shows its facts beside its account', async () => {
    const ctx = await context(1366);
    const page = await ctx.newPage();
    await page.goto(`${site.url}/cases/choe-kum-chol/`);
    const facts = (await page.locator('.fact-box').boundingBox())!;
    const text = (await page.locator('.narrative').boundingBox())!;
    expect(facts.x).toBeGreaterThan(text.x + text.width);
    expect(facts.y).toBeLessThan(400);
    await ctx.close();
  });
});
