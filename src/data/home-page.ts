/**
 * What the home page shows: the record in numbers (cases by status and by place, documents by
 * year), the cases most recently known of and the most documented. Every list is bounded, so
 * the page stays the same size as the archive grows.
 */
import type { Archive, CaseEntry } from './archive.ts';
import { must } from './archive.ts';
import { caseLists, type FacetKind } from './case-lists.ts';
import { statusLabel } from './cases.ts';
import { describeDate, compareDates, range } from '../lib/dates.ts';
import { routes } from '../lib/routes.ts';

/** How many cases each list of cases shows, how many places and years. */
const CASES_SHOWN = 6;
const PLACES_SHOWN = 8;
const YEARS_SHOWN = 8;

/** One bar of a chart: a value with its label, linking to the cases it counts. */
export interface Bar {
  label: string;
  value: number;
  href: string;
}

/** One case in a list of cases on the home page. */
export interface CaseCard {
  href: string;
  title: string;
  status: string;
  asOf: string;
  events: number;
}

export interface HomePageView {
  /** The archive's size, its numbers written for reading ("1,234"). */
  figures: { cases: string; events: string; documents: string; places: string };
  /** The years the documents were published, first to last ("1996 to 2024"); none without documents. */
  years?: string;
  statuses: Bar[];
  places: Bar[];
  /** The latest years of publication, newest first, each with its documents and their publishers. */
  documentsByYear: { year: string; documents: { href: string; title: string; publisher: string }[] }[];
  recent: CaseCard[];
  documented: CaseCard[];
}

const byTitle = (a: CaseEntry, b: CaseEntry) => a.data.title.localeCompare(b.data.title);

function caseCard(c: CaseEntry): CaseCard {
  return {
    href: routes.case(c.id),
    title: c.data.title,
    status: statusLabel(c.data.status),
    asOf: describeDate(c.data.statusAsOf),
    events: c.data.events.length,
  };
}

/** The home page of the archive. */
export function homePageView(archive: Archive): HomePageView {
  const { facets } = caseLists(archive);
  const bars = (kind: FacetKind): Bar[] =>
    (facets.find((f) => f.kind === kind)?.values ?? []).map((v) => ({ label: v.label, value: v.count, href: v.href }));
  const byYear = new Map<string, Archive['documents']>();
  for (const d of [...archive.documents].sort((a, b) => compareDates(b.data.published.date, a.data.published.date))) {
    const year = d.data.published.date.slice(0, 4);
    byYear.set(year, [...(byYear.get(year) ?? []), d]);
  }
  const span = [...byYear.keys()];
  const figure = (n: number) => n.toLocaleString('en');
  return {
    figures: {
      cases: figure(archive.cases.length),
      events: figure(archive.cases.reduce((n, c) => n + c.data.events.length, 0)),
      documents: figure(archive.documents.length),
      places: figure(archive.places.length),
    },
    years: span.length > 0 ? range(span.at(-1)!, span[0], ' to ') : undefined,
    statuses: bars('status'),
    places: bars('place').slice(0, PLACES_SHOWN),
    documentsByYear: [...byYear].slice(0, YEARS_SHOWN).map(([year, docs]) => ({
      year,
      documents: docs.map((d) => ({
        href: routes.document(d.id),
        title: d.data.title,
        publisher: must(archive.organizations, d.data.publisher, 'organization').data.name,
      })),
    })),
    recent: [...archive.cases]
      .sort((a, b) => compareDates(b.data.statusAsOf.date, a.data.statusAsOf.date) || byTitle(a, b))
      .slice(0, CASES_SHOWN)
      .map(caseCard),
    documented: [...archive.cases]
      .sort((a, b) => b.data.events.length - a.data.events.length || byTitle(a, b))
      .slice(0, CASES_SHOWN)
      .map(caseCard),
  };
}
