import { describe, it, expect } from 'vitest';
import { CitationIndex, citationLinks, groupCitations } from '../../src/lib/citations.ts';
import { outlineSource } from '../../src/lib/parse-document.ts';
import { nameMatcher, findMentions } from '../../src/lib/mentions.ts';
import { relatedCases } from '../../src/lib/related.ts';
import {
  documentItem,
  formatCitation,
  formatPinned,
  toBibtex,
  toRis,
  nameProblem,
  personName,
  shareCitations,
  joinCitation,
} from '../../src/lib/cite.ts';
import { buildIndex } from '../../src/lib/a-to-z.ts';

const index = new CitationIndex([
  { id: 'report', title: 'A report', citeAs: 'AI 1996', ...outlineSource('## 3.3.2 Violations\n\nOne.\n\nTwo.\n') },
  { id: 'post', title: 'A post', citeAs: 'CAC 2020', ...outlineSource('One.\n\nTwo.\n') },
]);

describe('citations', () => {
  it('resolves a citation to a link and a label', () => {
    expect(index.resolve('report#3-3-2-p2')).toMatchObject({
      href: '/documents/report/#3-3-2-p2',
      label: 'AI 1996, 3.3.2 ¶2',
    });
    expect(index.resolve('post#p1').label).toBe('CAC 2020, ¶1');
  });
  it('finds the citation links of a narrative', () => {
    expect(citationLinks('He left. [](doc:report#3-3-2-p2) [see](doc:post#p1) [web](https://x.org)')).toEqual([
      'report#3-3-2-p2',
      'post#p1',
    ]);
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
    const found = findMentions(
      [{ id: 'kh', names: ['Khabarovsk'] }],
      [
        { document: 'd', passage: 'p1', text: 'in Khabarovsk.' },
        { document: 'd', passage: 'p2', text: 'elsewhere' },
      ],
    );
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
  const amnesty = documentItem({
    id: 'amnesty-1996',
    kind: 'report',
    title: 'Pursuit',
    authors: [],
    contributors: [],
    publisher: 'Amnesty International',
    published: { date: '1996', certainty: 'exact' },
    identifiers: ['AI Index: ASA 24/006/1996', 'ASA 24/06/96 (older form)'],
    url: 'https://x.org/documents/amnesty-1996/',
    language: 'en',
  });
  const voa = documentItem({
    id: 'voa-2022',
    kind: 'news-article',
    title: 'Russia Urged',
    authors: [],
    contributors: ['William Kim'],
    publisher: 'Voice of America',
    published: { date: '2022-02-25', certainty: 'inferred', note: 'About 24–25 February.' },
    identifiers: [],
    url: 'https://x.org/documents/voa-2022/',
    language: 'en',
  });
  it("pin-cites a section and paragraph in each style, with the paragraph's address", () => {
    const pin = { section: '3.3.2', paragraph: 4, anchor: '3-3-2-p4' };
    expect(formatCitation(amnesty, 'oscola', pin).text).toBe(
      'Amnesty International, Pursuit (AI Index ASA 24/006/1996, Amnesty International 1996) s 3.3.2, para 4 <https://x.org/documents/amnesty-1996/#3-3-2-p4>.',
    );
    expect(formatCitation(amnesty, 'bluebook', pin).text).toBe(
      'Amnesty International, Pursuit, AI Index ASA 24/006/1996 § 3.3.2, ¶ 4 (1996), https://x.org/documents/amnesty-1996/#3-3-2-p4.',
    );
    expect(formatCitation(amnesty, 'chicago', pin).text).toContain(
      '(Amnesty International, 1996), sec. 3.3.2, par. 4, https://x.org/documents/amnesty-1996/#3-3-2-p4.',
    );
    expect(formatCitation(amnesty, 'apa', pin).inText).toBe('(Amnesty International, 1996, sec. 3.3.2, para. 4)');
  });
  it("writes every kind of pinpoint in each style's own form", () => {
    const pins = {
      'section and paragraph': { section: '3.3.2', paragraph: 4, anchor: '3-3-2-p4' },
      section: { section: '3.3.2', anchor: '3-3-2' },
      paragraph: { paragraph: 4, anchor: 'p4' },
      'appendix and paragraph': { section: 'Appendix 1', paragraph: 8, anchor: 'appendix-1-p8' },
      appendix: { section: 'Appendix 1', anchor: 'appendix-1' },
      heading: { sectionTitle: 'Forcible Return', anchor: 'forcible-return' },
    };
    const expected: Record<string, Record<keyof typeof pins, string>> = {
      // APA 7 (Publication Manual 8.13): "sec.", "para.", an appendix by its label, a heading named and followed by "section".
      apa: {
        'section and paragraph': '(Amnesty International, 1996, sec. 3.3.2, para. 4)',
        section: '(Amnesty International, 1996, sec. 3.3.2)',
        paragraph: '(Amnesty International, 1996, para. 4)',
        'appendix and paragraph': '(Amnesty International, 1996, Appendix 1, para. 8)',
        appendix: '(Amnesty International, 1996, Appendix 1)',
        heading: '(Amnesty International, 1996, “Forcible Return” section)',
      },
      // Chicago: "sec.", "par.", "app."
      chicago: {
        'section and paragraph': ' 1996), sec. 3.3.2, par. 4, https://',
        section: ' 1996), sec. 3.3.2, https://',
        paragraph: ' 1996), par. 4, https://',
        'appendix and paragraph': ' 1996), app. 1, par. 8, https://',
        appendix: ' 1996), app. 1, https://',
        heading: ' 1996), sec. “Forcible Return,” https://',
      },
      // OSCOLA: "s", "para", "app", no full stops.
      oscola: {
        'section and paragraph': ' 1996) s 3.3.2, para 4 <https://',
        section: ' 1996) s 3.3.2 <https://',
        paragraph: ' 1996) para 4 <https://',
        'appendix and paragraph': ' 1996) app 1, para 8 <https://',
        appendix: ' 1996) app 1 <https://',
        heading: ' 1996) s “Forcible Return” <https://',
      },
      // Bluebook: "§", "¶", "app.", before the date.
      bluebook: {
        'section and paragraph': '24/006/1996 § 3.3.2, ¶ 4 (1996), https://',
        section: '24/006/1996 § 3.3.2 (1996), https://',
        paragraph: '24/006/1996 ¶ 4 (1996), https://',
        'appendix and paragraph': '24/006/1996 app. 1, ¶ 8 (1996), https://',
        appendix: '24/006/1996 app. 1 (1996), https://',
        heading: '24/006/1996 § “Forcible Return” (1996), https://',
      },
    };
    for (const [style, forms] of Object.entries(expected)) {
      for (const [kind, form] of Object.entries(forms)) {
        const c = formatCitation(amnesty, style as 'apa', pins[kind as keyof typeof pins]);
        if (style === 'apa') expect(c.inText, `${style}, ${kind}`).toBe(form);
        else expect(c.text, `${style}, ${kind}`).toContain(form);
      }
    }
    // APA's reference-list entry names the work; its pinpoint is in the text only.
    expect(formatCitation(amnesty, 'apa', pins['section and paragraph']).text).not.toMatch(/sec\.|para\./);
  });
  it('never takes two paragraphs of one document for two works ("1996a")', () => {
    const many = formatPinned(
      amnesty,
      [1, 2, 3].map((n) => ({ paragraph: n, anchor: `p${n}` })),
      'apa',
    );
    expect(many.map((c) => c.inText)).toEqual([
      '(Amnesty International, 1996, para. 1)',
      '(Amnesty International, 1996, para. 2)',
      '(Amnesty International, 1996, para. 3)',
    ]);
  });
  it('marks an inferred date as uncertain and keeps a contributor out of the authors', () => {
    expect(voa.issued).toEqual({ 'date-parts': [[2022, 2, 25]], circa: true });
    expect(voa.author).toBeUndefined();
    expect(voa.contributor).toEqual([{ family: 'Kim', given: 'William' }]);
    expect(formatCitation(voa, 'oscola', { paragraph: 6, anchor: 'p6' }).text).toContain('(c 25 February 2022) para 6');
  });
  it('keeps a year a year in BibTeX and RIS, and writes RIS lines unbroken', () => {
    expect(toBibtex([amnesty])).toMatch(/^\s*year = \{1996\},$/m);
    const ris = toRis([{ ...amnesty, title: 'A'.repeat(150) }]);
    expect(ris).toMatch(/^PY {2}- 1996\r$/m);
    expect(ris).toContain(`TI  - ${'A'.repeat(150)}\r\n`);
  });
  it('shares out the citations of a document’s units so that each is put together again exactly', () => {
    const pins = [
      { section: '3.3.2', anchor: '3-3-2-x' },
      { section: '3.3.2', paragraph: 4, anchor: '3-3-2-p4' },
      { section: 'Appendix 1', paragraph: 2, anchor: 'appendix-1-p2' },
      { paragraph: 7, anchor: 'p7' },
    ];
    const texts = formatPinned(amnesty, pins, 'oscola').map((c, i) => ({ id: pins[i].anchor, text: c.text }));
    const shared = shareCitations(amnesty.URL, texts);
    expect(shared.head).toBe('Amnesty International, Pursuit (AI Index ASA 24/006/1996, Amnesty International 1996) ');
    expect(shared.link).toBe(' <https://x.org/documents/amnesty-1996/#');
    expect(shared.tail).toBe('>.');
    expect([...shared.own.values()]).toEqual(['s 3.3.2', 's 3.3.2, para 4', 'app 1, para 2', 'para 7']);
    for (const t of texts) expect(joinCitation(shared, shared.own.get(t.id)!, t.id)).toBe(t.text);
    expect(() => shareCitations(amnesty.URL, [{ id: 'p1', text: 'no address' }])).toThrow(
      /does not contain its permalink/,
    );
  });
  it('refuses a remark as a name', () => {
    expect(nameProblem('William Kim (contributed)')).toMatch(/not a name/);
    expect(nameProblem('Lina Yoon')).toBeNull();
    expect(personName('Kim, Myung Se')).toEqual({ family: 'Kim', given: 'Myung Se' });
  });
});

describe('grouped citations', () => {
  const mk = (id: string, citeAs: string, ps: [string, string | null, number][]) => ({
    id,
    title: id,
    citeAs,
    sections: [],
    passages: ps.map(([pid, section, index]) => ({
      id: pid,
      label: `${section ? `${section} ` : ''}¶${index}`,
      section,
      index,
      kind: 'paragraph' as const,
      text: '',
    })),
  });
  const idx = new CitationIndex([
    mk(
      'voa',
      'VOA 2022',
      Array.from({ length: 20 }, (_, i) => [`p${i + 1}`, null, i + 1] as [string, null, number]),
    ),
    mk('ai', 'AI 1996', [
      ['3-3-2-p4', '3.3.2', 4],
      ['3-3-2-p5', '3.3.2', 5],
      ['3-3-2-p7', '3.3.2', 7],
      ['3-3-3-p1', '3.3.3', 1],
    ]),
  ]);
  it('groups per document, in document order, consecutive paragraphs as runs', () => {
    const refs = [
      'voa#p2',
      'voa#p10',
      'voa#p11',
      'voa#p12',
      'voa#p14',
      'voa#p15',
      'voa#p16',
      'voa#p17',
      'voa#p18',
      'ai#3-3-3-p1',
      'ai#3-3-2-p5',
      'ai#3-3-2-p4',
      'ai#3-3-2-p7',
      'voa#p2',
    ];
    const groups = groupCitations(refs.map((r) => idx.resolve(r)));
    expect(groups.map((g) => g.label)).toEqual(['VOA 2022, ¶¶ 2, 10–12, 14–18', 'AI 1996, 3.3.2 ¶¶ 4–5, 7; 3.3.3 ¶1']);
    expect(groups[0].parts[0].runs[1]).toMatchObject({ text: '10–12', href: '/documents/voa/#p10' });
    expect(groupCitations([idx.resolve('voa#p3')])[0].single?.label).toBe('VOA 2022, ¶3');
  });
});

describe('A–Z index', () => {
  it('lists every spelling under its letter, Latin before Cyrillic', () => {
    const groups = buildIndex([
      { name: 'Artem', href: '/places/artem/', kind: 'place', spellings: ['Artyom', 'Артём'] },
    ]);
    expect(groups.map((g) => g.letter)).toEqual(['A', 'А']);
    expect(groups[0].entries.map((e) => e.term)).toEqual(['Artem', 'Artyom']);
  });
});
