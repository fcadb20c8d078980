/**
 * A site that earns trust, and the path without JavaScript (issue 9): who publishes it and how to
 * reach them, corrections and removal, licences, the date of the last change, a 404 page; the
 * A–Z index of every case subject; exports of places, people and organizations; CSV that opens
 * in a spreadsheet; plain labels; names tagged with their language.
 */
import { describe, it, expect } from 'vitest';
import { readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { parse, all, one, attr, text } from '../support/html.ts';
import { DIST, page, builtPages } from '../support/project.ts';
import { readCases, readPlaces } from '../support/content.ts';
import { parse as yaml } from 'yaml';
import { ROOT } from '../support/project.ts';
import { SITE } from '../../src/data/site.ts';

const tree = (path: string) => parse(page(path));

describe('the About page', () => {
  const about = tree('about/index.html');
  const section = (heading: string) => {
    const body = text(one(about, 'main')!);
    const at = body.indexOf(heading, body.indexOf(heading) + heading.length);
    return body.slice(at < 0 ? body.indexOf(heading) : at);
  };
  it('names publisher, maintainer and contact, and says plainly when they are placeholders', () => {
    const heads = all(about, 'h2').map(text);
    for (const h of [
      'Who publishes it',
      'Corrections',
      'Removing a name',
      'Reusing texts and data',
      'How the record is checked',
    ])
      expect(heads).toContain(h);
    const mail = all(about, 'main a[href^="mailto:"]').map((a) => attr(a, 'href'));
    // The address where it is set; until then no link, and words saying it is not set (never a made-up address).
    if (SITE.contact.email) {
      expect(mail.length).toBeGreaterThan(2);
      for (const m of mail) expect(m).toBe(`mailto:${SITE.contact.email}`);
    } else {
      expect(mail).toEqual([]);
      expect(all(about, 'main .not-set').length).toBeGreaterThan(2);
    }
    expect(text(about)).toContain(SITE.publisher);
    expect(text(about)).toContain(SITE.maintainer);
    expect(Boolean(one(about, '.notice')) && text(one(about, '.notice')!).includes('placeholders')).toBe(
      SITE.placeholder,
    );
    if (SITE.placeholder) expect(SITE.contact.email).toBe('');
  });
  it('has a corrections and a removal policy, the licences, and says the source documents are not the archive’s to license', () => {
    expect(section('Removing a name')).toMatch(/removed/);
    const reuse = section('Reusing texts and data');
    expect(reuse).toContain(SITE.licences.texts.name);
    expect(reuse).toContain(SITE.licences.data.name);
    expect(reuse).toMatch(/source documents[^.]*copyright/i);
    expect(reuse).toContain('Amnesty International');
    const licence = all(about, 'a').find((a) => attr(a, 'href') === SITE.licences.texts.url)!;
    expect(attr(licence, 'rel')).toContain('noreferrer');
  });
  it('gives the date of the last change, as every page’s footer does', () => {
    const time = one(about, 'main .last-change time')!;
    expect(attr(time, 'dateTime')).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    for (const [path, html] of builtPages().filter(([, h]) => !/http-equiv="refresh"/i.test(h.slice(0, 3000)))) {
      expect(attr(one(parse(html), 'footer time')!, 'dateTime'), path).toBe(attr(time, 'dateTime'));
    }
  });
});

describe('an address the archive does not have', () => {
  it('gets a page with search and the main ways in, kept out of search engines and the sitemap', () => {
    const t = tree('404.html');
    expect(text(one(t, 'h1')!)).toMatch(/No page/);
    const forms = all(t, 'main form[role=search]');
    expect(forms.length).toBe(1);
    expect(attr(forms[0], 'action')).toBe('/search/');
    const links = all(t, 'main a').map((a) => attr(a, 'href'));
    for (const p of ['/cases/', '/documents/', '/index/', '/timeline/', '/']) expect(links).toContain(p);
    expect(attr(one(t, 'meta[name=robots]')!, 'content')).toBe('noindex');
    expect(readFileSync(join(DIST, 'sitemap.xml'), 'utf8')).not.toContain('404');
  });
});

describe('the A–Z index, the way in without JavaScript', () => {
  const cases = readCases();
  const whole = tree('index/index.html');
  const entries = all(whole, 'dl.az dt').map((dt) => ({
    term: text(dt).replace(/ \((person|place|organization|case)\)$/, ''),
    dt,
  }));
  it('lists every named case subject under its title and every spelling the sources use', () => {
    const named = cases.filter((c) => c.data.names.length > 0);
    expect(named.length).toBeGreaterThan(10);
    for (const c of named) {
      const href = `/cases/${c.id}/`;
      expect(all(whole, `dl.az dt > a[href="${href}"]`).length, c.id).toBe(1);
      for (const n of c.data.names.map((x) => x.name.replace(/[[\]]/g, ''))) {
        const found = entries.some(
          (e) =>
            e.term === n &&
            (attr(one(e.dt, 'a') ?? e.dt, 'href') === href || all(whole, `dd a[href="${href}"]`).length > 0),
        );
        expect(found, `${c.id}: ${n}`).toBe(true);
      }
    }
    expect(page('index/index.html')).toMatch(
      /<dt>Tsoi<\/dt><dd>see <a href="\/cases\/tsoy-li\/">“Tsoy Li”<\/a> <span class="muted">\(case\)<\/span>/,
    );
    expect(page('index/index.html')).toMatch(/<dt lang="ru">Цой Ли<\/dt><dd>see <a href="\/cases\/tsoy-li\/">/);
  });
  it('gives each Latin letter, the Cyrillic letters and the other scripts pages of their own, holding the same entries', () => {
    const shelf = (letter: string) =>
      /^[A-Z]$/.test(letter) ? letter.toLowerCase() : /\p{Script=Cyrillic}/u.test(letter) ? 'cyrillic' : 'other';
    const want = new Map<string, number>();
    for (const s of all(whole, 'main section')) {
      const letter = text(one(s, 'h2')!);
      want.set(shelf(letter), (want.get(shelf(letter)) ?? 0) + all(s, 'dl.az dd').length);
    }
    for (const slug of [...'abcdefghijklmnopqrstuvwxyz', 'cyrillic', 'other']) {
      const own = parse(page(`index/${slug}/index.html`));
      expect(all(own, 'dl.az dd').length, slug).toBe(want.get(slug) ?? 0);
    }
  });
});

describe('exports', () => {
  const ids = (f: string) =>
    (yaml(readFileSync(join(ROOT, 'content', f), 'utf8')) as { id: string }[]).map((x) => x.id).sort();
  const places = readPlaces()
    .map((p) => p.id)
    .sort();
  it('of places (with coordinates, or why there are none), people and organizations, as JSON and CSV', () => {
    const json = (f: string) => JSON.parse(readFileSync(join(DIST, 'data', f), 'utf8')) as Record<string, unknown>[];
    const p = json('places.json');
    expect(p.map((x) => x.id).sort()).toEqual(places);
    for (const x of p) {
      if (x.latitude === null) expect(String(x.no_coordinates).length, String(x.id)).toBeGreaterThan(5);
      else {
        expect(typeof x.latitude).toBe('number');
        expect(typeof x.longitude).toBe('number');
      }
    }
    expect(
      json('people.json')
        .map((x) => x.id)
        .sort(),
    ).toEqual(ids('people.yaml'));
    expect(
      json('organizations.json')
        .map((x) => x.id)
        .sort(),
    ).toEqual(ids('organizations.yaml'));
    for (const f of ['places', 'people', 'organizations']) {
      const csv = readFileSync(join(DIST, 'data', `${f}.csv`), 'utf8');
      expect(
        csv
          .replace(/^\uFEFF/, '')
          .split('\r\n')[0]
          .split(',')[0],
      ).toBe('id');
      const links = all(tree('data/index.html'), 'main a').map((a) => attr(a, 'href'));
      expect(links).toContain(`/data/${f}.json`);
      expect(links).toContain(`/data/${f}.csv`);
    }
  });
  it('in CSV that spreadsheets open as UTF-8: every file starts with a byte order mark', () => {
    const files = all(tree('data/index.html'), 'main a')
      .map((a) => attr(a, 'href')!)
      .filter((h) => h.endsWith('.csv'));
    expect(new Set(files).size).toBeGreaterThanOrEqual(9);
    for (const f of new Set(files)) {
      const bytes = readFileSync(join(DIST, f));
      expect([...bytes.subarray(0, 3)], f).toEqual([0xef, 0xbb, 0xbf]);
    }
  });
});

describe('plain words and languages', () => {
  it('no page says "(s)" or marks a name lang="und"', () => {
    const bad: string[] = [];
    for (const [path, html] of builtPages()) {
      if (/lang="und"/.test(html)) bad.push(`${path}: lang="und"`);
      const t = parse(html);
      const main = one(t, 'main');
      if (main && /\b\w+\(s\)/.test(text(main))) bad.push(`${path}: ${/\S*\b\w+\(s\)\S*/.exec(text(main))![0]}`);
    }
    expect(bad).toEqual([]);
  });
  it('tags Cyrillic and Hangul spellings with their language', () => {
    const t = tree('places/vladivostok/index.html');
    expect(all(t, '.also-spelled [lang="ru"]').map(text)).toContain('Владивосток');
    expect(all(t, '.also-spelled [lang="ko"]').length).toBeGreaterThan(0);
    expect(existsSync(join(DIST, 'index', 'cyrillic', 'index.html'))).toBe(true);
  });
});

describe('the home page shows the record', () => {
  it('cases by status and by place, documents by year, the most recently known and the most documented cases, all bounded', () => {
    const t = tree('index.html');
    const links = (section: string, selector = 'a') =>
      all(one(t, `section[aria-labelledby="${section}"]`)!, selector).map((a) => attr(a, 'href')!);
    const status = links('by-status', 'svg a');
    expect(status.length).toBeGreaterThan(3);
    for (const h of status) expect(h).toMatch(/^\/cases\/status\/[a-z-]+\/$/);
    const places = links('by-place', 'svg a');
    expect(places.length).toBeGreaterThan(3);
    expect(places.length).toBeLessThanOrEqual(8);
    for (const h of places) expect(h).toMatch(/^\/cases\/place\/[a-z0-9-]+\/$/);
    const years = all(one(t, 'section[aria-labelledby="documents-by-year"]')!, 'dt').map(text);
    expect(years.length).toBeGreaterThan(1);
    expect([...years].sort().reverse()).toEqual(years);
    for (const s of ['recent', 'documented']) {
      const cases = links(s, 'li a');
      expect(cases.length, s).toBeGreaterThan(2);
      expect(cases.length, s).toBeLessThanOrEqual(6);
      for (const h of cases) expect(h).toMatch(/^\/cases\/[a-z0-9-]+\/$/);
    }
  });
});
