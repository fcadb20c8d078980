/**
 * Dates as the sources give them: a year, a month or a day, and how sure we are of it.
 * A date is written "YYYY", "YYYY-MM" or "YYYY-MM-DD"; its precision follows from the form.
 * A period the source gives instead of a date is written as the source says it: a decade
 * ("1990s") or a part of one ("early-1990s", "mid-1990s", "late-1980s"). It sorts and reads as
 * that period, never as a year picked inside it.
 */
export type Precision = 'year' | 'month' | 'day' | 'decade' | 'part of a decade';
export type Certainty = 'exact' | 'approximate' | 'inferred';
export const CERTAINTIES: readonly Certainty[] = ['exact', 'approximate', 'inferred'];

export interface ArchiveDate {
  date: string;
  certainty: Certainty;
  note?: string;
}

const FORM = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;
const PERIOD = /^(?:(early|mid|late)-)?(\d{3})0s$/;

/** Is this date a period (a decade or part of one) rather than a year, month or day? */
export function isPeriod(value: string): boolean {
  return PERIOD.test(value);
}

/** The first year of a date's span: "late-1980s" → 1987 (only for arithmetic, never shown). */
const PART_START = { early: 0, mid: 3, late: 7 } as const;
const PART_END = { early: 3, mid: 6, late: 9 } as const;
const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** Why a date string is not valid, or null when it is. */
export function dateProblem(value: string): string | null {
  if (PERIOD.test(value)) return null;
  const m = FORM.exec(value);
  if (!m)
    return `"${value}" is not a date: write YYYY, YYYY-MM or YYYY-MM-DD (for example 1995, 1995-03 or 1995-03-15), or the period the source gives: "1990s", "early-1990s", "mid-1990s", "late-1980s"`;
  const [, y, mo, d] = m;
  if (mo !== undefined && (Number(mo) < 1 || Number(mo) > 12)) return `"${value}": month ${mo} does not exist`;
  if (d !== undefined) {
    const days = new Date(Date.UTC(Number(y), Number(mo), 0)).getUTCDate();
    if (Number(d) < 1 || Number(d) > days) return `"${value}": ${MONTHS[Number(mo) - 1]} ${y} has no day ${d}`;
  }
  return null;
}

export function precisionOf(value: string): Precision {
  const period = PERIOD.exec(value);
  if (period) return period[1] ? 'part of a decade' : 'decade';
  const parts = value.split('-').length;
  return parts === 1 ? 'year' : parts === 2 ? 'month' : 'day';
}

/** "1995", "March 1995", "15 March 1995", "1990s", "late 1980s" */
export function formatDate(value: string): string {
  const period = PERIOD.exec(value);
  if (period) return period[1] ? `${period[1]} ${period[2]}0s` : `${period[2]}0s`;
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

/** A run from one value to another, once when both are the same: "3–7", "12", "1996 to 2022". */
export function range(from: string | number, to: string | number, between = '–'): string {
  return String(from) === String(to) ? String(from) : `${from}${between}${to}`;
}

/**
 * The dates of the first and the last of several events as one span, each with its certainty:
 * "March 1995 to 29 June 1996 (inferred)". When both fall on the same date it is given once,
 * with its certainty ("29 June 1995 (inferred)"); if only one of them is exact, the other's mark
 * says it holds in part ("29 June 1995 (partly inferred)"). When the last lies within the first
 * (the 1990s, then the early 1990s) the span is the first alone.
 */
export function describeSpan(first: ArchiveDate, last: ArchiveDate): string {
  if (first.date === last.date) {
    if (first.certainty === last.certainty) return describeDate(first);
    const marks = [first.certainty, last.certainty].filter((c) => c !== 'exact');
    return `${formatDate(first.date)} (${[...new Set(marks)].map((c) => `partly ${c}`).join(', ')})`;
  }
  const [a, b] = [dateSpan(first.date), dateSpan(last.date)];
  if (b.start >= a.start && b.end <= a.end) return describeDate(first);
  return `${describeDate(first)} to ${describeDate(last)}`;
}

/** The year a date falls in; for a period, its first year (for arithmetic only, never shown as a date). */
export function yearOf(value: string): number {
  const period = PERIOD.exec(value);
  if (period) return Number(period[2]) * 10 + (period[1] ? PART_START[period[1] as keyof typeof PART_START] : 0);
  return Number(value.slice(0, 4));
}

/** The year a date is shown with, or the period itself: "1995", "late 1980s". */
export function yearText(value: string): string {
  return isPeriod(value) ? formatDate(value) : value.slice(0, 4);
}

/** "1990s" */
export function decadeOf(value: string): string {
  return `${Math.floor(yearOf(value) / 10) * 10}s`;
}

/**
 * The span of days a date covers, as day numbers since 1970 (a year covers all its days, a
 * month its own, a day one; a decade "1990s" all ten years; "early-1990s" 1990–1993,
 * "mid-1990s" 1993–1996, "late-1990s" 1997–1999). Sorting by span — earliest
 * start first, then the wider span first — puts a year before its months and a decade
 * before its years, so "1990s" < "1990" < "1990-03" < "1990-03-15" < "1991".
 */
export function dateSpan(value: string): { start: number; end: number } {
  const day = (y: number, m: number, d: number) => Date.UTC(y, m - 1, d) / 86_400_000;
  const period = PERIOD.exec(value);
  if (period) {
    const y = Number(period[2]) * 10;
    const part = period[1] as keyof typeof PART_START | undefined;
    return part
      ? { start: day(y + PART_START[part], 1, 1), end: day(y + PART_END[part] + 1, 1, 1) - 1 }
      : { start: day(y, 1, 1), end: day(y + 10, 1, 1) - 1 };
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

/**
 * A year picked inside a period the source gives ("late 1980s" entered as 1987, "about 1987"),
 * or a date its own note calls a placeholder: the reader would see a made-up date. Returns why,
 * or null when the date is honest.
 */
export function madeUpDateProblem(d: { date: string; certainty: Certainty; note?: string }): string | null {
  if (isPeriod(d.date)) return null;
  const note = d.note ?? '';
  if (/placeholder/i.test(note))
    return `"${d.date}" is called a placeholder in its note: a date shown to readers must be one the source gives. Write the period the source gives (e.g. "late-1980s", "1990s"), or the nearest date that is certain, and say why in the note`;
  // The source's period, quoted in the note, with the date a year inside it: "1987" for “late 1980s”.
  for (const m of note.matchAll(/“[^”]*?\b(early|mid|late)[- ](\d{3}0)s\b[^”]*”/gi)) {
    const period = `${m[1].toLowerCase()}-${m[2]}s`;
    const { start, end } = dateSpan(period);
    const at = dateSpan(d.date);
    if (d.certainty !== 'exact' && at.start >= start && at.end <= end) {
      return `the note quotes the source's “${m[1]} ${m[2]}s”: write that period as the date, date: "${period}", not a year inside it`;
    }
  }
  return null;
}

/** A date as text that sorts like the date: itself, or for a period its first day ("late-1980s" → "1987-01-01"). */
export function sortableDate(value: string): string {
  if (!isPeriod(value)) return value;
  return new Date(dateSpan(value).start * 86_400_000).toISOString().slice(0, 10);
}
