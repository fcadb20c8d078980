/**
 * The timeline: dated events of the cases and dated facts of the documents, in one order,
 * grouped by decade and year, split into pages of bounded size. Pure: the data layer
 * (src/data/timeline.ts) turns the archive into `TimelineEvent`s.
 */
import { compareDates, decadeOf, formatDate, isPeriod, type Certainty } from './dates.ts';

export interface Link {
  href: string;
  text: string;
}

export interface TimelineEvent {
  date: string;
  certainty: Certainty;
  note?: string;
  /** The date in words at its true precision and certainty: "about March 1995". */
  when: string;
  /** "day", "month", "year" or "decade": how precise the date is. */
  precision: string;
  text: string;
  /** Kind of event (id and words): "case" for an event of a case, or the kind of a document's fact. */
  kind: { id: string; label: string };
  place?: Link & { id: string };
  case?: Link & { id: string };
  /** The passages the event rests on. */
  sources: (Link & { title: string })[];
  /** The acts a case's event records, as coded in the case file (shown on the case page). */
  acts?: unknown[];
}

export interface YearGroup {
  year: string;
  id: string;
  events: TimelineEvent[];
}
export interface DecadeGroup {
  decade: string;
  id: string;
  years: YearGroup[];
  count: number;
}

/**
 * A case's events in the one order the archive gives them everywhere (its page, its timeline, the
 * record's counts and the exports, whose `n` is the position in this order): by date across
 * precisions (see compareDates); events of the same date keep the order of the case file, which
 * tells them in the order they happened.
 */
export function inEventOrder<T extends { date: string }>(events: readonly T[]): T[] {
  return [...events].sort((a, b) => compareDates(a.date, b.date));
}

/**
 * Chronological, across precisions. Events of the same date: the documents' own facts first, then
 * by case; a case's own events keep the order they are given in (see inEventOrder).
 */
export function sortEvents<T extends TimelineEvent>(events: T[]): T[] {
  return [...events].sort(
    (a, b) =>
      compareDates(a.date, b.date) ||
      (a.case ? 1 : 0) - (b.case ? 1 : 0) ||
      (a.case?.text ?? '').localeCompare(b.case?.text ?? '') ||
      (a.case && b.case && a.case.id === b.case.id ? 0 : a.text.localeCompare(b.text)),
  );
}

/** Decades, then years within them (a date given only as a decade is its own group, first). */
export function groupEvents(sorted: TimelineEvent[]): DecadeGroup[] {
  const decades: DecadeGroup[] = [];
  for (const e of sorted) {
    const decade = decadeOf(e.date);
    // A period is a group of its own, before the years it covers: "late 1980s" before 1987.
    const year = isPeriod(e.date) ? formatDate(e.date) : e.date.slice(0, 4);
    let d = decades.at(-1);
    if (!d || d.decade !== decade) {
      d = { decade, id: decade, years: [], count: 0 };
      decades.push(d);
    }
    let y = d.years.at(-1);
    if (!y || y.year !== year) {
      y = { year, id: isPeriod(e.date) ? `${e.date}-undated` : `y${year}`, events: [] };
      d.years.push(y);
    }
    y.events.push(e);
    d.count++;
  }
  return decades;
}

/** The values of one filter (places, cases or kinds) with how many events each has, most first. */
export function facet(
  events: TimelineEvent[],
  pick: (e: TimelineEvent) => (Link & { id: string }) | undefined,
): (Link & { id: string; count: number })[] {
  const counts = new Map<string, Link & { id: string; count: number }>();
  for (const e of events) {
    const v = pick(e);
    if (!v) continue;
    const c = counts.get(v.id) ?? { ...v, count: 0 };
    c.count++;
    counts.set(v.id, c);
  }
  return [...counts.values()].sort((a, b) => b.count - a.count || a.text.localeCompare(b.text));
}
