/**
 * The coding of events with acts, perpetrators and attribution: checks that name the file and
 * the field, and the counting behind /record/ (pure functions, no Astro).
 */
import { ATTRIBUTIONS, type Attribution } from './vocabulary.ts';

export interface ActCoding {
  act: string;
  perpetrators: string[];
  attribution: Attribution | string;
  sources: string[];
  note?: string;
}

/**
 * Problems with one event's coding, each naming the file and the field: an act not in the
 * vocabulary, a perpetrator that is not an organization, an act given twice, a perpetrator
 * given twice. `acts === undefined` is reported when `required`.
 */
export function actCodingProblems(
  file: string,
  eventIndex: number,
  acts: ActCoding[] | undefined,
  actIds: Set<string>,
  organizationIds: Set<string>,
  required = false,
): string[] {
  const at = `events[${eventIndex}]`;
  if (acts === undefined) {
    return required
      ? [`${file}: ${at}.acts: missing; list the acts the event records, or write acts: [] where it records none`]
      : [];
  }
  const problems: string[] = [];
  const seen = new Set<string>();
  acts.forEach((a, j) => {
    const field = `${at}.acts[${j}]`;
    if (!actIds.has(a.act)) {
      problems.push(
        `${file}: ${field}.act: "${a.act}" is not an act in content/acts.yaml (use one of: ${[...actIds].join(', ')})`,
      );
    }
    if (seen.has(a.act))
      problems.push(
        `${file}: ${field}.act: "${a.act}" is given twice for this event; give it once, with all its perpetrators`,
      );
    seen.add(a.act);
    if (!(ATTRIBUTIONS as readonly string[]).includes(a.attribution)) {
      problems.push(`${file}: ${field}.attribution: "${a.attribution}" must be one of: ${ATTRIBUTIONS.join(', ')}`);
    }
    const who = new Set<string>();
    a.perpetrators.forEach((p, k) => {
      if (!organizationIds.has(p)) {
        problems.push(
          `${file}: ${field}.perpetrators[${k}]: "${p}" is not an organization in content/organizations.yaml; a perpetrator must be an organization (add it there with the source's spelling, or use a broader one such as russian-authorities)`,
        );
      }
      if (who.has(p)) problems.push(`${file}: ${field}.perpetrators[${k}]: "${p}" is given twice`);
      who.add(p);
    });
  });
  return problems;
}

/** The organization and every organization above it (`parent` chain), nearest first; stops on a loop. */
export function withAncestors(id: string, parentOf: (id: string) => string | undefined): string[] {
  const chain = [id];
  let next = parentOf(id);
  while (next && !chain.includes(next)) {
    chain.push(next);
    next = parentOf(next);
  }
  return chain;
}

/** Every decade from the first to the last given, including empty ones in between. */
export function decadeRange(decades: string[]): string[] {
  if (decades.length === 0) return [];
  const starts = decades.map((d) => Number(d.slice(0, 4)));
  const out: string[] = [];
  for (let y = Math.min(...starts); y <= Math.max(...starts); y += 10) out.push(`${y}s`);
  return out;
}

/** Counts of distinct items per key: `tally([['a', 'x'], ['a', 'x'], ['a', 'y']])` → a: 2. */
export function tally<K>(pairs: Iterable<[K, string]>): Map<K, number> {
  const sets = new Map<K, Set<string>>();
  for (const [k, item] of pairs) sets.set(k, (sets.get(k) ?? new Set()).add(item));
  return new Map([...sets].map(([k, s]) => [k, s.size]));
}

export interface Bar {
  label: string;
  value: number;
  href: string;
}

export interface BarGeometry extends Bar {
  y: number;
  width: number;
  labelY: number;
}

/**
 * Lays out a horizontal bar chart: one row per bar, widths proportional to the largest value
 * (a bar with a value above zero is at least 2 units wide so that it shows).
 */
export function barChart(
  bars: Bar[],
  { width = 320, row = 28, bar = 18 } = {},
): { height: number; max: number; bars: BarGeometry[] } {
  const max = Math.max(1, ...bars.map((b) => b.value));
  return {
    height: bars.length * row,
    max,
    bars: bars.map((b, i) => ({
      ...b,
      y: i * row + (row - bar) / 2,
      width: b.value === 0 ? 0 : Math.max(2, Math.round((b.value / max) * width)),
      labelY: i * row + row / 2,
    })),
  };
}
