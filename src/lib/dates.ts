/**
 * Dates as the sources give them: a year, a month or a day, and how sure we are of it.
 * A date is written "YYYY", "YYYY-MM" or "YYYY-MM-DD"; its precision follows from the form.
 */
export type Precision = 'year' | 'month' | 'day';
export type Certainty = 'exact' | 'approximate' | 'inferred';
export const CERTAINTIES: readonly Certainty[] = ['exact', 'approximate', 'inferred'];

export interface ArchiveDate {
  date: string;
  certainty: Certainty;
  note?: string;
}

const FORM = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** Why a date string is not valid, or null when it is. */
export function dateProblem(value: string): string | null {
  const m = FORM.exec(value);
  if (!m) return `"${value}" is not a date: write YYYY, YYYY-MM or YYYY-MM-DD (for example 1995, 1995-03 or 1995-03-15)`;
  const [, y, mo, d] = m;
  if (mo !== undefined && (Number(mo) < 1 || Number(mo) > 12)) return `"${value}": month ${mo} does not exist`;
  if (d !== undefined) {
    const days = new Date(Date.UTC(Number(y), Number(mo), 0)).getUTCDate();
    if (Number(d) < 1 || Number(d) > days) return `"${value}": ${MONTHS[Number(mo) - 1]} ${y} has no day ${d}`;
  }
  return null;
}

export function precisionOf(value: string): Precision {
  const parts = value.split('-').length;
  return parts === 1 ? 'year' : parts === 2 ? 'month' : 'day';
}

/** "1995", "March 1995", "15 March 1995" */
export function formatDate(value: string): string {
  const [y, m, d] = value.split('-');
  if (!m) return y;
  if (!d) return `${MONTHS[Number(m) - 1]} ${y}`;
  return `${Number(d)} ${MONTHS[Number(m) - 1]} ${y}`;
}

/** The date with its certainty in words: "about March 1995", "2020 (inferred)". */
export function describeDate(d: ArchiveDate): string {
  const text = formatDate(d.date);
  if (d.certainty === 'approximate') return `about ${text}`;
  if (d.certainty === 'inferred') return `${text} (inferred)`;
  return text;
}

export function yearOf(value: string): number {
  return Number(value.slice(0, 4));
}

/** "1990s" */
export function decadeOf(value: string): string {
  return `${Math.floor(yearOf(value) / 10) * 10}s`;
}

/**
 * The span of days a date covers, as day numbers since 1970 (a year covers all its days, a
 * month its own, a day one; a decade "1990s" all ten years). Sorting by span — earliest
 * start first, then the wider span first — puts a year before its months and a decade
 * before its years, so "1990s" < "1990" < "1990-03" < "1990-03-15" < "1991".
 */
export function dateSpan(value: string): { start: number; end: number } {
  const day = (y: number, m: number, d: number) => Date.UTC(y, m - 1, d) / 86_400_000;
  const decade = /^(\d{3})0s$/.exec(value);
  if (decade) {
    const y = Number(decade[1]) * 10;
    return { start: day(y, 1, 1), end: day(y + 10, 1, 1) - 1 };
  }
  const m = FORM.exec(value);
  if (!m) throw new Error(`"${value}" is not a date`);
  const [y, mo, d] = [Number(m[1]), m[2] ? Number(m[2]) : undefined, m[3] ? Number(m[3]) : undefined];
  if (mo === undefined) return { start: day(y, 1, 1), end: day(y + 1, 1, 1) - 1 };
  if (d === undefined) return { start: day(y, mo, 1), end: day(y, mo + 1, 1) - 1 };
  return { start: day(y, mo, d), end: day(y, mo, d) };
}

/** Chronological order across precisions (see `dateSpan`); for Array.prototype.sort. */
export function compareDates(a: string, b: string): number {
  const x = dateSpan(a);
  const y = dateSpan(b);
  return x.start - y.start || y.end - x.end;
}
