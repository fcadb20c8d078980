import { describe, it, expect } from 'vitest';
import { paginate, pageLinks } from '../../src/lib/paging.ts';

describe('paging long lists', () => {
  it('cuts a list into pages of the given size, keeping every item once, in order', () => {
    const items = Array.from({ length: 250 }, (_, i) => i);
    const pages = paginate(items, 100);
    expect(pages.map((p) => p.items.length)).toEqual([100, 100, 50]);
    expect(pages.flatMap((p) => p.items)).toEqual(items);
    expect(pages[2]).toMatchObject({ number: 3, count: 3, first: 201, last: 250, total: 250 });
  });
  it('gives an empty list one empty page (the list page still exists)', () => {
    expect(paginate([], 10)).toEqual([{ number: 1, count: 1, items: [], first: 0, last: 0, total: 0 }]);
  });
  it('refuses a page size that is not a positive whole number', () => {
    expect(() => paginate([1], 0)).toThrow(/positive whole number/);
  });
  it('offers the first, last and neighbouring page numbers, with gaps', () => {
    expect(pageLinks(1, 1)).toEqual([1]);
    expect(pageLinks(5, 20)).toEqual([1, null, 3, 4, 5, 6, 7, null, 20]);
    expect(pageLinks(1, 4)).toEqual([1, 2, 3, 4]);
  });
});
