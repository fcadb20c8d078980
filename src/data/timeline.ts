/**
 * The timeline of the record, computed once per build: every dated event of every case, every
 * dated fact of the documents (content/document-events.yaml) and each document's publication,
 * as pages of bounded size — the whole record, and one list per place, case and kind of event.
 */
import type { Archive, CaseEntry } from './archive.ts';
import { must } from './archive.ts';
import { sortEvents, groupEvents, facet, type TimelineEvent, type DecadeGroup, type Link } from '../lib/timeline.ts';
import { DOCUMENT_EVENT_KINDS, type DocumentEventKind } from '../lib/vocabulary.ts';
import { routes, type TimelineFilter } from '../lib/routes.ts';
import { paginate, pageLinks, PAGE_SIZE } from '../lib/paging.ts';
import { describeDate, precisionOf, type Certainty } from '../lib/dates.ts';

export { PAGE_SIZE };
/** The whole record stays on /timeline/ while it has at most this many events; then /timeline/ lists the decades. */
export const ONE_PAGE = 150;
/** Filter values listed on every page (the most frequent first); the rest are reached from their own pages. */
export const FACET_LIMIT = 40;

export const CASE_KIND = { id: 'case', label: 'Event in a case' };
export const PUBLICATION_KIND = { id: 'publication', label: 'Publication of a source' };

export type FilterKind = TimelineFilter;

export interface TimelinePage {
  /** The page's address: "/timeline/", "/timeline/place/vladivostok/page/2/". */
  path: string;
  /** The path segments after /timeline/ (for getStaticPaths), or undefined for /timeline/ itself. */
  param: string | undefined;
  title: string;
  filter?: { kind: FilterKind | 'decade'; id: string; label: string };
  /** When the whole record no longer fits one page: its decades and years, each linking to its decade's page. */
  overview?: {
    decade: string;
    id: string;
    href: string;
    count: number;
    years: { year: string; id: string; count: number; href: string }[];
  }[];
  events: TimelineEvent[];
  groups: DecadeGroup[];
  page: number;
  pages: number;
  total: number;
  /** Page links: previous, next, the first, the last and the neighbours (null where numbers are left out). */
  pageLinks: ({ href: string; page: number; current: boolean } | null)[];
  prev?: string;
  next?: string;
  /** Position of the first event shown, 1-based. */
  first: number;
  /** Jump links by decade: to the page (and anchor) where each decade starts. */
  decades: { decade: string; href: string; count: number }[];
}

export interface Timeline {
  events: TimelineEvent[];
  pages: TimelinePage[];
  facets: Record<FilterKind, (Link & { id: string; count: number })[]>;
}

const timelines = new WeakMap<Archive, Timeline>();

export function timeline(archive: Archive): Timeline {
  let t = timelines.get(archive);
  if (!t) {
    t = buildTimeline(archive);
    timelines.set(archive, t);
  }
  return t;
}

const placeLink = (archive: Archive, id: string | undefined) =>
  id ? { id, href: routes.place(id), text: must(archive.places, id, 'place').data.name } : undefined;

const sources = (archive: Archive, refs: string[]) =>
  refs.map((r) => {
    const c = archive.citations.resolve(r);
    return { href: routes.document(c.document.id, c.passage.id), text: c.label, title: c.document.title };
  });

/** The events of one case, as the timeline shows them. */
export function caseEvents(archive: Archive, c: CaseEntry): TimelineEvent[] {
  const caseLink = { id: c.id, href: routes.case(c.id), text: c.data.title };
  return sortEvents(
    c.data.events.map((e) => ({
      date: e.date,
      certainty: e.certainty as Certainty,
      note: e.note,
      when: describeDate({ date: e.date, certainty: e.certainty as Certainty, note: e.note }),
      precision: precisionOf(e.date),
      text: e.text,
      kind: CASE_KIND,
      place: placeLink(archive, e.place),
      case: caseLink,
      sources: sources(archive, e.sources),
      acts: (e as { acts?: unknown[] }).acts ?? [],
    })),
  );
}

function allEvents(archive: Archive): TimelineEvent[] {
  const events: TimelineEvent[] = archive.cases.flatMap((c) => caseEvents(archive, c));
  for (const f of archive.documentEvents) {
    const d = f.data;
    events.push({
      date: d.date,
      certainty: d.certainty as Certainty,
      note: d.note,
      when: describeDate({ date: d.date, certainty: d.certainty as Certainty, note: d.note }),
      precision: precisionOf(d.date),
      text: d.text,
      kind: { id: d.kind, label: DOCUMENT_EVENT_KINDS[d.kind as DocumentEventKind] },
      place: placeLink(archive, d.place),
      sources: sources(archive, d.sources),
    });
  }
  for (const doc of archive.documents) {
    const p = doc.data.published;
    events.push({
      date: p.date,
      certainty: p.certainty as Certainty,
      note: p.note,
      when: describeDate({ date: p.date, certainty: p.certainty as Certainty, note: p.note }),
      precision: precisionOf(p.date),
      text: `${must(archive.organizations, doc.data.publisher, 'organization').data.name} publishes “${doc.data.title}”.`,
      kind: PUBLICATION_KIND,
      sources: [{ href: routes.document(doc.id), text: doc.data.citeAs, title: doc.data.title }],
    });
  }
  return sortEvents(events);
}

function buildTimeline(archive: Archive): Timeline {
  const events = allEvents(archive);
  const facets = {
    place: facet(events, (e) => e.place),
    case: facet(events, (e) => e.case),
    kind: facet(events, (e) => ({ id: e.kind.id, href: '', text: e.kind.label })),
  };
  for (const k of ['place', 'case', 'kind'] as FilterKind[])
    for (const v of facets[k]) v.href = routes.timeline(k, v.id);

  const pages: TimelinePage[] = [];
  const list = (
    title: string,
    items: TimelineEvent[],
    root: string,
    filter?: TimelinePage['filter'],
    jumps?: TimelinePage['decades'],
    size = PAGE_SIZE,
  ) => {
    const chunks = paginate(items, size);
    const pathOf = (n: number) => routes.page(root, n);
    // Where each decade starts: the page holding its first event (unless the decades have pages of their own).
    const decades: TimelinePage['decades'] = jumps ?? [];
    const anchors = new Map<string, string>();
    for (const chunk of chunks) {
      for (const g of groupEvents(chunk.items)) {
        const href = pathOf(chunk.number);
        if (!jumps) {
          const known = decades.find((d) => d.decade === g.decade);
          if (known) known.count += g.count;
          else decades.push({ decade: g.decade, href: `${href}#${g.id}`, count: g.count });
        }
        for (const y of g.years) if (!anchors.has(y.id)) anchors.set(y.id, `${href}#${y.id}`);
      }
    }
    for (const chunk of chunks) {
      const path = pathOf(chunk.number);
      pages.push({
        path,
        param: routes.rest(path, routes.timeline()),
        title,
        filter,
        events: chunk.items,
        groups: groupEvents(chunk.items),
        page: chunk.number,
        pages: chunk.count,
        total: items.length,
        first: chunk.first,
        pageLinks: pageLinks(chunk.number, chunk.count).map((n) =>
          n === null ? null : { href: pathOf(n), page: n, current: n === chunk.number },
        ),
        prev: chunk.number > 1 ? pathOf(chunk.number - 1) : undefined,
        next: chunk.number < chunk.count ? pathOf(chunk.number + 1) : undefined,
        decades,
      });
    }
    return anchors;
  };

  // The whole record: on one page while it fits; each decade also has its own page, so that an
  // address such as /timeline/1990s/ holds the same decade however large the archive grows.
  const byDecade = groupEvents(events);
  const decadeJumps = byDecade.map((d) => ({
    decade: d.decade,
    href: routes.timelineDecade(d.decade),
    count: d.count,
  }));
  const yearHref = new Map<string, string>();
  for (const d of byDecade) {
    const items = d.years.flatMap((y) => y.events);
    const anchors = list(
      `Timeline: the ${d.decade}`,
      items,
      routes.timelineDecade(d.decade),
      { kind: 'decade', id: d.decade, label: `the ${d.decade}` },
      decadeJumps,
    );
    for (const [id, href] of anchors) yearHref.set(id, href);
  }
  if (events.length <= ONE_PAGE)
    list('Timeline of the record', events, routes.timeline(), undefined, undefined, ONE_PAGE);
  else {
    pages.push({
      path: routes.timeline(),
      param: undefined,
      title: 'Timeline of the record',
      events: [],
      groups: [],
      page: 1,
      pages: 1,
      total: events.length,
      first: 1,
      pageLinks: [],
      decades: decadeJumps,
      overview: byDecade.map((d) => ({
        decade: d.decade,
        id: d.id,
        href: routes.timelineDecade(d.decade),
        count: d.count,
        years: d.years.map((y) => ({ year: y.year, id: y.id, count: y.events.length, href: yearHref.get(y.id)! })),
      })),
    });
  }

  // Each filter's events, found in one pass (the build stays proportional to the archive).
  const by: Record<FilterKind, Map<string, TimelineEvent[]>> = { place: new Map(), case: new Map(), kind: new Map() };
  const push = (k: FilterKind, id: string | undefined, e: TimelineEvent) => {
    if (!id) return;
    const list = by[k].get(id);
    if (list) list.push(e);
    else by[k].set(id, [e]);
  };
  for (const e of events) {
    push('place', e.place?.id, e);
    push('case', e.case?.id, e);
    push('kind', e.kind.id, e);
  }
  for (const k of ['place', 'case', 'kind'] as FilterKind[]) {
    for (const v of facets[k])
      list(`Timeline: ${v.text}`, by[k].get(v.id) ?? [], routes.timeline(k, v.id), {
        kind: k,
        id: v.id,
        label: v.text,
      });
  }
  return { events, pages, facets };
}
