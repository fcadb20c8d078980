/** A reader in a real browser (Debian's Chromium): search, footnotes, paragraph links, accessibility. */
import { describe, it, expect } from 'vitest';
import type { Page } from 'playwright-core';
import { useBrowser } from '../support/use-browser.ts';

const { foreign, open } = useBrowser();

const inView = (page: Page, selector: string) =>
  page
    .locator(selector)
    .first()
    .evaluate((el) => {
      const r = el.getBoundingClientRect();
      return r.top >= -1 && r.top < window.innerHeight && r.bottom > 0;
    });

describe('search from the header', () => {
  it('finds "Chegdomyn" and lands on section 2.2 of the report with the word marked', async () => {
    const page = await open('/');
    await page.locator('header input[name=q]').fill('Chegdomyn');
    await page.locator('header input[name=q]').press('Enter');
    await page.waitForURL(/\/search\/\?q=Chegdomyn/);
    const sub = page.locator('#search-results a[href*="/documents/amnesty-1996/"][href*="#2-2-"]').first();
    // The first screen holds five results (the place and the case of that name come first); the
    // report is among the next ones, one "Show more" away.
    await page.locator('#search-results > li').nth(4).waitFor({ timeout: 15_000 });
    const more = page.getByRole('button', { name: /^Show \d+ more/ });
    if (!(await sub.isVisible()) && (await more.isVisible())) await more.click();
    await sub.waitFor({ timeout: 15_000 });
    await sub.click();
    await page.waitForURL(/\/documents\/amnesty-1996\/.*#2-2-human-rights-violations-at-the-work-sites/);
    const mark = page.locator('article mark', { hasText: /Chegdomyn/i }).first();
    await mark.waitFor();
    expect(await page.locator('article mark').count()).toBeGreaterThan(0);
    expect(await inView(page, '[id="2-2-human-rights-violations-at-the-work-sites"]')).toBe(true);
    await page.context().close();
  });

  it('keeps the query in the URL, so a shared link shows the same results', async () => {
    const page = await open('/search/?q=Vladivostok');
    await page.locator('#search-results > li').nth(4).waitFor({ timeout: 15_000 });
    expect(await page.locator('#search-query').inputValue()).toBe('Vladivostok');
    // A page found by its name shows first ("Searching…"); the count comes with the full results.
    await expect
      .poll(() => page.locator('[data-search-status]').textContent(), { timeout: 15_000 })
      .toMatch(/\d+ results? for “Vladivostok”/);
    await page.context().close();
  });
});

describe('reading the report', () => {
  it('follows a footnote to its note and comes back to the reference', async () => {
    const page = await open('/documents/amnesty-1996/');
    await page.locator('a[data-footnote-ref]').nth(4).click();
    await page.waitForURL(/#user-content-fn-5$/);
    expect(await inView(page, '#user-content-fn-5')).toBe(true);
    await page.locator('#user-content-fn-5 a[data-footnote-backref]').click();
    await page.waitForURL(/#user-content-fnref-5$/);
    expect(await inView(page, '#user-content-fnref-5')).toBe(true);
    await page.context().close();
  });

  it('opens a paragraph link with the paragraph in view', async () => {
    const page = await open('/documents/amnesty-1996/#3-3-2-p4');
    expect(await inView(page, '[id="3-3-2-p4"]')).toBe(true);
    expect(await page.locator('[id="3-3-2-p4"]').textContent()).toContain(
      'refuse to recognize North Korean asylum-seekers',
    );
    await page.context().close();
  });

  it('shows the ¶ link of a paragraph on keyboard focus', async () => {
    const page = await open('/documents/amnesty-1996/');
    const link = page.locator('[id="3-3-2-p4"] a.self-link');
    expect(await link.evaluate((el) => getComputedStyle(el).opacity)).toBe('0');
    await link.focus();
    expect(await link.evaluate((el) => getComputedStyle(el).opacity)).toBe('1');
    // Its name says where it leads and, with the page's script, that following it copies the citation.
    expect(await page.getByRole('link', { name: 'Link to 3.3.2 ¶4 and copy its citation', exact: true }).count()).toBe(
      1,
    );
    expect(
      await page.getByRole('link', { name: /^Link to this section and copy its citation$/ }).count(),
    ).toBeGreaterThan(20);
    await page.context().close();
  });
});

describe('privacy', () => {
  it('no page visited above asked any other host for anything', () => {
    expect(foreign).toEqual([]);
  });
});
