/**
 * Citing the archive, checked on the built site: every export of every document and case file
 * is read back with a real parser (BibTeX by the parser of Better BibTeX for Zotero, RIS and
 * CSL-JSON by citation-js) and compared with the content; the metadata of the pages is read
 * back from the HTML; no citation carries a made-up address; print is checked through
 * Chromium's PDF output, on one page of every kind the site has.
 */
import { describe, it, expect } from 'vitest';
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { parse as parseBibtex } from '@retorquere/bibtex-parser';
import { Cite } from '@citation-js/core';
import '@citation-js/plugin-ris';
import { extractText, getDocumentProxy } from 'unpdf';
import { DIST, ROOT, builtPages, page } from '../support/project.ts';
import { parse, all, one, attr, text } from '../support/html.ts';
import type { Element, Root } from 'hast';
import { useBrowser } from '../support/use-browser.ts';
import { readCases } from '../support/content.ts';

const SITE = 'http://localhost:4321';
const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const organizations = new Map(
  (parseYaml(readFileSync(join(ROOT, 'content', 'organizations.yaml'), 'utf8')) as { id: string; name: string }[]).map(
    (o) => [o.id, o.name],
  ),
);
const documents = readdirSync(join(ROOT, 'content', 'documents'))
  .filter((f) => f.endsWith('.mdx'))
  .map((f) => {
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
      if (mo)
        expect(String(f.month)).toMatch(new RegExp(`^${MONTHS[Number(mo) - 1]}${day ? ` ${Number(day)}$` : '$'}`));
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
      for (const line of ris.split('\r\n').filter(Boolean))
        expect(line, 'every line a tag').toMatch(/^[A-Z][A-Z0-9] {2}- /);
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
      expect(item.contributor?.map((c: { family: string }) => c.family) ?? []).toEqual(
        (d.data.contributors ?? []).map(family),
      );
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
      expect(all(cite, '.cite-styles dt').map(text), c.id).toEqual([
        'APA (7th edition)',
        'Chicago (notes)',
        'OSCOLA',
        'Bluebook (legal citation)',
      ]);
      for (const dd of all(cite, '.cite-styles dd')) expect(text(dd), c.id).toContain(`${SITE}/cases/${c.id}/`);
      expect(
        all(cite, 'a[download]').map((a) => attr(a, 'href')),
        c.id,
      ).toEqual(['ris', 'bib', 'json'].map((x) => `/cases/${c.id}/${c.id}.${x}`));
      const history = all(t, '.change-history li').map(text);
      expect(history.at(-1), c.id).toMatch(/First published$/);
      expect(one(t, `a[href="/cases/${c.id}/dossier/"]`), c.id).toBeTruthy();
    }
  });

  it('names the archive as publisher, the case as about a person or an event, and a changed name as such', () => {
    const ld = (id: string) =>
      JSON.parse(text(one(parse(page(`cases/${id}/index.html`)), 'script[type="application/ld+json"]')!));
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
    const source = text(one(parse(dispatch), '#p4')!)
      .replace(/\s*¶$/, '')
      .replace(/^⚖\s\d+/, '');
    expect(text(p4)).toContain(source.slice(0, 200));
    expect(text(one(t, '.narrative')!)).toContain('Choe Kum Chol');
  });
});

describe('dossiers carry the footnotes of the passages they cite', () => {
  it('under each cited passage, the notes it refers to, numbered and worded as on the document page, with no ↩', () => {
    const doc = parse(page('documents/amnesty-1996/index.html'));
    const noteText = (n: string) => text(one(doc, `li[id="user-content-fn-${n}"]`)!).replace(/\s*↩\s*$/, '');
    let checked = 0;
    for (const c of cases) {
      const dossier = parse(page(`cases/${c.id}/dossier/index.html`));
      for (const li of all(dossier, '.evidence-passages > li[id^="amnesty-1996-"]')) {
        const source = one(doc, `[id="${attr(li, 'id')!.slice('amnesty-1996-'.length)}"]`)!;
        const refs = all(source, 'a[data-footnote-ref]').map(text);
        const notes = all(li, '.passage-notes > li');
        expect(
          notes.map((n) => attr(n, 'value')),
          attr(li, 'id'),
        ).toEqual([...new Set(refs)]);
        expect(all(li, '.passage-text sup, blockquote sup').map(text), attr(li, 'id')).toEqual(
          refs.map((n) => `note ${n}`),
        );
        for (const n of notes) {
          expect(text(n), `${c.id}: ${attr(li, 'id')}`).toBe(noteText(attr(n, 'value')!));
          checked++;
        }
        expect(text(li)).not.toContain('↩');
      }
    }
    expect(checked).toBeGreaterThan(5);
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
    expect(text(one(list, '#cited-by-p1')!)).toContain('Choe Kum Chol');
    expect(one(t, 'a[href="/documents/hrw-2022/cited/"]')).toBeTruthy();
  });

  it('each cited paragraph’s mark leads to its own entry, which names exactly the cases citing that paragraph (the first, and a page of all of them)', () => {
    // Which cases cite which paragraph, read from the dossiers (each lists every passage its case cites).
    const citing = new Map<string, Set<string>>();
    for (const c of cases) {
      for (const li of all(parse(page(`cases/${c.id}/dossier/index.html`)), '.evidence-passages > li')) {
        const id = attr(li, 'id')!;
        citing.set(id, (citing.get(id) ?? new Set()).add(`/cases/${c.id}/`));
      }
    }
    const caseLinks = (el: Element | Root) =>
      all(el, 'a[href^="/cases/"]')
        .map((a) => attr(a, 'href')!)
        .filter((h) => !h.startsWith('/cases/source/'));
    let whole = 0;
    for (const d of documents) {
      const t = parse(page(`documents/${d.id}/index.html`));
      const list = parse(page(`documents/${d.id}/cited/index.html`));
      const markers = all(t, '.document-text a.cited-by');
      expect(markers.length, d.id).toBe(
        [...citing.keys()].filter((k) => k.startsWith(`${d.id}-`) && /(^|-)p\d+$/.test(k)).length,
      );
      for (const m of markers) {
        const [path, hash] = attr(m, 'href')!.split('#');
        const pid = hash.replace(/^cited-by-/, '');
        expect(path, d.id).toBe(`/documents/${d.id}/cited/`);
        const entry = one(list, `[id="${hash}"]`)!;
        const expected = [...citing.get(`${d.id}-${pid}`)!].sort();
        expect(text(m), `${d.id}#${pid}`).toBe(`⚖ ${expected.length}`);
        let named = caseLinks(entry);
        const more = one(entry, `a[href="/documents/${d.id}/cited/${pid}/"]`);
        if (more) {
          whole++;
          named = [];
          for (let n = 1, next: string | undefined = `documents/${d.id}/cited/${pid}/`; next; n++) {
            const p = parse(page(`${next}index.html`));
            named.push(...caseLinks(one(p, 'main')!).filter((h) => h.split('/').length === 4));
            next = one(p, 'a[rel="next"]') ? `documents/${d.id}/cited/${pid}/page/${n + 1}/` : undefined;
          }
        }
        expect([...new Set(named)].sort(), `${d.id}#${pid}`).toEqual(expected);
      }
    }
    expect(whole, 'some paragraph is cited by more cases than its entry names').toBeGreaterThan(0);
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
    for (const d of documents)
      for (const ext of ['bib', 'ris', 'json', 'txt'])
        expect(file(`documents/${d.id}/${d.id}.${ext}`)).not.toMatch(/example\.(org|com)/);
    expect(file('robots.txt')).toContain(`Sitemap: ${SITE}/sitemap.xml`);
  });
});

describe('paper', () => {
  const { site, newContext } = useBrowser();

  /**
   * A page printed by Chromium to PDF (A4) and read back as text, with the full address each
   * link shown on paper must print: its data-url, its own address, or the archive's address and
   * its path; a link to a place on the same page the page's address and the fragment. A
   * footnote's number is left out (its note is on the same paper). A link drawn in a picture (the
   * map's SVG, where no address can be written) passes only where its address is printed beside it,
   * in the text or the table that goes with the picture.
   */
  const printed = async (path: string, ready?: string) => {
    const context = await newContext();
    // A moved address's page sends the reader on at once (<meta http-equiv="refresh">): it is
    // held here, so that its own page is the one printed.
    await context.route('**/*', (r) =>
      r.request().isNavigationRequest() && r.request().url() !== site.url + path ? r.abort('aborted') : r.continue(),
    );
    const p = await context.newPage();
    await p.goto(site.url + path);
    if (ready) await p.locator(ready).first().waitFor();
    await p.emulateMedia({ media: 'print' });
    const links = await p.$$eval('main a[href]', (as) =>
      as
        .filter((a) => a.getClientRects().length > 0 && !a.hasAttribute('data-footnote-ref'))
        .map((a) => ({ href: a.getAttribute('href')!, url: a.getAttribute('data-url') })),
    );
    const pdf = await p.pdf({ format: 'A4' });
    await p.context().close();
    const { text: t } = await extractText(await getDocumentProxy(new Uint8Array(pdf)), { mergePages: true });
    const here = `${SITE}${new URL(path, SITE).pathname}`;
    const addresses = links.map(
      (l) =>
        l.url ??
        (/^https?:/.test(l.href)
          ? l.href
          : l.href.startsWith('/')
            ? `${SITE}${l.href}`
            : l.href.startsWith('#')
              ? `${here}${l.href}`
              : `(no address for ${l.href})`),
    );
    return { text: (t as string).replace(/\s+/g, ' '), addresses };
  };
  /** Text without spaces: an address cut at the end of a line is joined again. */
  const flat = (t: string) => t.replace(/\s+/g, '');
  /** …and without hyphens, which the PDF's text drops where a line ends on one ("university-" / "campus"). */
  const flatter = (t: string) => flat(t).replace(/-/g, '');
  /** The addresses not printed in angle brackets. */
  const unprinted = ({ text: t, addresses }: { text: string; addresses: string[] }) => {
    expect(addresses.length).toBeGreaterThan(0);
    const printedText = flatter(t);
    return [...new Set(addresses)].filter((u) => !printedText.includes(flatter(`<${u}>`)));
  };

  it('a printed document keeps its § and ¶ numbers, its footnotes (without ↩), its citation, and every link as a full address', async () => {
    const doc = await printed('/documents/amnesty-1996/');
    const t = doc.text;
    expect(t).toContain('3.3.2 ¶4');
    expect(t).toContain('Cite as: Amnesty International');
    expect(t).toContain(`Permanent address: ${SITE}/documents/amnesty-1996/`);
    expect(t).toMatch(/Printed on \d{1,2} \w+ \d{4}/);
    expect(t).not.toContain('↩');
    expect(t).toContain('The 31 footnotes');
    expect(doc.addresses).toContain(`${SITE}/documents/amnesty-1996/#3-refugees`);
    expect(unprinted(doc)).toEqual([]);
  });

  it('a printed case, its dossier and the cases citing a document print every link as a full address, and their pinpoints', async () => {
    const c = await printed('/cases/choe-kum-chol/');
    expect(flat(c.text)).toContain(`<${SITE}/documents/hrw-2022/#p1>`);
    expect(c.addresses).toContain(`${SITE}/places/vladivostok/`);
    expect(unprinted(c)).toEqual([]);
    const pinned = await printed('/cases/chegdomyn-prison-witness/');
    expect(pinned.text).toMatch(/\[Amnesty International 1996, 2\.2 ¶¶ 2 ?– ?3 </);
    expect(unprinted(pinned)).toEqual([]);
    const d = await printed('/cases/chegdomyn-prison-witness/dossier/');
    expect(d.text).toContain('Part 2. The cited passages, in full');
    expect(d.text).toContain('Amnesty International 1996, 2.2 ¶1');
    expect(flat(d.text)).toContain(flat(`s 2.2, para 1 <${SITE}/documents/amnesty-1996/#2-2-p1>`));
    // The footnotes of the cited passages, numbered as in the source, without ↩.
    expect(d.text).toMatch(
      /5\. See Chapter Three of this report for cooperation between the Russian and North Korean authorities/,
    );
    expect(d.text).not.toContain('↩');
    expect(unprinted(d)).toEqual([]);
    const cited = await printed('/documents/hrw-2022/cited/');
    expect(unprinted(cited)).toEqual([]);
  });

  /** The first page built under a folder of dist/ (e.g. the first person) that holds a string (a table of cases), so that the list holds as the archive grows. */
  const first = (dir: string, holding = 'href=') =>
    `/${dir}/${readdirSync(join(DIST, dir))
      .filter((f) => !f.includes('.'))
      .sort()
      .find((f) => page(`${dir}/${f}/index.html`).includes(holding))}/`;
  /**
   * One page of every kind, by the route that makes it (src/pages): each prints every link with
   * its full address. A route that has no page now (a moved address, while none has moved) is
   * named with null.
   */
  const kinds: Record<string, string | null> = {
    'index.astro': '/',
    'about.astro': '/about/',
    '404.astro': '/404.html',
    '[...moved].astro':
      builtPages()
        .find(([, html]) => /http-equiv="refresh"/i.test(html.slice(0, 3000)))?.[0]
        .replace(/^/, '/')
        .replace(/index\.html$/, '') ?? null,
    'record/index.astro': '/record/',
    'record/[group].astro': '/record/1990s/',
    'record/[...rest].astro': '/record/not-named/forcible-return/',
    'data/index.astro': '/data/',
    'map/index.astro': '/map/',
    'index/index.astro': '/index/',
    'index/[...letter].astro': '/index/k/',
    'timeline/[...path].astro': '/timeline/',
    'corrections/index.astro': '/corrections/',
    'cases/index.astro': '/cases/',
    'cases/[...list].astro': '/cases/status/detained/',
    'cases/[id].astro': '/cases/choe-kum-chol/',
    'cases/[id]/dossier.astro': '/cases/choe-kum-chol/dossier/',
    'documents/index.astro': '/documents/',
    'documents/[id]/index.astro': '/documents/voa-2022/',
    'documents/[id]/cite/index.astro': '/documents/amnesty-1996/cite/',
    'documents/[id]/cited/index.astro': '/documents/amnesty-1996/cited/',
    'documents/[id]/cited/[...path].astro': first('documents/amnesty-1996/cited'),
    'people/index.astro': '/people/',
    'people/[id].astro': first('people'),
    'places/index.astro': '/places/',
    'places/[id].astro': '/places/vladivostok/',
    'organizations/index.astro': '/organizations/',
    'organizations/[id].astro': '/organizations/amnesty-international/',
    'acts/index.astro': '/acts/',
    'acts/[id].astro': '/acts/forcible-return/',
    'acts/[...rest].astro': '/acts/forcible-return/1990s/',
    'perpetrators/index.astro': '/perpetrators/',
    'perpetrators/[id].astro': '/perpetrators/russian-authorities/',
    'perpetrators/[...rest].astro': '/perpetrators/russian-authorities/forcible-return/',
    'search/index.astro': '/search/?q=Vladivostok',
  };
  /** More pages of the routes that make several kinds: the lists of cases and the timeline's views. */
  const more = [
    '/cases/place/vladivostok/',
    '/cases/act/forcible-return/',
    '/cases/decade/1990s/',
    first('cases/person', 'class="case-table"'),
    first('cases/organization', 'class="case-table"'),
    '/cases/source/amnesty-1996/',
    '/timeline/1990s/',
    '/timeline/kind/case/',
    '/timeline/place/vladivostok/',
    '/timeline/case/choe-kum-chol/',
    '/record/not-named/',
    first('timeline/case'),
  ];

  it('covers one page of every kind the site has (every page route)', () => {
    const routes: string[] = [];
    const walk = (dir: string) => {
      for (const f of readdirSync(join(ROOT, 'src/pages', dir), { withFileTypes: true })) {
        const p = dir ? `${dir}/${f.name}` : f.name;
        if (f.isDirectory()) walk(p);
        else if (p.endsWith('.astro')) routes.push(p);
      }
    };
    walk('');
    expect(Object.keys(kinds).sort()).toEqual(routes.sort());
    for (const [route, path] of Object.entries(kinds)) {
      const file = path?.replace(/\?.*$/, '');
      if (file)
        expect(existsSync(join(DIST, file.endsWith('/') ? `${file}index.html` : file)), `${route}: ${path}`).toBe(true);
    }
  });

  for (const path of [...new Set([...Object.values(kinds).filter((p): p is string => p !== null), ...more])]) {
    it(`prints every link of ${path} with its full address`, async () => {
      expect(unprinted(await printed(path, path.startsWith('/search/') ? '#search-results > li' : undefined))).toEqual(
        [],
      );
    });
  }
});
