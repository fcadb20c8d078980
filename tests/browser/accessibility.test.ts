/**
 * Access for all, on every page: axe-core (WCAG 2.2 A and AA) over every page of the built
 * site in light and dark, and the search page with its results drawn. In dark, the page is the
 * same document with other colours, so it is checked again by the rules that depend on colour
 * (contrast, links told apart from text); the other rules read the same DOM either way.
 */
import { describe, it, expect } from 'vitest';
import type { Page } from 'playwright-core';
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import { builtPages } from '../support/project.ts';
import { useBrowser } from '../support/use-browser.ts';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const WCAG = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];
const COLOUR_RULES = ['color-contrast', 'link-in-text-block'];

const { site, foreign, newContext } = useBrowser();

/** A tab that checks pages one after another: axe is loaded into every page it opens. */
async function checker(): Promise<Page> {
  const context = await newContext({ bypassCSP: true });
  await context.addInitScript(axeSource);
  return context.newPage();
}

/** Violations of the given rules on the page as it is now, one line each. */
function violations(page: Page, runOnly: { type: 'tag' | 'rule'; values: string[] }): Promise<string[]> {
  return page.evaluate(async (runOnly) => {
    // @ts-expect-error axe is loaded by the init script
    const r = await window.axe.run(document, { runOnly, resultTypes: ['violations'] });
    return r.violations.map(
      (v: { id: string; nodes: { target: string[] }[] }) =>
        `${v.id} (${v.nodes.length}): ${v.nodes
          .slice(0, 3)
          .map((n) => n.target.join(' '))
          .join(' | ')}`,
    );
  }, runOnly);
}

async function checkBothSchemes(page: Page, path: string, out: string[]) {
  await page.emulateMedia({ colorScheme: 'light' });
  for (const v of await violations(page, { type: 'tag', values: WCAG })) out.push(`${path} light: ${v}`);
  await page.emulateMedia({ colorScheme: 'dark' });
  for (const v of await violations(page, { type: 'rule', values: COLOUR_RULES })) out.push(`${path} dark: ${v}`);
}

describe('axe-core (WCAG 2.2 A and AA) on every page, light and dark', () => {
  it('finds no violation on any page of the site', async () => {
    // Every page (a moved address's page sends the reader on at once: its target is checked instead).
    const paths = builtPages()
      .filter(([, html]) => !html.includes('http-equiv="refresh"'))
      .map(([file]) => `/${file.replace(/index\.html$/, '')}`);
    expect(paths.length).toBeGreaterThan(300);
    const found: string[] = [];
    // Two tabs share the pages (the machine has two cores).
    const queue = [...paths];
    const worker = async () => {
      const page = await checker();
      for (let path = queue.shift(); path !== undefined; path = queue.shift()) {
        await page.emulateMedia({ colorScheme: 'light' });
        await page.goto(site.url + path, { waitUntil: 'load' });
        await checkBothSchemes(page, path, found);
      }
      await page.context().close();
    };
    await Promise.all([worker(), worker()]);
    expect(found).toEqual([]);
  }, 1_200_000);

  it('finds no violation on the search page with its results drawn, and after “Show more”', async () => {
    const page = await checker();
    await page.goto(`${site.url}/search/?q=Vladivostok`);
    // The full results (a page found by its name is drawn before them).
    await page
      .locator('[data-search-status]')
      .filter({ hasText: /results? for/ })
      .waitFor({ timeout: 20_000 });
    const found: string[] = [];
    await checkBothSchemes(page, '/search/?q=Vladivostok', found);
    // Vladivostok has more results than the first page shows.
    const more = page.getByRole('button', { name: /^Show \d+ more of \d+$/ });
    expect(await more.count()).toBe(1);
    await more.click();
    await page.waitForFunction(() => document.querySelectorAll('#search-results > li').length > 10, undefined, {
      timeout: 20_000,
    });
    await checkBothSchemes(page, '/search/?q=Vladivostok (more)', found);
    expect(found).toEqual([]);
    await page.context().close();
  });

  it('asked no other host for anything', () => {
    expect(foreign).toEqual([]);
  });
});
