import { describe, it, expect } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { createRoutes } from '../../src/lib/routes.ts';
import { ROOT } from '../support/project.ts';

describe('every address of the site, with its base', () => {
  for (const [base, root] of [
    ['/archive/', '/archive'],
    ['/archive', '/archive'],
    ['/', ''],
  ] as const) {
    const r = createRoutes(base);
    it(`under "${base}"`, () => {
      expect(r.home()).toBe(`${root}/`);
      expect(r.notFound()).toBe(`${root}/404.html`);
      expect(r.fromRoot('/cases/old-name/')).toBe(`${root}/cases/old-name/`);
      expect(r.case('tsoy-li')).toBe(`${root}/cases/tsoy-li/`);
      expect(r.caseDossier('tsoy-li')).toBe(`${root}/cases/tsoy-li/dossier/`);
      expect(r.caseFile('tsoy-li', 'ris')).toBe(`${root}/cases/tsoy-li/tsoy-li.ris`);
      expect(r.caseList()).toBe(`${root}/cases/`);
      expect(r.caseList('status', 'detained')).toBe(`${root}/cases/status/detained/`);
      expect(r.documents()).toBe(`${root}/documents/`);
      expect(r.document('amnesty-1996')).toBe(`${root}/documents/amnesty-1996/`);
      expect(r.document('amnesty-1996', '3-3-2-p4')).toBe(`${root}/documents/amnesty-1996/#3-3-2-p4`);
      expect(r.documentCite('amnesty-1996')).toBe(`${root}/documents/amnesty-1996/cite/`);
      expect(r.documentCited('amnesty-1996')).toBe(`${root}/documents/amnesty-1996/cited/`);
      expect(r.documentCited('amnesty-1996', '3-3-2-p4')).toBe(
        `${root}/documents/amnesty-1996/cited/#cited-by-3-3-2-p4`,
      );
      expect(r.paragraphCited('amnesty-1996', '3-3-2-p4')).toBe(`${root}/documents/amnesty-1996/cited/3-3-2-p4/`);
      expect(r.documentFile('amnesty-1996', 'txt')).toBe(`${root}/documents/amnesty-1996/amnesty-1996.txt`);
      expect(r.entities('people')).toBe(`${root}/people/`);
      expect(r.entity('organizations', 'russian-police')).toBe(`${root}/organizations/russian-police/`);
      expect(r.place('vladivostok')).toBe(`${root}/places/vladivostok/`);
      expect(r.person('kim')).toBe(`${root}/people/kim/`);
      expect(r.organization('unhcr')).toBe(`${root}/organizations/unhcr/`);
      expect(r.record()).toBe(`${root}/record/`);
      expect(r.record('by-perpetrator')).toBe(`${root}/record/#by-perpetrator`);
      expect(r.recordGroup('1990s')).toBe(`${root}/record/1990s/`);
      expect(r.notNamedAct('forcible-return')).toBe(`${root}/record/not-named/forcible-return/`);
      expect(r.acts()).toBe(`${root}/acts/`);
      expect(r.act('forcible-return')).toBe(`${root}/acts/forcible-return/`);
      expect(r.actDecade('forcible-return', '1990s')).toBe(`${root}/acts/forcible-return/1990s/`);
      expect(r.perpetrators()).toBe(`${root}/perpetrators/`);
      expect(r.perpetrator('russian-police')).toBe(`${root}/perpetrators/russian-police/`);
      expect(r.perpetratorAct('russian-police', 'forcible-return')).toBe(
        `${root}/perpetrators/russian-police/forcible-return/`,
      );
      expect(r.timeline()).toBe(`${root}/timeline/`);
      expect(r.timeline('place', 'vladivostok')).toBe(`${root}/timeline/place/vladivostok/`);
      expect(r.timelineDecade('1990s')).toBe(`${root}/timeline/1990s/`);
      expect(r.map()).toBe(`${root}/map/`);
      expect(r.nameIndex()).toBe(`${root}/index/`);
      expect(r.nameIndex('cyrillic')).toBe(`${root}/index/cyrillic/`);
      expect(r.search()).toBe(`${root}/search/`);
      expect(r.data()).toBe(`${root}/data/`);
      expect(r.data('event-acts')).toBe(`${root}/data/#event-acts`);
      expect(r.dataFile('cases.csv')).toBe(`${root}/data/cases.csv`);
      expect(r.about('who')).toBe(`${root}/about/#who`);
      expect(r.corrections()).toBe(`${root}/corrections/`);
      expect(r.corrections('2026-12-02-tsoy-li')).toBe(`${root}/corrections/#2026-12-02-tsoy-li`);
      expect(r.feed()).toBe(`${root}/feed.xml`);
      expect(r.favicon()).toBe(`${root}/favicon.svg`);
    });
    it(`pages a list, and gives a page's parameters from its address, under "${base}"`, () => {
      expect(r.page(r.caseList(), 1)).toBe(`${root}/cases/`);
      expect(r.page(r.caseList('status', 'detained'), 3)).toBe(`${root}/cases/status/detained/page/3/`);
      expect(r.rest(r.page(r.caseList('status', 'detained'), 3), r.caseList())).toBe('status/detained/page/3');
      expect(r.rest(r.timeline(), r.timeline())).toBeUndefined();
      expect(r.rest(r.page(r.paragraphCited('d', 'p1'), 2), r.documentCited('d'))).toBe('p1/page/2');
      expect(r.rest(r.fromRoot('/cases/old-name/'), r.home())).toBe('cases/old-name');
    });
  }
  it('refuses what is not an address from the root, a list, or a page under the folder', () => {
    const r = createRoutes('/');
    expect(() => r.fromRoot('cases/x/')).toThrow(/starts with "\/"/);
    expect(() => r.page('/cases', 2)).toThrow(/ends in "\/"/);
    expect(() => r.rest(r.act('x'), r.caseList())).toThrow(/is not a page under/);
  });
});

/**
 * No address is built outside src/lib/routes.ts: no call of the old sitePath, and no string
 * starting with one of the site's top-level routes. src/browser/search.ts keeps its own base
 * handling (src/lib/site-path.ts): bundling the routes into the search page's script would
 * change the bytes the search page sends.
 */
const TOP =
  /[`'"]\/(cases|documents|places|people|organizations|acts|perpetrators|record|timeline|index|search|map|data|about|corrections|feed\.xml|pagefind|favicon\.svg|404\.html)\b/;
const EXEMPT = new Set([
  'src/lib/routes.ts',
  'src/lib/site-path.ts',
  'src/browser/search.ts',
  // Messages telling writers what an address looks like ("e.g. "/cases/old-name/""); no address is built.
  'src/content.config.ts',
]);
const sources = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? sources(join(dir, e.name)) : /\.(ts|mts|js|mjs|astro)$/.test(e.name) ? [join(dir, e.name)] : [],
  );

/** Where a source builds an address: "file:line: text". */
function addressesBuilt(file: string, text: string): string[] {
  return text.split('\n').flatMap((line, i) => {
    const code = line.trim();
    if (code.startsWith('*') || code.startsWith('//') || code.startsWith('/*')) return [];
    return /\bsitePath\(/.test(line) || TOP.test(line) ? [`${file}:${i + 1}: ${code.slice(0, 140)}`] : [];
  });
}

describe('every address comes from src/lib/routes.ts', () => {
  it('no file of src/ builds one itself', () => {
    const found = sources(join(ROOT, 'src'))
      .map((f) => relative(ROOT, f).split('\\').join('/'))
      .filter((f) => !EXEMPT.has(f))
      .flatMap((f) => addressesBuilt(f, readFileSync(join(ROOT, f), 'utf8')));
    expect(found).toEqual([]);
  });
  it('names the file and line of an address built elsewhere', () => {
    const text = "const a = 1;\nconst href = `/places/${id}/`;\n// a comment on '/cases/'\nconst b = sitePath(x);\n";
    expect(addressesBuilt('src/data/x.ts', text)).toEqual([
      'src/data/x.ts:2: const href = `/places/${id}/`;',
      'src/data/x.ts:4: const b = sitePath(x);',
    ]);
  });
});
