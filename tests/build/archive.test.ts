/** Cases, documents, entities and data in the built site, checked against the content files. */
import { describe, it, expect } from 'vitest';
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { DIST, ROOT, page } from '../support/project.ts';
import { parse, all, one, text, attr } from '../support/html.ts';

const caseIds = readdirSync(join(ROOT, 'content', 'cases'))
  .filter((f) => f.endsWith('.mdx'))
  .map((f) => f.replace(/\.mdx$/, ''));
const yaml = (f: string) => parseYaml(readFileSync(join(ROOT, 'content', f), 'utf8')) as { id: string; name: string }[];

describe('case files', () => {
  it('every case file has a page', () => {
    expect(caseIds.length).toBeGreaterThanOrEqual(25);
    for (const id of caseIds) expect(existsSync(join(DIST, 'cases', id, 'index.html')), id).toBe(true);
  });

  it('gives a case’s key dates once when they are one date or the last lies within the first (never “29 June 1995 to 29 June 1995”)', () => {
    const spans = caseIds.map((id) => {
      const box = one(parse(page(`cases/${id}/index.html`)), '.fact-box .meta')!;
      const items = box.children.filter((n): n is typeof box => n.type === 'element');
      const at = items.findIndex((n) => n.tagName === 'dt' && text(n) === 'Key dates');
      return [id, text(items[at + 1])] as const;
    });
    const of = new Map(spans);
    expect(of.get('mr-kwon-moscow-1995')).toBe('29 June 1995 (partly inferred)');
    expect(of.get('chegdomyn-prison-witness')).toBe('1990s (inferred)');
    expect(of.get('choe-kum-chol')).toBe('May 2019 (inferred) to 25 February 2022 (inferred)');
    for (const [id, span] of spans) {
      expect(span, id).not.toBe('');
      const [from, to] = span.split(' to ');
      if (to)
        expect(to.replace(/ \(\w+\)$/, '').replace(/^about /, ''), `${id}: ${span}`).not.toBe(
          from.replace(/ \(\w+\)$/, '').replace(/^about /, ''),
        );
    }
  });

  it('every case page shows status, dates and sources, and cites at least one passage that exists', () => {
    for (const id of caseIds) {
      const t = parse(page(`cases/${id}/index.html`));
      expect(text(one(t, '.fact-box')!), id).toMatch(/Status\s*.+ as of/);
      const citations = all(t, 'a.citation').map((a) => attr(a, 'href')!);
      expect(citations.length, id).toBeGreaterThan(0);
      for (const href of citations) {
        const [path, anchor] = href.split('#');
        const target = readFileSync(join(DIST, path, 'index.html'), 'utf8');
        expect(target.includes(` id="${anchor}"`), `${id} → ${href}`).toBe(true);
      }
      expect(all(t, '.tl-events li.tl-event').length, id).toBeGreaterThan(0);
      expect(all(t, '.narrative p a.citation').length, id).toBeGreaterThan(0);
    }
  });

  it('never sets parentheses inside parentheses in a case’s sources (“(VOA 2022 [reworded copy])”), but keeps a quotation’s own', () => {
    const sources = caseIds.map(
      (id) => [id, text(one(parse(page(`cases/${id}/index.html`)), 'section[aria-labelledby="sources"]')!)] as const,
    );
    expect(sources.some(([, t]) => t.includes('(VOA 2022 [reworded copy])'))).toBe(true);
    // Words quoted from a source keep their own parentheses.
    expect(sources.some(([, t]) => t.includes('“Jong Su (name has been changed)”'))).toBe(true);
    for (const [id, t] of sources) expect(t.replace(/“[^”]*”/g, '“…”'), id).not.toMatch(/\([^()]*\(/);
  });

  it('flags pseudonyms with the source’s own words', () => {
    const t = parse(page('cases/jong-su/index.html'));
    const flag = one(t, '.fact-box .pseudonym-flag');
    expect(flag && text(flag)).toBe('Pseudonym');
    expect(text(one(t, '.fact-box')!)).toContain('name has been changed');
  });

  it('lists every case in the table, complete without JavaScript, by name (pseudonyms by the name, not the quotation mark)', () => {
    const t = parse(page('cases/index.html'));
    const rows = all(t, 'table.case-table tbody tr');
    expect(rows.length).toBe(caseIds.length);
    for (const id of caseIds) expect(one(t, `tbody a[href="/cases/${id}/"]`), id).toBeTruthy();
    const names = rows.map((r) => text(one(r, 'td a')!).replace(/^[“”"]+/, ''));
    expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b, 'en')));
    expect(all(t, 'script[src]').length, 'the case list needs no script').toBe(0);
  });

  it('offers every filter as a plain link with its count, and each leads to exactly the cases it counts', () => {
    const t = parse(page('cases/index.html'));
    const links = all(t, '.case-facets a[href^="/cases/"]');
    expect(links.length).toBeGreaterThan(10);
    for (const kind of ['status', 'decade', 'source', 'place'])
      expect(
        links.some((a) => String(a.properties.href).startsWith(`/cases/${kind}/`)),
        kind,
      ).toBe(true);
    for (const a of links) {
      const href = String(a.properties.href);
      const count = Number(text(one(a, '.count')!).replace(/\D/g, ''));
      const list = parse(page(`${href.slice(1)}index.html`));
      expect(all(list, 'table.case-table tbody tr').length, href).toBe(Math.min(count, 100));
    }
  });
});

describe('back-links between cases, documents and entities', () => {
  it('a case links to its places and people, and their pages link back', () => {
    const c = parse(page('cases/jong-su/index.html'));
    for (const href of ['/places/artem/', '/people/tatiana-tyutyunik/']) {
      expect(one(c, `.fact-box a[href="${href}"]`), href).toBeTruthy();
      expect(one(parse(page(`${href.slice(1)}index.html`)), 'a[href="/cases/jong-su/"]'), href).toBeTruthy();
    }
  });

  it('an entity page lists the document passages that name it, in any spelling', () => {
    const t = parse(page('places/artem/index.html'));
    const links = all(t, '#mentions ~ ul a').map((a) => attr(a, 'href'));
    expect(links).toContain('/documents/cac-2020/#p7'); // "the city of Artem"
    expect(links).toContain('/documents/cac-2020/#p8'); // "Artyom City Police Department"
  });

  it('a publisher’s page links to the documents it published', () => {
    const t = parse(page('organizations/amnesty-international/index.html'));
    expect(one(t, 'a[href="/documents/amnesty-1996/"]')).toBeTruthy();
  });

  it('every person, place and organization has a page', () => {
    for (const kind of ['places', 'people', 'organizations']) {
      for (const e of yaml(`${kind}.yaml`))
        expect(existsSync(join(DIST, kind, e.id, 'index.html')), `${kind}/${e.id}`).toBe(true);
    }
  });
});

describe('documents', () => {
  it('all five are published, each with a plain-text download and its citation', () => {
    for (const id of ['amnesty-1996', 'hrw-2022', 'cac-2020', 'lfnkr-2022', 'voa-2022']) {
      const t = parse(page(`documents/${id}/index.html`));
      expect(text(one(t, '.provenance')!), id).toMatch(/\w/);
      for (const ext of ['txt', 'ris', 'bib']) {
        expect(one(t, `a[href="/documents/${id}/${id}.${ext}"]`), `${id}.${ext}`).toBeTruthy();
        expect(
          readFileSync(join(DIST, 'documents', id, `${id}.${ext}`), 'utf8').length,
          `${id}.${ext}`,
        ).toBeGreaterThan(100);
      }
    }
    const txt = readFileSync(join(DIST, 'documents/amnesty-1996/amnesty-1996.txt'), 'utf8');
    expect(txt).toContain('[3-3-2-p4] The Russian authorities generally refuse');
    expect(txt).toContain('NOTES');
  });

  it('the LFNKR update carries the NEWS POST SEVEN translation as a separately dated part', () => {
    const t = parse(page('documents/lfnkr-2022/index.html'));
    expect(one(t, '[id="news-post-seven-translation"]')).toBeTruthy();
    const header = text(one(t, '.doc-header')!);
    expect(header).toMatch(/Part.*North Korea Tightens Surveillance.*2 March 2022/);
  });

  it('the VOA copy has an editor’s note and a searchable table of its garbled terms', () => {
    const t = parse(page('documents/voa-2022/index.html'));
    const note = one(t, 'article[data-pagefind-body] .editors-note');
    expect(note).toBeTruthy();
    const rows = all(note!, 'tbody tr').map((tr) => all(tr, 'td').map(text).join(' = '));
    expect(rows).toContain('protected passage = safe passage');
    expect(rows.some((r) => r.includes('Defense Forum Foundation'))).toBe(true);
  });
});

describe('data for researchers', () => {
  it('offers cases and events as JSON and CSV, with the same records', () => {
    const cases = JSON.parse(readFileSync(join(DIST, 'data/cases.json'), 'utf8')) as { id: string; status: string }[];
    expect(cases.map((c) => c.id).sort()).toEqual([...caseIds].sort());
    const csv = readFileSync(join(DIST, 'data/cases.csv'), 'utf8').trim().split('\r\n');
    expect(csv[0].split(',')).toContain('status');
    expect(csv.length).toBe(cases.length + 1);
    const events = JSON.parse(readFileSync(join(DIST, 'data/events.json'), 'utf8')) as {
      case: string;
      sources: string[];
    }[];
    expect(events.length).toBeGreaterThan(cases.length);
    for (const e of events) expect(e.sources.length, e.case).toBeGreaterThan(0);
    expect(readFileSync(join(DIST, 'data/events.csv'), 'utf8').trim().split('\r\n').length).toBeGreaterThan(
      events.length,
    );
  });
});

describe('pages do not grow with the archive', () => {
  it('no page lists the whole archive in its navigation', () => {
    const t = parse(page('documents/amnesty-1996/index.html'));
    const navLinks = all(t, 'header nav a, footer nav a');
    expect(navLinks.length).toBeLessThan(16);
    // The ways in, never the entries themselves.
    expect(
      navLinks
        .map((a) => attr(a, 'href')!)
        .filter((h) => /^\/(cases|documents|places|people|organizations)\/[^/]+\//.test(h)),
    ).toEqual([]);
  });
});
