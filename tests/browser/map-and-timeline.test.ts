/** The map and the timeline in a real browser, at phone widths and on a wide screen. */
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launch } from '../support/browser.ts';
import { serveDist } from '../support/server.ts';

let browser: Browser;
let site: Awaited<ReturnType<typeof serveDist>>;
const foreign: string[] = [];

beforeAll(async () => {
  site = await serveDist();
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
  await site?.close();
});

async function open(path: string, width: number, javaScriptEnabled = true): Promise<Page> {
  const context = await browser.newContext({ viewport: { width, height: 800 }, javaScriptEnabled });
  const page = await context.newPage();
  page.on('request', (r) => { if (!r.url().startsWith(site.url) && !r.url().startsWith('data:')) foreign.push(r.url()); });
  await page.goto(site.url + path);
  return page;
}

const overflow = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

describe('/map/ in a browser', () => {
  for (const width of [320, 360, 1366]) {
    it(`fits ${width} px and its drawn labels overlap neither each other nor a marker`, async () => {
      const page = await open('/map/', width);
      expect(await overflow(page)).toBeLessThanOrEqual(0);
      const problems = await page.evaluate(() => {
        const out: string[] = [];
        for (const svg of document.querySelectorAll<SVGSVGElement>('figure.map-panel svg')) {
          const labels = [...svg.querySelectorAll<SVGGElement>('g.map-label')].map((t) => ({ name: t.textContent, b: t.getBBox() }));
          const marks = [...svg.querySelectorAll<SVGCircleElement>('circle.marker')].map((c) => c.getBBox());
          const hit = (a: DOMRect, b: DOMRect) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
          labels.forEach((a, i) => {
            labels.slice(i + 1).forEach((b) => { if (hit(a.b, b.b)) out.push(`${a.name} × ${b.name}`); });
            marks.forEach((m) => { if (hit(a.b, m)) out.push(`${a.name} × marker`); });
            if (a.b.x < 0 || a.b.y < 0 || a.b.x + a.b.width > svg.viewBox.baseVal.width || a.b.y + a.b.height > svg.viewBox.baseVal.height) out.push(`${a.name} outside`);
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

  it('asks no other host for anything', () => {
    expect(foreign).toEqual([]);
  });
});
