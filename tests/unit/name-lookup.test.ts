import { describe, it, expect } from 'vitest';
import { foldName, lookupKey, fileNames, matchNames, type NameEntry } from '../../src/lib/name-lookup.ts';

const entries: NameEntry[] = [
  ['Choe Kum Chol', '/cases/choe-kum-chol/', 'Case', 'Choe Kum Chol', 'Detained'],
  ['Чхве Кым Чхоль', '/cases/choe-kum-chol/', 'Case', 'Choe Kum Chol', 'Detained'],
  ['Choe', '/people/choe/', 'Person', 'Choe'],
  ['Choe Kum Chol', '/people/choe-kum-chol/', 'Person', 'Choe Kum Chol'],
  ['Choen', '/places/choen/', 'Place', 'Choen'],
  ['Tsoi', '/cases/tsoy-li/', 'Case', '“Tsoy Li”', 'Unknown'],
  ['Цой', '/cases/tsoy-li/', 'Case', '“Tsoy Li”', 'Unknown'],
  ['Li', '/people/li/', 'Person', 'Li'],
];

describe('the name lookup of the search page', () => {
  it('folds names to plain lower-case words', () => {
    expect(foldName("  Ch'oe  Kŭm-ch'ŏl ")).toBe('choe kum chol');
    expect(foldName('“Tsoy Li”')).toBe('tsoy li');
  });

  it('files a name by the first three Latin letters of its first word and the first of its second, Cyrillic written in Latin letters', () => {
    expect(lookupKey('Choe Kum Chol')).toBe('cho-k');
    expect(lookupKey('Choe Kum')).toBe('cho-k');
    expect(lookupKey('Choe')).toBe('cho');
    expect(lookupKey('Цой')).toBe('tso');
    expect(lookupKey("Ch'oe")).toBe('cho');
    expect(lookupKey('Li Ok')).toBe('li-o');
    expect(lookupKey('Li')).toBeUndefined();
    expect(lookupKey('최금철')).toBeUndefined();
  });

  it('keeps each name of a page once, in files that hold only their own three letters', () => {
    const files = fileNames([...entries, entries[0]]);
    expect([...files.keys()].sort()).toEqual(['chk-k', 'cho', 'cho-k', 'tso']);
    expect(files.get('cho-k')!.filter((e) => e[1] === '/cases/choe-kum-chol/')).toHaveLength(1);
    expect(files.get('tso')!.map((e) => e[0])).toEqual(['Tsoi', 'Цой']);
    for (const [key, list] of files) for (const e of list) expect(lookupKey(e[0])).toBe(key);
  });

  it('finds the page whose name is the query first, cases before other pages, then names that begin with it', () => {
    expect(matchNames(entries, 'choe kum chol').map((e) => e[1])).toEqual([
      '/cases/choe-kum-chol/',
      '/people/choe-kum-chol/',
    ]);
    expect(matchNames(entries, 'Choe Kum').map((e) => e[1])).toEqual([
      '/cases/choe-kum-chol/',
      '/people/choe-kum-chol/',
    ]);
    expect(matchNames(entries, 'Choe').map((e) => e[1])).toEqual([
      '/people/choe/',
      '/cases/choe-kum-chol/',
      '/people/choe-kum-chol/',
    ]);
    expect(matchNames(entries, 'Цой').map((e) => e[1])).toEqual(['/cases/tsoy-li/']);
  });

  it('does not match a part of a word, and needs three letters', () => {
    expect(matchNames(entries, 'Cho')).toEqual([]);
    expect(matchNames(entries, 'Choe Kum Cho')).toEqual([]);
    expect(matchNames(entries, 'Li')).toEqual([]);
  });
});
