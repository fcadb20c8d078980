/**
 * The corrections log and the hedged statuses: what a reader who cited an earlier version
 * needs, read from the built pages and checked against content/corrections.yaml.
 */
import { describe, it, expect } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { ROOT, page } from '../support/project.ts';
import { parse, all, one, text, attr } from '../support/html.ts';
import { readCases } from '../support/content.ts';

const log = parseYaml(readFileSync(join(ROOT, 'content', 'corrections.yaml'), 'utf8')) as {
  id: string;
  about: string;
  date: string;
}[];

describe('the public corrections log', () => {
  it('lists every correction with its date, the page it changed and why, and is linked from every page', () => {
    const t = parse(page('corrections/index.html'));
    expect(all(t, 'ol.corrections > li').length).toBe(log.length);
    for (const c of log) {
      const item = one(t, `li[id="${c.id}"]`);
      expect(item, c.id).toBeTruthy();
      expect(one(item!, `a[href="/${c.about}/"]`), c.id).toBeTruthy();
      expect(attr(one(item!, 'time')!, 'dateTime')).toBe(c.date);
      expect(text(item!)).toMatch(/Why:/);
    }
    expect(one(parse(page('index.html')), 'footer a[href="/corrections/"]')).toBeTruthy();
  });

  it('marks each corrected case page, linking to its entries in the log', () => {
    for (const c of log.filter((x) => x.about.startsWith('cases/'))) {
      const t = parse(page(`${c.about}/index.html`));
      expect(one(t, `aside.corrected a[href="/corrections/#${c.id}"]`), c.id).toBeTruthy();
    }
    expect(one(parse(page('cases/jong-su/index.html')), 'aside.corrected')).toBeTruthy();
  });
});

describe('statuses keep the sources’ hedges', () => {
  it('shows a reported status as reported, on the case and in the list', () => {
    const statusOf = (id: string) => text(one(parse(page(`cases/${id}/index.html`)), '.fact-box .status')!);
    expect(statusOf('kim-sun-ho')).toBe('Reportedly died');
    expect(statusOf('mr-park-1989')).toBe('Reportedly released');
    expect(statusOf('choe-kum-chol')).toBe('Reportedly detained');
    expect(statusOf('song-chang-keun')).toBe('Reported executed');
    const list = text(parse(page('cases/status/reported-died/index.html')));
    expect(list).toContain('Kim Sun Ho');
  });

  it('no case page or export cites an internal file instead of a source', () => {
    for (const path of [
      'cases/choe-kum-chol/index.html',
      'cases/jong-su/index.html',
      'cases/tsoy-li/index.html',
      'data/events.csv',
      'data/cases.json',
    ]) {
      expect(readFileSync(join(ROOT, 'dist', path), 'utf8'), path).not.toMatch(/seeds? README/i);
    }
  });
});

describe('dates the sources do not give are not shown', () => {
  it('shows a period as the period and an undated event as such, never a year picked for it', () => {
    const t = text(parse(page('cases/chegdomyn-prison-witness/index.html')));
    expect(t).toContain('early 1990s');
    expect(t).toContain('1990s (inferred)');
    expect(t).not.toMatch(/about 19\d\d/);
    const loyalty = text(parse(page('cases/logger-loyalty-statement/index.html')));
    expect(loyalty).toContain('late 1980s');
    expect(loyalty).not.toMatch(/about 1987|\b1987\b/);
  });
});

describe('a place with no known position has no point', () => {
  it('shows no coordinates for Elkhilkan, says why on its page and on the map, and draws no marker', () => {
    for (const id of ['elkhilkan', 'elkhilkan-prison']) {
      const facts = text(one(parse(page(`places/${id}/index.html`)), 'main')!);
      expect(facts, id).toMatch(/Coordinates\s*Not known\./);
      expect(facts, id).not.toMatch(/\d+\.\d{4}, \d+\.\d{4}/);
      expect(one(parse(page(`places/${id}/index.html`)), '.place-locator'), id).toBeFalsy();
    }
    const map = parse(page('map/index.html'));
    expect(all(map, 'svg a').some((a) => attr(a, 'href') === '/places/elkhilkan/')).toBe(false);
    expect(text(map)).toContain('some 400 kilometres from Chegdomyn');
  });
});

describe('descriptions of unnamed people are not shown as names', () => {
  const cases = readCases();
  it('keeps every description out of “Also written” and says the sources do not name the subject', () => {
    const described = cases.filter((c) => (c.data.descriptions ?? []).length > 0);
    expect(described.length).toBeGreaterThan(20);
    for (const c of described) {
      const box = parse(page(`cases/${c.id}/index.html`));
      const dds = all(box, '.fact-box dd');
      const facts = new Map(all(box, '.fact-box dt').map((d, i) => [text(d), text(dds[i])]));
      for (const d of c.data.descriptions) expect(facts.get('Also written') ?? '', c.id).not.toContain(d.label);
      if (c.data.names.length === 0) expect(facts.get('Name'), c.id).toMatch(/^Not named in the sources/);
      for (const d of c.data.descriptions.filter((x: { label: string }) => x.label !== c.data.title))
        expect(facts.get('Also described as'), c.id).toContain(d.label);
    }
    const chegdomyn = text(one(parse(page('cases/chegdomyn-prison-witness/index.html')), '.fact-box')!);
    expect(chegdomyn).not.toMatch(/Also written[^]*Former worker from the Chegdomyn logging site/);
  });

  it('exports names and descriptions apart', () => {
    const exported = JSON.parse(readFileSync(join(ROOT, 'dist', 'data', 'cases.json'), 'utf8')) as {
      id: string;
      names: string[];
      descriptions: string[];
    }[];
    const student = exported.find((c) => c.id === 'student-in-hiding-moscow')!;
    expect(student.names).toEqual([]);
    expect(student.descriptions).toEqual(['Unnamed North Korean student said to have gone into hiding in Russia']);
    expect(exported.find((c) => c.id === 'tsoy-li')!.names).toContain('Tsoi');
  });
});
