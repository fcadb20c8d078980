/**
 * Ranked combinations: the spellings of a name are combinations of one choice per ambiguous
 * part, and these helpers enumerate them from the most common outwards, up to a cap, so that a
 * long name cannot explode.
 */
import { VariantList } from './text.ts';

/**
 * How choice vectors are ranked: 'changes' = first by how many slots differ from their preferred
 * option, then by the sum of the indices (one change at a time before several); 'sum' = by the
 * sum of the indices alone (the options' own order of preference across all slots).
 */
export type Ranking = 'changes' | 'sum';

/**
 * Every choice vector over slots of the given sizes (index 0 = the preferred option of a slot),
 * most common first according to `ranking`; earlier slots change first. Lazy, and it gives up
 * after `budget` steps.
 */
function* rankedChoices(sizes: readonly number[], ranking: Ranking = 'changes', budget = 20_000): Generator<number[]> {
  const n = sizes.length;
  const variableLeft = new Array<number>(n + 1).fill(0);
  const maxLeft = new Array<number>(n + 1).fill(0);
  for (let i = n - 1; i >= 0; i--) {
    const size = sizes[i] ?? 1;
    variableLeft[i] = (variableLeft[i + 1] ?? 0) + (size > 1 ? 1 : 0);
    maxLeft[i] = (maxLeft[i + 1] ?? 0) + size - 1;
  }
  const vector = new Array<number>(n).fill(0);
  let steps = 0;

  function* fill(pos: number, changed: number, sum: number): Generator<number[]> {
    if (++steps > budget) return;
    if (pos === n) {
      if (changed === 0 && sum === 0) yield vector.slice();
      return;
    }
    if (changed > (variableLeft[pos] ?? 0) || sum > (maxLeft[pos] ?? 0) || sum < changed) return;
    const size = sizes[pos] ?? 1;
    if (changed > 0) {
      for (let v = 1; v < size && v <= sum; v++) {
        vector[pos] = v;
        yield* fill(pos + 1, changed - 1, sum - v);
      }
    }
    vector[pos] = 0;
    yield* fill(pos + 1, changed, sum);
  }

  const variable = variableLeft[0] ?? 0;
  const maxSum = maxLeft[0] ?? 0;
  if (ranking === 'changes') {
    for (let changed = 0; changed <= variable; changed++) {
      for (let sum = changed; sum <= maxSum; sum++) {
        yield* fill(0, changed, sum);
        if (steps > budget) return;
      }
    }
  } else {
    for (let sum = 0; sum <= maxSum; sum++) {
      for (let changed = Math.min(sum, 1); changed <= Math.min(sum, variable); changed++) {
        yield* fill(0, changed, sum);
        if (steps > budget) return;
      }
    }
  }
}

/**
 * Renders choices over `options` in ranked order until `cap` distinct strings (other than those
 * excluded) have been collected.
 */
export function ranked<T>(
  options: readonly (readonly T[])[],
  cap: number,
  render: (picked: T[]) => readonly string[],
  exclude: readonly string[] = [],
  ranking: Ranking = 'changes',
): string[] {
  const out = new VariantList(exclude);
  if (cap <= 0 || options.some((o) => o.length === 0)) return [];
  for (const choice of rankedChoices(
    options.map((o) => o.length),
    ranking,
  )) {
    const picked = choice.map((c, i) => options[i]![c]!);
    for (const s of render(picked)) {
      out.add(s);
      if (out.size >= cap) return out.items;
    }
  }
  return out.items;
}
