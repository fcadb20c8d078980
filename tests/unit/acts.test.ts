import { describe, it, expect } from 'vitest';
import { actCodingProblems, withAncestors, decadeRange, tally, barChart } from '../../src/lib/acts.ts';
import { decadeOf } from '../../src/lib/dates.ts';

const acts = new Set(['forcible-return', 'execution']);
const orgs = new Set(['russian-authorities', 'russian-police']);

describe('actCodingProblems', () => {
  it('accepts a coded event and an explicit "no act"', () => {
    expect(
      actCodingProblems(
        'c.mdx',
        0,
        [
          {
            act: 'forcible-return',
            perpetrators: ['russian-authorities'],
            attribution: 'established',
            sources: ['a#p1'],
          },
        ],
        acts,
        orgs,
      ),
    ).toEqual([]);
    expect(actCodingProblems('c.mdx', 0, [], acts, orgs, true)).toEqual([]);
  });
  it('names file and field for an act outside the vocabulary', () => {
    const [p] = actCodingProblems(
      'content/cases/x.mdx',
      2,
      [{ act: 'deportation', perpetrators: [], attribution: 'reported', sources: ['a#p1'] }],
      acts,
      orgs,
    );
    expect(p).toMatch(
      /^content\/cases\/x\.mdx: events\[2\]\.acts\[0\]\.act: "deportation" is not an act in content\/acts\.yaml/,
    );
    expect(p).toContain('forcible-return, execution');
  });
  it('refuses a perpetrator that is not an organization', () => {
    const [p] = actCodingProblems(
      'x.mdx',
      1,
      [
        {
          act: 'execution',
          perpetrators: ['russian-police', 'vladivostok'],
          attribution: 'alleged',
          sources: ['a#p1'],
        },
      ],
      acts,
      orgs,
    );
    expect(p).toMatch(/events\[1\]\.acts\[0\]\.perpetrators\[1\]: "vladivostok" is not an organization/);
  });
  it('refuses an act or a perpetrator given twice, and a missing list only when required', () => {
    const twice = actCodingProblems(
      'x.mdx',
      0,
      [
        {
          act: 'execution',
          perpetrators: ['russian-police', 'russian-police'],
          attribution: 'alleged',
          sources: ['a#p1'],
        },
        { act: 'execution', perpetrators: [], attribution: 'alleged', sources: ['a#p1'] },
      ],
      acts,
      orgs,
    );
    expect(twice.join('\n')).toMatch(/perpetrators\[1\]: "russian-police" is given twice/);
    expect(twice.join('\n')).toMatch(/acts\[1\]\.act: "execution" is given twice/);
    expect(actCodingProblems('x.mdx', 3, undefined, acts, orgs)).toEqual([]);
    expect(actCodingProblems('x.mdx', 3, undefined, acts, orgs, true)[0]).toMatch(
      /events\[3\]\.acts: missing.*acts: \[\]/,
    );
  });
  it('refuses an attribution outside the scale', () => {
    expect(
      actCodingProblems(
        'x.mdx',
        0,
        [{ act: 'execution', perpetrators: [], attribution: 'certain', sources: ['a#p1'] }],
        acts,
        orgs,
      )[0],
    ).toMatch(/attribution: "certain" must be one of: alleged, reported, established/);
  });
});

describe('counting', () => {
  it('follows the parent chain and stops on a loop', () => {
    const parents: Record<string, string> = {
      ovir: 'russian-police',
      'russian-police': 'russian-authorities',
      a: 'b',
      b: 'a',
    };
    expect(withAncestors('ovir', (id) => parents[id])).toEqual(['ovir', 'russian-police', 'russian-authorities']);
    expect(withAncestors('a', (id) => parents[id])).toEqual(['a', 'b']);
  });
  it('labels decades and fills the gaps between them', () => {
    expect(decadeOf('1995-06-29')).toBe('1990s');
    expect(decadeOf('2021')).toBe('2020s');
    expect(decadeRange(['2020s', '1980s'])).toEqual(['1980s', '1990s', '2000s', '2010s', '2020s']);
    expect(decadeRange([])).toEqual([]);
  });
  it('counts distinct items per key', () => {
    const t = tally([
      ['a', 'x'],
      ['a', 'x'],
      ['a', 'y'],
      ['b', 'x'],
    ] as [string, string][]);
    expect(t.get('a')).toBe(2);
    expect(t.get('b')).toBe(1);
    expect(t.get('c')).toBeUndefined();
  });
  it('draws bars proportional to the largest value, a non-zero bar always visible', () => {
    const c = barChart(
      [
        { label: 'a', value: 10, href: '#a' },
        { label: 'b', value: 5, href: '#b' },
        { label: 'c', value: 0, href: '#c' },
        { label: 'd', value: 0.01, href: '#d' },
      ],
      { width: 200, row: 20, bar: 10 },
    );
    expect(c.height).toBe(80);
    expect(c.bars.map((b) => b.width)).toEqual([200, 100, 0, 2]);
    expect(c.bars[1].y).toBe(25);
  });
});
