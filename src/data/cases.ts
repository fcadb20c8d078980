/** Everything a case page and the case table show, derived from the archive. */
import type { Archive, CaseEntry } from './archive.ts';
import { must } from './archive.ts';
import { STATUSES, type Status } from '../lib/vocabulary.ts';
import {
  describeDate,
  describeSpan,
  formatDate,
  yearOf,
  yearText,
  decadeOf,
  compareDates,
  dateSpan,
} from '../lib/dates.ts';
import { inEventOrder } from '../lib/timeline.ts';
import type { ResolvedCitation } from '../lib/citations.ts';
import { routes } from '../lib/routes.ts';

export const statusLabel = (s: string) => STATUSES[s as Status] ?? s;

export interface Link {
  href: string;
  text: string;
}

export function entityLinks(archive: Archive, c: CaseEntry) {
  return {
    places: c.data.places.map((id) => ({ href: routes.place(id), text: must(archive.places, id, 'place').data.name })),
    people: c.data.people.map((id) => ({
      href: routes.person(id),
      text: must(archive.people, id, 'person').data.name,
    })),
    organizations: c.data.organizations.map((id) => ({
      href: routes.organization(id),
      text: must(archive.organizations, id, 'organization').data.name,
    })),
  };
}

/** The years a case spans, in words at the dates' own precision ("late 1980s–1996"), and as numbers for sorting. */
export function years(c: CaseEntry): { first: number; last: number; text: string } {
  const dates = c.data.events.map((e) => e.date).sort(compareDates);
  const byEnd = [...dates].sort((a, b) => dateSpan(a).end - dateSpan(b).end);
  const earliest = dates[0];
  const latest = byEnd.at(-1)!;
  const first = yearOf(earliest);
  const last = new Date(dateSpan(latest).end * 86_400_000).getUTCFullYear();
  const [from, to] = [yearText(earliest), yearText(latest)];
  return { first, last, text: from === to ? from : `${from}–${to}` };
}

/** The dates of a case's first and last events, each with its certainty, as one span (see describeSpan). */
export function keyDates(c: CaseEntry): string {
  const events = inEventOrder(c.data.events);
  return events.length ? describeSpan(events[0], events.at(-1)!) : '';
}

export function decades(c: CaseEntry): string[] {
  return [...new Set(c.data.events.map((e) => decadeOf(e.date)))].sort();
}

export function caseView(archive: Archive, c: CaseEntry) {
  const cite = (refs: string[]): ResolvedCitation[] => refs.map((r) => archive.citations.resolve(r));
  const namesBySource = new Map<string, { name: string; note?: string }[]>();
  for (const n of c.data.names)
    namesBySource.set(n.source, [...(namesBySource.get(n.source) ?? []), { name: n.name, note: n.note }]);
  const descriptionsBySource = new Map<string, { label: string; note?: string }[]>();
  for (const n of c.data.descriptions)
    descriptionsBySource.set(n.source, [
      ...(descriptionsBySource.get(n.source) ?? []),
      { label: n.label, note: n.note },
    ]);
  const documents = (archive.documentsOfCase.get(c.id) ?? []).map((id) => must(archive.documents, id, 'document'));
  // Every passage the case cites, per document, in document order.
  const cited = new Map<string, Set<string>>();
  for (const r of archive.citationsOfCase.get(c.id) ?? [])
    cited.set(r.document.id, (cited.get(r.document.id) ?? new Set()).add(r.passage.id));
  const sources = documents.map((d) => {
    const order = archive.outlines.get(d.id)!.passages;
    const ids = cited.get(d.id) ?? new Set();
    return {
      id: d.id,
      title: d.data.title,
      citeAs: d.data.citeAs,
      href: routes.document(d.id),
      names: namesBySource.get(d.id) ?? [],
      descriptions: descriptionsBySource.get(d.id) ?? [],
      passages: order.filter((p) => ids.has(p.id)).map((p) => ({ href: routes.document(d.id, p.id), label: p.label })),
    };
  });
  const related = (archive.related.get(c.id) ?? []).map((r) => {
    const other = must(archive.cases, r.id, 'case');
    const why = [
      ...r.shared.people.map((id) => must(archive.people, id, 'person').data.name),
      ...r.shared.places.map((id) => must(archive.places, id, 'place').data.name),
      ...r.shared.organizations.map((id) => must(archive.organizations, id, 'organization').data.name),
    ];
    return {
      href: routes.case(other.id),
      title: other.data.title,
      status: statusLabel(other.data.status),
      why: why.slice(0, 4).join(', ') || 'same source document',
    };
  });
  return {
    status: statusLabel(c.data.status),
    statusAsOf: describeDate(c.data.statusAsOf),
    statusNote: c.data.statusAsOf.note,
    statusCitations: cite(c.data.statusSources),
    pseudonym: c.data.pseudonym
      ? { words: c.data.pseudonym.words, citation: archive.citations.resolve(c.data.pseudonym.source) }
      : null,
    otherNames: [...new Set(c.data.names.map((n) => n.name))].filter((n) => n !== c.data.title),
    /** No source names the subject: the title is the archive's description, not a name. */
    unnamed: c.data.names.length === 0,
    descriptions: [...new Set(c.data.descriptions.map((n) => n.label))].filter((n) => n !== c.data.title),
    years: years(c),
    keyDates: keyDates(c),
    links: entityLinks(archive, c),
    sources,
    related,
  };
}

/** One row of the case table, with the values the filters use. */
export function caseRow(archive: Archive, c: CaseEntry) {
  const links = entityLinks(archive, c);
  const docs = (archive.documentsOfCase.get(c.id) ?? []).map((id) => must(archive.documents, id, 'document'));
  const y = years(c);
  return {
    id: c.id,
    href: routes.case(c.id),
    title: c.data.title,
    pseudonym: Boolean(c.data.pseudonym),
    summary: c.data.summary,
    status: c.data.status,
    statusLabel: statusLabel(c.data.status),
    statusAsOf: formatDate(c.data.statusAsOf.date),
    years: y,
    decades: decades(c),
    places: links.places,
    placeIds: c.data.places,
    sources: docs.map((d) => ({ id: d.id, href: routes.document(d.id), text: d.data.citeAs })),
  };
}
