import { describe, it, expect } from 'vitest';
import { CitationIndex, citationLinks } from '../../src/lib/citations.ts';
import { outlineSource } from '../../src/lib/parse-document.ts';
import { nameMatcher, findMentions } from '../../src/lib/mentions.ts';
import { relatedCases } from '../../src/lib/related.ts';
import { citationText, bibtex, ris } from '../../src/lib/cite.ts';
import { buildIndex } from '../../src/lib/a-to-z.ts';

const index = new CitationIndex([
  { id: 'report', title: 'A report', citeAs: 'AI 1996', ...outlineSource('## 3.3.2 Violations\n\nOne.\n\nTwo.\n') },
  { id: 'post', title: 'A post', citeAs: 'CAC 2020', ...outlineSource('One.\n\nTwo.\n') },
]);

describe('citations', () => {
  it('resolves a citation to a link and a label', () => {
    expect(index.resolve('report#3-3-2-p2')).toMatchObject({ href: '/documents/report/#3-3-2-p2', label: 'AI 1996, 3.3.2 ¶2' });
    expect(index.resolve('post#p1').label).toBe('CAC 2020, ¶1');
  });
  it('finds the citation links of a narrative', () => {
    expect(citationLinks('He left. [](doc:report#3-3-2-p2) [see](doc:post#p1) [web](https://x.org)')).toEqual(['report#3-3-2-p2', 'post#p1']);
  });
  it('refuses a missing document or passage, saying what to do', () => {
    expect(() => index.resolve('nope#p1')).toThrow(/no document "nope"/);
    expect(() => index.resolve('post#p9')).toThrow(/has no passage "p9".*npm run passages/);
    expect(() => index.resolve('post')).toThrow(/not a citation/);
  });
});

describe('mentions', () => {
  it('matches whole words in any spelling, ignoring case and accents', () => {
    const m = nameMatcher(['Artem', 'Artyom', 'Артём']);
    expect(m('the city of Artem, where')).toBe(true);
    expect(m('the Artyom City Police')).toBe(true);
    expect(m('в городе Артём')).toBe(true);
    expect(m('Artemis')).toBe(false);
  });
  it('ignores names shorter than three letters', () => {
    expect(nameMatcher(['US'])('tell us')).toBe(false);
  });
  it('lists the passages that mention each entity', () => {
    const found = findMentions([{ id: 'kh', names: ['Khabarovsk'] }], [
      { document: 'd', passage: 'p1', text: 'in Khabarovsk.' },
      { document: 'd', passage: 'p2', text: 'elsewhere' },
    ]);
    expect(found.get('kh')!.map((p) => p.passage)).toEqual(['p1']);
  });
});

describe('related cases', () => {
  it('ranks cases by shared people and places, ignoring weak links', () => {
    const all = [
      { id: 'a', places: ['vladivostok'], people: ['lawyer'], organizations: [], documents: ['d1'] },
      { id: 'b', places: ['vladivostok'], people: ['lawyer'], organizations: [], documents: ['d2'] },
      { id: 'c', places: ['vladivostok'], people: [], organizations: [], documents: [] },
      { id: 'd', places: [], people: [], organizations: [], documents: ['d1'] },
    ];
    expect(relatedCases(all, 'a').map((r) => r.id)).toEqual(['b', 'c']);
  });
});

describe('citation formats', () => {
  const doc = { publisher: 'Amnesty International', authors: [], title: 'Pursuit', identifiers: ['AI Index: ASA 24/006/1996', 'ASA 24/06/96 (older form)'], date: '1996', url: 'https://x.org/documents/amnesty-1996/' };
  it('cites a paragraph with section, paragraph and URL', () => {
    expect(citationText(doc, { passage: '3.3.2 ¶4', anchor: '3-3-2-p4' })).toBe('Amnesty International, “Pursuit”, AI Index: ASA 24/006/1996, 1996, section 3.3.2, paragraph 4, https://x.org/documents/amnesty-1996/#3-3-2-p4');
    expect(citationText(doc, { passage: '¶2', anchor: 'p2' })).toContain(', paragraph 2, ');
  });
  it('writes RIS and BibTeX', () => {
    expect(ris({ ...doc, kind: 'report' })).toMatch(/^TY {2}- RPRT\r\n/);
    expect(bibtex({ ...doc, id: 'amnesty-1996', kind: 'report' })).toMatch(/^@techreport\{amnesty_1996,/);
  });
});

describe('A–Z index', () => {
  it('lists every spelling under its letter, Latin before Cyrillic', () => {
    const groups = buildIndex([{ name: 'Artem', href: '/places/artem/', kind: 'place', spellings: ['Artyom', 'Артём'] }]);
    expect(groups.map((g) => g.letter)).toEqual(['A', 'А']);
    expect(groups[0].entries.map((e) => e.term)).toEqual(['Artem', 'Artyom']);
  });
});
