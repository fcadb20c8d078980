/** The map and the timeline in a real browser, at phone widths and on a wide screen. */
import { describe, it, expect } from 'vitest';
import type { Page } from 'playwright-core';
import { useBrowser } from '../support/use-browser.ts';

const web = useBrowser();
const { foreign } = web;

/** A page at a screen `width` (800 px high), with or without JavaScript. */
const open = (path: string, width: number, javaScriptEnabled = true): Promise<Page> =>
  web.open(path, { viewport: { width, height: 800 }, javaScriptEnabled, bypassCSP: true });

const overflow = (page: Page) =>
  page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

describe('/map/ in a browser', () => {
  for (const width of [320, 360, 1366]) {
    it(`fits ${width} px and its drawn labels overlap neither each other nor a marker`, async () => {
      const page = await open('/map/', width);
      expect(await overflow(page)).toBeLessThanOrEqual(0);
      const problems = await page.evaluate(() => {
        const out: string[] = [];
        for (const svg of document.querySelectorAll<SVGSVGElement>('figure.map-panel svg')) {
          const labels = [...svg.querySelectorAll<SVGGElement>('g.map-label')].map((t) => ({
            name: t.textContent,
            b: t.getBBox(),
          }));
          const marks = [...svg.querySelectorAll<SVGCircleElement>('circle.marker')].map((c) => c.getBBox());
          const hit = (a: DOMRect, b: DOMRect) =>
            a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
          labels.forEach((a, i) => {
            labels.slice(i + 1).forEach((b) => {
              if (hit(a.b, b.b)) out.push(`${a.name} × ${b.name}`);
            });
            marks.forEach((m) => {
              if (hit(a.b, m)) out.push(`${a.name} × marker`);
            });
            if (
              a.b.x < 0 ||
              a.b.y < 0 ||
              a.b.x + a.b.width > svg.viewBox.baseVal.width ||
              a.b.y + a.b.height > svg.viewBox.baseVal.height
            )
              out.push(`${a.name} outside`);
          });
        }
        return out;
      });
      expect(problems).toEqual([]);
      await page.context().close();
    });
  }

  it('follows a marker’s label to the place’s page', async () => {
    const page = await open('/map/', 360);
    await page.locator('#map-far-east svg a', { hasText: 'Khabarovsk' }).first().click();
    await page.waitForURL(/\/places\/khabarovsk\/$/);
    expect(await page.locator('.place-locator svg').count()).toBe(1);
    await page.context().close();
  });
});

describe('/timeline/ in a browser', () => {
  for (const width of [320, 360]) {
    it(`fits ${width} px, and so does a case page's timeline`, async () => {
      for (const path of ['/timeline/', '/timeline/place/vladivostok/']) {
        const page = await open(path, width);
        expect(await overflow(page), path).toBeLessThanOrEqual(0);
        await page.context().close();
      }
      const page = await open('/cases/choe-kum-chol/', width);
      const wider = await page
        .locator('section[aria-labelledby="events"] *')
        .evaluateAll((els) =>
          els
            .filter((e) => e.getBoundingClientRect().right > document.documentElement.clientWidth + 0.5)
            .map((e) => e.outerHTML.slice(0, 80)),
        );
      expect(wider).toEqual([]);
      await page.context().close();
    });
  }

  it('filters at once with JavaScript, putting the filter page’s address in the address bar', async () => {
    const page = await open('/timeline/', 360);
    const total = await page.locator('li.tl-event').count();
    await page.locator('nav.tl-filters summary', { hasText: 'Place' }).click();
    const link = page.locator('nav.tl-filters a[data-filter="place"][data-value="vladivostok"]');
    await page.evaluate(() => {
      (window as unknown as { stayed: boolean }).stayed = true;
    });
    await link.click();
    await page.waitForURL(/\/timeline\/place\/vladivostok\/$/);
    expect(await page.evaluate(() => (window as unknown as { stayed?: boolean }).stayed)).toBe(true);
    const visible = page.locator('li.tl-event:visible');
    const shown = await visible.count();
    expect(shown).toBeGreaterThan(0);
    expect(shown).toBeLessThan(total);
    for (const place of await page
      .locator('li.tl-event:visible')
      .evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset.place)))
      expect(place).toBe('vladivostok');
    await expect
      .poll(() => page.locator('[data-timeline-status]').textContent())
      .toMatch(new RegExp(`^${shown} events`));
    await page.goBack();
    await page.waitForURL(/\/timeline\/$/);
    expect(await page.locator('li.tl-event:visible').count()).toBe(total);
    await page.context().close();
  });

  it('filters without JavaScript by following the link to the filter page', async () => {
    const page = await open('/timeline/', 360, false);
    await page.locator('nav.tl-filters summary', { hasText: 'Kind of event' }).isVisible();
    await page.locator('nav.tl-filters a[data-filter="kind"][data-value="law"]').click();
    await page.waitForURL(/\/timeline\/kind\/law\/$/);
    const kinds = await page
      .locator('li.tl-event')
      .evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset.kind));
    expect(kinds.length).toBeGreaterThan(0);
    expect(new Set(kinds)).toEqual(new Set(['law']));
    await page.context().close();
  });
});

describe('no other host', () => {
  it('asks no other host for anything', () => {
    expect(foreign).toEqual([]);
  });
});
