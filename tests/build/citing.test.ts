/**
 * Citing the archive, checked on the built site: every export of every document and case file
 * is read back with a real parser (BibTeX by the parser of Better BibTeX for Zotero, RIS and
 * CSL-JSON by citation-js) and compared with the content; the metadata of the pages is read
 * back from the HTML; no citation carries a made-up address; print is checked through
 * Chromium's PDF output.
 */
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { parse as parseBibtex } from '@retorquere/bibtex-parser';
import { Cite } from '@citation-js/core';
import '@citation-js/plugin-ris';
import { extractText, getDocumentProxy } from 'unpdf';
import { DIST, ROOT, builtPages, page } from '../support/project.ts';
import { parse, all, one, attr, text } from '../support/html.ts';
import { launch } from '../support/browser.ts';
import { serveDist } from '../support/server.ts';
import { readCases } from '../support/content.ts';

const SITE = 'http://localhost:4321';
const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const organizations = new Map((parseYaml(readFileSync(join(ROOT, 'content', 'organizations.yaml'), 'utf8')) as { id: string; name: string }[]).map((o) => [o.id, o.name]));
const documents = readdirSync(join(ROOT, 'content', 'documents')).filter((f) => f.endsWith('.mdx')).map((f) => {
  const m = /^---\n([\s\S]*?)\n---/.exec(readFileSync(join(ROOT, 'content', 'documents', f), 'utf8'))!;
  return { id: f.replace(/\.mdx$/, ''), data: parseYaml(m[1]) };
});
const cases = readCases();
const file = (path: string) => readFileSync(join(DIST, path), 'utf8');
const family = (name: string) => name.split(' ').at(-1);

describe('document exports, read back by real parsers', () => {
  it('covers every document', () => expect(documents.length).toBeGreaterThanOrEqual(5));

  for (const d of documents) {
    const title = d.data.subtitle ? `${d.data.title}: ${d.data.subtitle}` : d.data.title;
    const url = `${SITE}/documents/${d.id}/`;
    const publisher = organizations.get(d.data.publisher)!;
    const [y, mo, day] = String(d.data.published.date).split('-');
    const number = (d.data.identifiers ?? []).find((i: string) => !/older?\b/.test(i))?.replace(/^[^:]+:\s*/, '');

    it(`${d.id}.bib: BibTeX with title, authors, date, publisher, number and URL`, () => {
      const bib = parseBibtex(file(`documents/${d.id}/${d.id}.bib`));
      expect(bib.errors).toEqual([]);
      expect(bib.entries).toHaveLength(1);
      const f = bib.entries[0].fields as Record<string, any>;
      expect(f.title).toBe(title);
      expect(f.year).toBe(y);
      if (mo) expect(String(f.month)).toMatch(new RegExp(`^${MONTHS[Number(mo) - 1]}${day ? ` ${Number(day)}$` : '$'}`));
      expect([...(f.publisher ?? []), ...(f.institution ?? [])]).toContain(publisher);
      expect(f.url).toBe(url);
      const authors = (f.author ?? []).map((a: { lastName?: string; name?: string }) => a.lastName ?? a.name);
      if (d.data.authors.length) expect(authors).toEqual(d.data.authors.map(family));
      for (const a of authors) expect(a, 'an author is a name, never a remark').not.toMatch(/[()]|contributed/);
      if (number) expect(f.number).toBe(number);
      if (d.data.published.certainty !== 'exact') expect(f.note).toContain(`Date ${d.data.published.certainty}`);
    });

    it(`${d.id}.ris: RIS with the same, its year a year`, () => {
      const ris = file(`documents/${d.id}/${d.id}.ris`);
      expect(ris).toMatch(/^TY {2}- /);
      for (const line of ris.split('\r\n').filter(Boolean)) expect(line, 'every line a tag').toMatch(/^[A-Z][A-Z0-9] {2}- /);
      expect(ris).toMatch(new RegExp(`^PY  - ${y}\\r$`, 'm'));
      if (mo) expect(ris).toMatch(new RegExp(`^DA  - ${y}/0?${Number(mo)}/${day ? `0?${Number(day)}` : ''}/\\r$`, 'm'));
      const [item] = new Cite(ris).data as any[];
      expect(item.title).toBe(title);
      expect(item.URL).toBe(url);
      expect(item.publisher).toBe(publisher);
      expect(item.issued['date-parts'][0][0]).toBe(Number(y));
      const authors = (item.author ?? []).map((a: { family?: string; literal?: string }) => a.family ?? a.literal);
      if (d.data.authors.length) expect(authors).toEqual(d.data.authors.map(family));
      if (number) expect(item.number).toBe(number);
    });

    it(`${d.id}.json: CSL-JSON with the same, the date at its own precision`, () => {
      const [item] = JSON.parse(file(`documents/${d.id}/${d.id}.json`));
      expect(new Cite(item).data[0].title).toBe(title);
      expect(item.URL).toBe(url);
      expect(item.publisher).toBe(publisher);
      expect(item.issued['date-parts'][0]).toEqual([y, mo, day].filter(Boolean).map(Number));
      expect(Boolean(item.issued.circa)).toBe(d.data.published.certainty !== 'exact');
      expect(item.contributor?.map((c: { family: string }) => c.family) ?? []).toEqual((d.data.contributors ?? []).map(family));
    });
  }
});

describe('case exports and case pages', () => {
  it('covers every case', () => expect(cases.length).toBeGreaterThan(40));

  it('each case file exports BibTeX, RIS and CSL-JSON with its title, date of last change, the archive as publisher and its address', () => {
    for (const c of cases) {
      const url = `${SITE}/cases/${c.id}/`;
      const html = parse(page(`cases/${c.id}/index.html`));
      const changed = attr(one(html, 'meta[name="DC.date.modified"]')!, 'content')!;
      expect(changed >= c.data.published, c.id).toBe(true);
      const bib = parseBibtex(file(`cases/${c.id}/${c.id}.bib`));
      expect(bib.errors, c.id).toEqual([]);
      const f = bib.entries[0].fields as Record<string, any>;
      expect(f.title, c.id).toBe(c.data.title);
      expect(f.url, c.id).toBe(url);
      expect(f.year, c.id).toBe(changed.slice(0, 4));
      expect(f.publisher, c.id).toEqual(['North Koreans in Russia: the documented record']);
      const [ris] = new Cite(file(`cases/${c.id}/${c.id}.ris`)).data as any[];
      expect(ris.title, c.id).toBe(c.data.title);
      expect(ris.URL, c.id).toBe(url);
      expect(ris.issued['date-parts'][0], c.id).toEqual(changed.split('-').map(Number));
      const [json] = JSON.parse(file(`cases/${c.id}/${c.id}.json`));
      expect(json.genre).toBe('Case file');
      expect(json.URL).toBe(url);
    }
  });

  it('each case page carries Highwire, Dublin Core, Open Graph and schema.org metadata, a "Cite this case" in four styles and its change history', () => {
    for (const c of cases) {
      const t = parse(page(`cases/${c.id}/index.html`));
      const meta = (sel: string) => all(t, sel).map((m) => attr(m, 'content'));
      expect(meta('meta[name="citation_title"]'), c.id).toEqual([`${c.data.title}: case file`]);
      expect(meta('meta[name="citation_publisher"]'), c.id).toEqual(['North Koreans in Russia: the documented record']);
      expect(meta('meta[name="citation_public_url"]'), c.id).toEqual([`${SITE}/cases/${c.id}/`]);
      expect(meta('meta[name="DC.date.created"]'), c.id).toEqual([c.data.published]);
      expect(meta('meta[property="og:type"]'), c.id).toEqual(['article']);
      const ld = JSON.parse(text(one(t, 'script[type="application/ld+json"]')!));
      expect(ld['@type']).toBe('CreativeWork');
      expect(['Person', 'Event']).toContain(ld.about['@type']);
      expect(ld.publisher.name).toBe('North Koreans in Russia: the documented record');
      expect(ld.datePublished).toBe(c.data.published);
      for (const p of ld.spatialCoverage ?? []) if (p.geo) expect(typeof p.geo.latitude).toBe('number');
      const cite = one(t, 'section.cite-case')!;
      expect(all(cite, '.cite-styles dt').map(text), c.id).toEqual(['APA (7th edition)', 'Chicago (notes)', 'OSCOLA', 'Bluebook (legal citation)']);
      for (const dd of all(cite, '.cite-styles dd')) expect(text(dd), c.id).toContain(`${SITE}/cases/${c.id}/`);
      expect(all(cite, 'a[download]').map((a) => attr(a, 'href')), c.id).toEqual(['ris', 'bib', 'json'].map((x) => `/cases/${c.id}/${c.id}.${x}`));
      const history = all(t, '.change-history li').map(text);
      expect(history.at(-1), c.id).toMatch(/First published$/);
      expect(one(t, `a[href="/cases/${c.id}/dossier/"]`), c.id).toBeTruthy();
    }
  });

  it('names the archive as publisher, the case as about a person or an event, and a changed name as such', () => {
    const ld = (id: string) => JSON.parse(text(one(parse(page(`cases/${id}/index.html`)), 'script[type="application/ld+json"]')!));
    expect(ld('choe-kum-chol').about).toMatchObject({ '@type': 'Person', name: 'Choe Kum Chol' });
    expect(ld('tsoy-li').about.description).toMatch(/changed name/);
    expect(ld('vladivostok-airport-arrests-1995').about['@type']).toBe('Event');
  });

  it('a dossier holds the case file and the full text of every passage it cites, each with its citation and permalink', () => {
    const t = parse(page('cases/choe-kum-chol/dossier/index.html'));
    const items = all(t, '.evidence-passages > li');
    expect(items.length).toBeGreaterThan(10);
    const dispatch = page('documents/hrw-2022/index.html');
    for (const li of items) {
      expect(text(li)).toMatch(new RegExp(`<${SITE}/documents/[a-z0-9-]+/#[a-z0-9-]+>`));
    }
    const p4 = items.find((li) => text(li).includes('Human Rights Watch 2022, ¶4'))!;
    const source = text(one(parse(dispatch), '#p4')!).replace(/\s*¶$/, '').replace(/^⚖\s\d+/, '');
    expect(text(p4)).toContain(source.slice(0, 200));
    expect(text(one(t, '.narrative')!)).toContain('Choe Kum Chol');
  });
});

describe('documents show the cases citing them', () => {
  it('lists the citing cases and marks each cited paragraph with a link to them', () => {
    const t = parse(page('documents/hrw-2022/index.html'));
    const list = parse(page('documents/hrw-2022/cited/index.html'));
    const cited = all(list, '.cited-paragraphs li');
    expect(cited.length).toBeGreaterThan(0);
    const markers = all(t, '.document-text a.cited-by');
    expect(markers.length).toBe(cited.length);
    for (const m of markers) {
      const [path, hash] = attr(m, 'href')!.split('#');
      expect(path).toBe('/documents/hrw-2022/cited/');
      expect(one(list, `#${hash}`)).toBeTruthy();
    }
    expect(text(one(list, '#cited-by-p1')!)).toContain('Choe Kum Chol');
    expect(one(t, 'a[href="/documents/hrw-2022/cited/"]')).toBeTruthy();
  });
});

describe('readable citations', () => {
  it('groups the paragraphs of one document in a case narrative: "VOA 2022 (reworded copy), ¶¶ 1, 3, 5"', () => {
    const t = parse(page('cases/choe-kum-chol/index.html'));
    const groups = all(t, '.narrative .citation-group').map(text);
    expect(groups.some((g) => /^VOA 2022 \(reworded copy\), ¶¶ \d+(–\d+)?(, \d+(–\d+)?)+$/.test(g))).toBe(true);
    for (const g of all(t, '.narrative .citation-group')) {
      for (const a of all(g, 'a.citation')) expect(attr(a, 'dataUrl')).toMatch(new RegExp(`^${SITE}/documents/`));
    }
  });
});

describe('addresses', () => {
  it('no page or export carries a made-up address, and a preview build says it is one', () => {
    const pages = builtPages();
    for (const [path, html] of pages) {
      expect(html, path).not.toMatch(/example\.(org|com)/);
      if (/http-equiv="refresh"/i.test(html.slice(0, 3000))) continue;
      expect(html, path).toContain('class="preview-notice"');
    }
    for (const d of documents) for (const ext of ['bib', 'ris', 'json', 'txt']) expect(file(`documents/${d.id}/${d.id}.${ext}`)).not.toMatch(/example\.(org|com)/);
    expect(file('robots.txt')).toContain(`Sitemap: ${SITE}/sitemap.xml`);
  });
});

describe('paper', () => {
  let server: Awaited<ReturnType<typeof serveDist>>;
  let browser: Awaited<ReturnType<typeof launch>>;
  beforeAll(async () => { server = await serveDist(); browser = await launch(); });
  afterAll(async () => { await browser?.close(); await server?.close(); });

  const printed = async (path: string) => {
    const p = await browser.newPage();
    await p.goto(server.url + path);
    const pdf = await p.pdf({ format: 'A4' });
    await p.close();
    const { text: t } = await extractText(await getDocumentProxy(new Uint8Array(pdf)), { mergePages: true });
    return t as string;
  };

  it('a printed document keeps its § and ¶ numbers, its footnotes (without ↩) and its citation', async () => {
    const t = await printed('/documents/amnesty-1996/');
    expect(t).toContain('3.3.2 ¶4');
    expect(t).toContain('Cite as: Amnesty International');
    expect(t).toContain(`Permanent address: ${SITE}/documents/amnesty-1996/`);
    expect(t).toMatch(/Printed on \d{1,2} \w+ \d{4}/);
    expect(t).not.toContain('↩');
    expect(t).toContain('The 31 footnotes');
  });

  it('a printed case and its dossier print every citation as an absolute address', async () => {
    const c = await printed('/cases/choe-kum-chol/');
    expect(c).toContain(`<${SITE}/documents/hrw-2022/#p1>`);
    expect(c).not.toMatch(/<\/documents\//);
    const d = await printed('/cases/choe-kum-chol/dossier/');
    expect(d).toContain('Part 2. The cited passages, in full');
    expect(d).toContain(`<${SITE}/documents/voa-2022/#p1>`);
  });
});
