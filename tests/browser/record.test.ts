/**
 * "Which cases of forcible return by the Russian authorities does the record hold, and on what
 * evidence?" — answered in two clicks from the home page (Record in the navigation, then the
 * number in the table), with and without JavaScript, in a real browser.
 */
import { describe, it, expect } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parse as yaml } from 'yaml';
import { ROOT } from '../support/project.ts';
import { useBrowser } from '../support/use-browser.ts';

const { site, newContext } = useBrowser();

/** From the content files: the cases with an act of forcible return by the Russian authorities or a body under them, and the passages each rests on. */
function expected() {
  const orgs = yaml(readFileSync(join(ROOT, 'content/organizations.yaml'), 'utf8')) as {
    id: string;
    parent?: string;
  }[];
  const russian = (id: string): boolean =>
    id === 'russian-authorities' ||
    Boolean(orgs.find((o) => o.id === id)?.parent && russian(orgs.find((o) => o.id === id)!.parent!));
  const out = new Map<string, { title: string; sources: Set<string> }>();
  for (const f of readdirSync(join(ROOT, 'content/cases')).filter((x) => x.endsWith('.mdx'))) {
    const fm = yaml(readFileSync(join(ROOT, 'content/cases', f), 'utf8').split(/^---$/m)[1]) as {
      title: string;
      events: { acts: { act: string; perpetrators: string[]; sources: string[] }[] }[];
    };
    for (const e of fm.events)
      for (const a of e.acts) {
        if (a.act !== 'forcible-return' || !a.perpetrators.some(russian)) continue;
        const id = f.replace(/\.mdx$/, '');
        const entry = out.get(id) ?? { title: fm.title, sources: new Set<string>() };
        a.sources.forEach((s) => entry.sources.add(`/documents/${s.replace('#', '/#')}`));
        out.set(id, entry);
      }
  }
  return out;
}

describe('forcible return by the Russian authorities, in two clicks', () => {
  for (const javaScriptEnabled of [true, false]) {
    it(`from the home page, ${javaScriptEnabled ? 'with' : 'without'} JavaScript`, async () => {
      const context = await newContext({ javaScriptEnabled });
      const page = await context.newPage();
      await page.goto(site.url + '/');
      // Click 1: the navigation.
      await page.locator('header nav a', { hasText: 'Record' }).click();
      await page.waitForURL(/\/record\/$/);
      // Click 2: the number where the Russian authorities meet forcible return.
      const table = page.locator('table', {
        has: page.locator('caption', { hasText: 'Events by perpetrator and act' }),
      });
      const row = table.locator('tbody tr', { has: page.locator('th', { hasText: /^Russian authorities$/ }) });
      const column = (await table.locator('thead th').allInnerTexts()).findIndex((t) => /Forcible return/.test(t));
      expect(column).toBeGreaterThan(0);
      const cell = row
        .locator('td')
        .nth(column - 1)
        .locator('a');
      const shown = Number(await cell.innerText());
      await cell.click();
      await page.waitForURL(/\/perpetrators\/russian-authorities\/forcible-return\/$/);

      const want = expected();
      expect(await page.locator('h1').innerText()).toMatch(/Forcible return .* Russian authorities/);
      const items = page.locator('.coded-acts > li');
      expect(await items.count()).toBe(shown);
      const cases = new Set(
        await items
          .locator('.coded-head a')
          .evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname)),
      );
      expect(cases).toEqual(new Set([...want.keys()].map((id) => `/cases/${id}/`)));
      // A run of passages is one link to its first, named for the run (“3.3.2 ¶¶ 10–11”): it covers each of them.
      const evidence = (
        await items.locator('a.citation').evaluateAll((as) =>
          as.map((a) => {
            const u = new URL((a as HTMLAnchorElement).href);
            return { at: u.pathname + u.hash, label: a.getAttribute('aria-label') ?? '' };
          }),
        )
      ).flatMap(({ at, label }) => {
        const run = /^(.*-p)(\d+)$/.exec(at);
        const upTo = /¶¶ \d+–(\d+)$/.exec(label);
        if (!run || !upTo) return [at];
        return Array.from({ length: Number(upTo[1]) - Number(run[2]) + 1 }, (_, i) => `${run[1]}${Number(run[2]) + i}`);
      });
      for (const [id, w] of want) for (const s of w.sources) expect(evidence, id).toContain(s);
      // Each item says how firmly its source says it.
      for (const t of await items.locator('.attribution').allInnerTexts())
        expect(['alleged', 'reported', 'established']).toContain(t.trim());
      // The evidence opens the cited passage.
      const first = items.first().locator('a.citation').first();
      const target = new URL(await first.evaluate((a) => (a as HTMLAnchorElement).href)).hash.slice(1);
      await first.click();
      await page.waitForURL(new RegExp(`#${target}$`));
      expect(await page.locator(`[id="${target}"]`).count()).toBe(1);
      await context.close();
    });
  }
});

describe('search by act', () => {
  it('offers the acts as a filter on /search/ and finds only cases recording the chosen act', async () => {
    const context = await newContext();
    const page = await context.newPage();
    await page.goto(`${site.url}/search/?q=Lee&act=${encodeURIComponent('Forcible return (refoulement)')}`);
    await page
      .locator('[data-search-status]')
      .filter({ hasText: /result/ })
      .waitFor({ timeout: 15_000 });
    expect(await page.locator('select[name=act]').inputValue()).toBe('Forcible return (refoulement)');
    const found = await page
      .locator('#search-results > li > a.result-title')
      .evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
    expect(found).toContain('/cases/lee-yen-sen/');
    const recording = new Set(
      readdirSync(join(ROOT, 'content/cases'))
        .filter((f) => /"?act"?: forcible-return\b/.test(readFileSync(join(ROOT, 'content/cases', f), 'utf8')))
        .map((f) => `/cases/${f.replace(/\.mdx$/, '')}/`),
    );
    expect(recording.size).toBeGreaterThan(1);
    for (const p of found) expect(recording, `${p} is not a case recording forcible return`).toContain(p);
    await context.close();
  });
});
