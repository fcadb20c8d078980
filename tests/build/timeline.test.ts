/** The built timeline and the case pages' own timelines, read from dist/ with a real HTML parser. */
import { describe, it, expect } from 'vitest';
import { readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { parse, all, one, attr, text } from '../support/html.ts';
import { page, ROOT, DIST } from '../support/project.ts';
import { firstLoadGzip } from '../support/budget.ts';
import { readCases } from '../support/content.ts';
import { compareDates } from '../../src/lib/dates.ts';

const cases = readCases();
const facts = parseYaml(readFileSync(join(ROOT, 'content', 'document-events.yaml'), 'utf8')) as {
  id: string;
  date: string;
  text: string;
  kind: string;
  place?: string;
  sources: string[];
}[];
const tree = parse(page('timeline/index.html'));
const items = all(tree, '[data-timeline] li.tl-event');
const dateOf = (li: (typeof items)[number]) => attr(li, 'dataDate')!;

describe('/timeline/', () => {
  it('holds every event of every case and every dated fact of the documents, each once', () => {
    const caseEvents = cases.flatMap((c) => c.data.events.map((e: { text: string }) => e.text));
    const texts = items.map((li) => {
      const all = text(one(li, '.tl-text')!);
      const c = one(li, '.tl-case');
      return c ? all.slice(text(c).length + 1).trim() : all;
    });
    for (const t of caseEvents) expect(texts, t).toContain(t);
    for (const f of facts) expect(texts, f.id).toContain(f.text);
    expect(items.length).toBeGreaterThanOrEqual(caseEvents.length + facts.length);
  });

  it('is in date order across precisions, grouped by decade and year, with a jump link to each decade', () => {
    const dates = items.map(dateOf);
    expect([...dates].sort(compareDates)).toEqual(dates);
    const decades = all(tree, 'section.tl-decade').map((s) => attr(s, 'id'));
    expect(decades.length).toBeGreaterThan(3);
    const jumps = all(tree, 'nav.tl-jump a').map((a) => attr(a, 'href'));
    expect(jumps).toEqual(decades.map((d) => `/timeline/#${d}`));
    for (const y of all(tree, 'section.tl-year')) {
      const id = attr(y, 'id')!;
      // A year's group holds that year's dates; a period's group ("late-1980s-undated") that period only.
      for (const li of all(y, 'li.tl-event')) {
        if (id.endsWith('-undated')) expect(dateOf(li)).toBe(id.replace(/-undated$/, ''));
        else expect(dateOf(li).startsWith(id.replace(/^y/, ''))).toBe(true);
      }
    }
  });

  it('links every event to its sources’ paragraphs, and a case’s events to the case', () => {
    for (const li of items) {
      const cites = all(li, 'a.citation').map((a) => attr(a, 'href')!);
      expect(cites.length).toBeGreaterThan(0);
      for (const href of cites) expect(href).toMatch(/^\/documents\/[a-z0-9-]+\/(#[a-z0-9-]+)?$/);
      if (attr(li, 'dataCase')) expect(one(li, `a[href="/cases/${attr(li, 'dataCase')}/"]`)).toBeTruthy();
    }
    const law = items.find((li) => text(li).includes('comprehensive refugee law'))!;
    expect(text(one(law, 'time')!)).toBe('March 1993');
    expect(attr(one(law, 'a.citation')!, 'href')).toBe('/documents/amnesty-1996/#3-1-p2');
  });

  it('shows precision and certainty: an approximate date says so and its note is kept', () => {
    const approx = items.filter((li) => (attr(li, 'className') ?? '').includes('tl-approximate'));
    expect(approx.length).toBeGreaterThan(0);
    for (const li of approx) {
      expect(text(one(li, '.tl-when')!)).toMatch(/^about /);
      expect(one(li, '.tl-note')).toBeTruthy();
    }
    expect(items.some((li) => text(one(li, '.tl-precision')!) === 'year only')).toBe(true);
  });

  it('offers filters by kind, place and case as plain links to pages that hold only those events', () => {
    for (const kind of ['kind', 'place', 'case']) {
      const links = all(tree, `nav.tl-filters a[data-filter="${kind}"]`);
      expect(links.length, kind).toBeGreaterThan(0);
      for (const a of links) {
        const href = attr(a, 'href')!;
        const value = attr(a, 'dataValue')!;
        expect(href).toBe(`/timeline/${kind}/${value}/`);
        const file = join(DIST, href, 'index.html');
        expect(existsSync(file), href).toBe(true);
        // A filter's list is paged past 100 events (src/lib/paging.ts): count the events of all its pages.
        const sub: ReturnType<typeof all> = [];
        for (let n = 1, f = file; existsSync(f); n++, f = join(DIST, href, 'page', String(n), 'index.html')) {
          sub.push(...all(parse(readFileSync(f, 'utf8')), '[data-timeline] li.tl-event'));
        }
        expect(sub.length, href).toBe(
          items.filter(
            (li) => attr(li, kind === 'kind' ? 'dataKind' : kind === 'place' ? 'dataPlace' : 'dataCase') === value,
          ).length,
        );
      }
    }
  });

  it('gives each decade a page of its own holding exactly that decade’s events', () => {
    const decades = all(tree, 'section.tl-decade').map((s) => attr(s, 'id')!);
    for (const d of decades) {
      const sub = parse(page(`timeline/${d}/index.html`));
      const lis = all(sub, '[data-timeline] li.tl-event');
      expect(lis.length, d).toBe(all(one(tree, `section.tl-decade[id="${d}"]`)!, 'li.tl-event').length);
      expect(all(sub, 'nav.tl-jump a').map((a) => attr(a, 'href'))).toEqual(decades.map((x) => `/timeline/${x}/`));
    }
  });

  it('stays within its budget: <= 50 KB gzip on first load', () => {
    expect(firstLoadGzip('timeline/index.html').total).toBeLessThanOrEqual(50 * 1024);
  });
});

describe('case pages', () => {
  it('show their own events as the same timeline, in date order, with one date column', () => {
    for (const c of cases) {
      const t = parse(page(`cases/${c.id}/index.html`));
      const lis = all(t, 'section[aria-labelledby="events"] ol.tl-events > li.tl-event');
      expect(lis.length, c.id).toBe(c.data.events.length);
      const dates = lis.map((li) => attr(li, 'dataDate')!);
      expect([...dates].sort(compareDates), c.id).toEqual(dates);
      expect(one(t, `a[href="/timeline/case/${c.id}/"]`), c.id).toBeTruthy();
    }
  });
});

describe('/data/dated-facts', () => {
  it('gives the dated facts of the documents as JSON and CSV, the same records in date order', () => {
    const json = JSON.parse(readFileSync(join(DIST, 'data', 'dated-facts.json'), 'utf8')) as {
      id: string;
      date: string;
      sources: string[];
    }[];
    expect(json.map((r) => r.id).sort()).toEqual(facts.map((f) => f.id).sort());
    expect(json.map((r) => r.date)).toEqual([...json.map((r) => r.date)].sort(compareDates));
    const csv = readFileSync(join(DIST, 'data', 'dated-facts.csv'), 'utf8');
    expect(csv.replace(/^\uFEFF/, '').split('\r\n')[0]).toBe(
      'id,date,precision,certainty,date_note,kind,text,place,sources',
    );
    for (const r of json) expect(csv).toContain(`${r.id},${r.date},`);
  });
});
