/**
 * What axe cannot see: a reader with only a keyboard (skip link, contents, search and results,
 * footnotes and back, filters), a reader who asks for less motion, a reader who doubles the
 * text size, and a reader who may be watched (no other host, no cookies, no storage).
 */
import { describe, it, expect } from 'vitest';
import type { Page } from 'playwright-core';
import { useBrowser } from '../support/use-browser.ts';

const { site, foreign, open, newContext } = useBrowser();

/** What has the keyboard focus: its tag, id, text, href and the landmarks it is in. */
const focused = (page: Page) =>
  page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    return {
      tag: el?.tagName.toLowerCase() ?? '',
      id: el?.id ?? '',
      text: (el?.textContent ?? '').trim(),
      href: el?.getAttribute('href') ?? '',
      inMain: Boolean(el?.closest('main')),
      inContents: Boolean(el?.closest('nav[aria-label="Contents"]')),
      inHeader: Boolean(el?.closest('header')),
      label: el?.getAttribute('aria-label') ?? '',
      name: el?.getAttribute('name') ?? '',
      footnoteRef: el?.hasAttribute('data-footnote-ref') ?? false,
      footnoteBack: el?.hasAttribute('data-footnote-backref') ?? false,
      visible: (() => {
        if (!el) return false;
        const r = el.getBoundingClientRect();
        return (
          r.width > 0 &&
          r.height > 0 &&
          r.bottom > 0 &&
          r.top < innerHeight &&
          getComputedStyle(el).visibility !== 'hidden' &&
          getComputedStyle(el).opacity !== '0'
        );
      })(),
    };
  });
type Focus = Awaited<ReturnType<typeof focused>>;

/** Presses Tab until `want` holds for the focused element (at most `max` times). */
async function tabTo(page: Page, want: (f: Focus) => boolean, max = 60): Promise<Focus> {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab');
    const f = await focused(page);
    if (want(f)) return f;
  }
  throw new Error(`Tab never reached the element (last: ${JSON.stringify(await focused(page))})`);
}

/** Whether an element is in the viewport and not hidden under anything fixed or sticky. */
const readable = (page: Page, selector: string) =>
  page
    .locator(selector)
    .first()
    .evaluate((el) => {
      const r = el.getBoundingClientRect();
      if (r.bottom <= 0 || r.top >= innerHeight) return false;
      const x = Math.min(Math.max(r.left + 4, 0), innerWidth - 1);
      const y = Math.min(Math.max(r.top + 4, 0), innerHeight - 1);
      const top = document.elementFromPoint(x, y);
      return Boolean(top && (el.contains(top) || top.contains(el)));
    });

describe('with the keyboard only', () => {
  it('the first Tab shows the skip link, and Enter moves on to the main content', async () => {
    const page = await open('/cases/choe-kum-chol/');
    await page.keyboard.press('Tab');
    const skip = await focused(page);
    expect(skip.text).toBe('Skip to main content');
    expect(skip.visible).toBe(true);
    await page.keyboard.press('Enter');
    expect((await focused(page)).id).toBe('main');
    const next = await tabTo(page, () => true, 1);
    expect(next.inMain).toBe(true);
    await page.context().close();
  });

  for (const [screen, viewport] of [
    ['a phone', { width: 360, height: 740 }],
    ['a wide screen', { width: 1280, height: 900 }],
  ] as const) {
    it(`opens the contents of the report on ${screen} and follows an entry to its section, shown below the header`, async () => {
      const page = await open('/documents/amnesty-1996/', { viewport });
      let f = await tabTo(page, (x) => x.inContents, 80);
      if (f.tag === 'summary') {
        // Folded on a phone: Enter opens it, and the next Tab reaches its first entry.
        expect(
          await page.locator('nav[aria-label="Contents"] details').evaluate((d) => (d as HTMLDetailsElement).open),
        ).toBe(false);
        await page.keyboard.press('Enter');
        expect(
          await page.locator('nav[aria-label="Contents"] details').evaluate((d) => (d as HTMLDetailsElement).open),
        ).toBe(true);
        f = await tabTo(page, (x) => x.inContents && x.tag === 'a', 3);
      } else {
        expect(screen).toBe('a wide screen');
      }
      expect(f.tag).toBe('a');
      expect(f.visible).toBe(true);
      const entry = await tabTo(page, (x) => x.inContents && x.tag === 'a' && /^3\.3\.2\b/.test(x.text), 150);
      await page.keyboard.press('Enter');
      await page.waitForURL((u) => u.hash === entry.href);
      expect(await readable(page, `[id="${decodeURIComponent(entry.href.slice(1))}"]`)).toBe(true);
      await page.context().close();
    });
  }

  it('follows a footnote to its note and comes back to the reference', async () => {
    const page = await open('/documents/amnesty-1996/');
    const passage = await page.locator('#user-content-fnref-3').evaluate((a) => a.closest('[id]:not(a)')!.id);
    await page.goto(`${site.url}/documents/amnesty-1996/#${passage}`);
    await tabTo(page, (x) => x.id === 'user-content-fnref-3', 40);
    await page.keyboard.press('Enter');
    await page.waitForURL(/#user-content-fn-3$/);
    expect(await readable(page, '#user-content-fn-3')).toBe(true);
    await tabTo(page, (x) => x.footnoteBack, 20);
    await page.keyboard.press('Enter');
    await page.waitForURL(/#user-content-fnref-3$/);
    expect(await readable(page, '#user-content-fnref-3')).toBe(true);
    await page.context().close();
  });

  it('searches from the header, reaches the results with Tab and opens one with Enter', async () => {
    const page = await open('/');
    await tabTo(page, (x) => x.inHeader && x.tag === 'input' && x.name === 'q', 20);
    await page.keyboard.type('Tsoy Li');
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/search\/\?q=Tsoy/);
    await page.locator('#search-results > li a').first().waitFor({ timeout: 20_000 });
    // The first result may be drawn from the name lookup before the full results come: the same page.
    const pathOf = (href: string) => new URL(href, site.url).pathname;
    const first = pathOf((await page.locator('#search-results > li a').first().getAttribute('href'))!);
    const result = await tabTo(page, (x) => x.inMain && x.tag === 'a' && pathOf(x.href) === first, 80);
    await page.keyboard.press('Enter');
    await page.waitForURL((u) => u.pathname === new URL(result.href, site.url).pathname);
    expect(await page.locator('h1').first().textContent()).toBeTruthy();
    await page.context().close();
  });

  it('filters the list of cases with plain links', async () => {
    const page = await open('/cases/');
    const link = await tabTo(page, (x) => x.tag === 'a' && /\/cases\/status\//.test(x.href), 150);
    await page.keyboard.press('Enter');
    await page.waitForURL((u) => u.pathname === new URL(link.href, site.url).pathname);
    expect(await page.locator('main li').count()).toBeGreaterThan(0);
    await page.context().close();
  });

  it('filters the search results from the keyboard, keeping the filter in the address', async () => {
    const page = await open('/search/?q=Vladivostok');
    await page.locator('#search-results > li').first().waitFor({ timeout: 20_000 });
    // The filters may sit behind one control on narrow screens; open it if it is closed.
    const type = page.getByLabel(/^Type/).first();
    if (!(await type.isVisible())) {
      await tabTo(page, (x) => /filter/i.test(x.text + x.label), 40);
      await page.keyboard.press('Enter');
    }
    await tabTo(page, (x) => x.tag === 'select' && x.name === 'type', 40);
    await page.keyboard.press('ArrowDown');
    await page.waitForURL(/[?&]type=/);
    await page.waitForFunction(() => document.querySelectorAll('#search-results > li').length > 0, undefined, {
      timeout: 20_000,
    });
    await page.context().close();
  });
});

/** One page of each kind. */
const KINDS = [
  '/',
  '/documents/amnesty-1996/',
  '/cases/choe-kum-chol/',
  '/cases/',
  '/people/svetlana-gannushkina/',
  '/places/vladivostok/',
  '/organizations/unhcr/',
  '/search/?q=Vladivostok',
  '/map/',
  '/timeline/',
  '/record/',
  '/acts/forcible-return/',
  '/index/',
  '/data/',
  '/about/',
  '/corrections/',
  '/documents/amnesty-1996/cite/',
];

describe('less motion', () => {
  it('nothing moves for a reader who asks for less motion', async () => {
    const moving: string[] = [];
    for (const path of KINDS) {
      const page = await open(path, { reducedMotion: 'reduce' });
      if (path.startsWith('/search/')) await page.locator('#search-results > li').first().waitFor({ timeout: 20_000 });
      const found = await page.evaluate(() => {
        const out: string[] = [];
        if (getComputedStyle(document.documentElement).scrollBehavior !== 'auto') out.push('html: smooth scrolling');
        for (const el of document.querySelectorAll('*')) {
          for (const pseudo of [null, '::before', '::after']) {
            const s = getComputedStyle(el, pseudo);
            const long = (v: string) => v.split(',').some((d) => parseFloat(d) > 0.01);
            if ((s.animationName !== 'none' && long(s.animationDuration)) || long(s.transitionDuration))
              out.push(`${el.tagName.toLowerCase()}${el.id ? '#' + el.id : ''}${pseudo ?? ''}`);
          }
        }
        return out.slice(0, 5);
      });
      for (const f of found) moving.push(`${path}: ${f}`);
      await page.context().close();
    }
    expect(moving).toEqual([]);
  });
});

describe('text at 200 %', () => {
  it('every kind of page keeps all its text, with no sideways scrolling, when the text is twice as large', async () => {
    const lost: string[] = [];
    for (const path of KINDS) {
      const page = await open(path);
      if (path.startsWith('/search/')) await page.locator('#search-results > li').first().waitFor({ timeout: 20_000 });
      const before = await page.evaluate(() =>
        parseFloat(
          getComputedStyle(document.querySelector('main p, main li, main td, main dd') ?? document.body).fontSize,
        ),
      );
      // The browser's own text size setting (16 px → 32 px), as a reader sets it: rem, em and
      // media queries in em all follow it, unlike a page zoom.
      const cdp = await page.context().newCDPSession(page);
      await cdp.send('Page.setFontSizes', { fontSizes: { standard: 32, fixed: 26 } });
      await page.waitForTimeout(100);
      const found = await page.evaluate((before) => {
        const out: string[] = [];
        const sample = document.querySelector('main p, main li, main td, main dd') ?? document.body;
        const after = parseFloat(getComputedStyle(sample).fontSize);
        if (after < before * 1.9) out.push(`text grew only from ${before}px to ${after}px`);
        if (document.documentElement.scrollWidth > innerWidth + 1)
          out.push(`page ${document.documentElement.scrollWidth}px wide in ${innerWidth}px`);
        // Text cut off: a box that hides what overflows it, with text overflowing.
        for (const el of document.querySelectorAll('body *')) {
          const s = getComputedStyle(el);
          if (el.closest('svg') || !(el.textContent ?? '').trim()) continue;
          const hides = (v: string) => v === 'hidden' || v === 'clip';
          const h = el as HTMLElement;
          if (
            (hides(s.overflowX) && h.scrollWidth > h.clientWidth + 2) ||
            (hides(s.overflowY) && h.scrollHeight > h.clientHeight + 2)
          ) {
            // Visually hidden text for screen readers is meant to be clipped.
            if (h.clientWidth <= 1 || h.clientHeight <= 1) continue;
            out.push(`${el.tagName.toLowerCase()}.${[...el.classList].join('.')} clips its text`);
          }
        }
        return out.slice(0, 5);
      }, before);
      for (const f of found) lost.push(`${path}: ${f}`);
      await page.context().close();
    }
    expect(lost).toEqual([]);
  });
});

describe('a reader who may be watched', () => {
  it('no page of any kind, nor a search, asks another host for anything, sets a cookie or stores anything', async () => {
    const context = await newContext();
    const page = await context.newPage();
    const requests: string[] = [];
    page.on('request', (r) => requests.push(r.url()));
    const stored: string[] = [];
    for (const path of KINDS) {
      await page.goto(site.url + path);
      if (path.startsWith('/search/')) {
        await page.locator('#search-results > li').first().waitFor({ timeout: 20_000 });
        await page.locator('input[name=q]').last().fill('Choe Kum Chol');
        await page.waitForFunction(
          () => /Choe/i.test(document.querySelector('#search-results')?.textContent ?? ''),
          undefined,
          { timeout: 20_000 },
        );
      }
      const storage = await page.evaluate(async () => ({
        local: Object.keys(localStorage),
        session: Object.keys(sessionStorage),
        cookie: document.cookie,
        databases: (await indexedDB.databases()).map((d) => d.name ?? ''),
        caches: 'caches' in self ? await caches.keys() : [],
        workers: 'serviceWorker' in navigator ? (await navigator.serviceWorker.getRegistrations()).length : 0,
      }));
      // A theme choice, if the site ever offers one, is the only thing it may keep.
      const kept = [
        ...storage.local.filter((k) => k !== 'theme'),
        ...storage.session,
        ...storage.databases,
        ...storage.caches,
      ];
      if (kept.length || storage.cookie || storage.workers) stored.push(`${path}: ${JSON.stringify(storage)}`);
    }
    expect(requests.length).toBeGreaterThan(KINDS.length);
    expect(requests.filter((u) => !u.startsWith(site.url) && !u.startsWith('data:') && !u.startsWith('blob:'))).toEqual(
      [],
    );
    expect(await context.cookies()).toEqual([]);
    expect(stored).toEqual([]);
    await context.close();
  });

  it('no page opened in the tests above asked another host for anything', () => {
    expect(foreign).toEqual([]);
  });
});
