/**
 * Long lists are cut into numbered pages of a fixed size, so that no page grows with the
 * archive: page 1 lives at the list's own address, page n at `<list>page/<n>/` (routes.page in
 * src/lib/routes.ts). Every item stays reachable by plain links (previous, next and every page number).
 */
export interface Page<T> {
  /** 1-based. */
  number: number;
  count: number;
  items: T[];
  /** Position of the first item shown, 1-based (0 for an empty list). */
  first: number;
  last: number;
  total: number;
}

export const PAGE_SIZE = 100;

export function paginate<T>(items: T[], size = PAGE_SIZE): Page<T>[] {
  if (!Number.isInteger(size) || size < 1) throw new Error(`page size must be a positive whole number, got ${size}`);
  const count = Math.max(1, Math.ceil(items.length / size));
  return Array.from({ length: count }, (_, i) => {
    const slice = items.slice(i * size, (i + 1) * size);
    return {
      number: i + 1,
      count,
      items: slice,
      first: slice.length ? i * size + 1 : 0,
      last: i * size + slice.length,
      total: items.length,
    };
  });
}

/**
 * The page numbers to offer as links from page `current` of `count`: the first, the last and
 * the neighbours, with null where numbers are left out ("1 … 4 5 6 … 20").
 */
export function pageLinks(current: number, count: number, around = 2): (number | null)[] {
  const out: (number | null)[] = [];
  for (let n = 1; n <= count; n++) {
    if (n === 1 || n === count || Math.abs(n - current) <= around) out.push(n);
    else if (out.at(-1) !== null) out.push(null);
  }
  return out;
}
