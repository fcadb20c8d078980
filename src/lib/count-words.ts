/**
 * A number with the noun it counts ("1 case", "3 cases"), so that every count on the site
 * agrees with its noun the same way.
 */

export interface CountOptions {
  /** Write the number with digits in groups of three ("1,234 cases"), for counts that grow with the archive. */
  grouped?: boolean;
  /** The words for none ("No cases"), where "0 cases" would read badly. */
  none?: string;
}

/** The number `n` and the noun for it: `one` for exactly one, `many` for any other number. */
export function countOf(n: number, one: string, many: string, options: CountOptions = {}): string {
  if (n === 0 && options.none !== undefined) return options.none;
  const digits = options.grouped ? n.toLocaleString('en') : String(n);
  return `${digits} ${n === 1 ? one : many}`;
}
