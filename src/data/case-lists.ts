/**
 * The lists of cases a reader can browse without JavaScript: all cases, and the cases of one
 * status, decade, source document, place, person or organization. Each list is cut into pages
 * (src/lib/paging.ts) so that no page grows with the archive; each facet value is a plain link
 * with its count. Computed once per build.
 */
import type { Archive } from './archive.ts';
import { must } from './archive.ts';
import { caseRow } from './cases.ts';
import { STATUSES } from '../lib/vocabulary.ts';
import { paginate, type Page } from '../lib/paging.ts';
import { routes, type CaseFacet } from '../lib/routes.ts';

export type CaseRow = ReturnType<typeof caseRow>;

export type FacetKind = CaseFacet;

export interface CaseList {
  /** Address of the list's first page (routes.caseList), e.g. "/cases/status/detained/". */
  path: string;
  /** "Cases with the status “Detained”". */
  title: string;
  facet?: { kind: FacetKind; id: string; label: string };
  rows: CaseRow[];
}

export interface FacetValue {
  id: string;
  label: string;
  count: number;
  href: string;
}
export interface Facet {
  kind: FacetKind;
  label: string;
  values: FacetValue[];
}

const FACET_LABEL: Record<FacetKind, string> = {
  status: 'Status',
  act: 'Act recorded',
  decade: 'Decade',
  source: 'Source document',
  place: 'Place',
  person: 'Person',
  organization: 'Organization',
};
const TITLE: Record<FacetKind, (label: string) => string> = {
  status: (l) => `Cases with the status “${l}”`,
  act: (l) => `Cases recording ${l.toLowerCase()}`,
  decade: (l) => `Cases with events in the ${l}`,
  source: (l) => `Cases citing ${l}`,
  place: (l) => `Cases naming ${l}`,
  person: (l) => `Cases naming ${l}`,
  organization: (l) => `Cases naming ${l}`,
};

/** Sorts by name as a reader looks it up: a pseudonym's quotation marks do not count. */
export const nameKey = (title: string) => title.replace(/^[“”"‘’'«]+/, '').trim();
const byName = (a: CaseRow, b: CaseRow) =>
  nameKey(a.title).localeCompare(nameKey(b.title), 'en') || a.id.localeCompare(b.id);

interface CaseLists {
  all: CaseList;
  lists: CaseList[];
  facets: Facet[];
}
const built = new WeakMap<Archive, CaseLists>();

export function caseLists(archive: Archive): CaseLists {
  const cached = built.get(archive);
  if (cached) return cached;
  const rows = archive.cases.map((c) => caseRow(archive, c)).sort(byName);
  const groups = new Map<string, { kind: FacetKind; id: string; label: string; rows: CaseRow[] }>();
  const add = (kind: FacetKind, id: string, label: () => string, row: CaseRow) => {
    const key = `${kind}/${id}`;
    let g = groups.get(key);
    if (!g) groups.set(key, (g = { kind, id, label: label(), rows: [] }));
    if (g.rows.at(-1) !== row) g.rows.push(row);
  };
  // Every status, document, place, person and organization has its list, even when no case
  // names it yet: a published list address never disappears while its subject exists.
  const open = (kind: FacetKind, id: string, label: string) => {
    if (!groups.has(`${kind}/${id}`)) groups.set(`${kind}/${id}`, { kind, id, label, rows: [] });
  };
  for (const [id, label] of Object.entries(STATUSES)) open('status', id, label);
  for (const a of archive.acts) open('act', a.id, a.data.name);
  for (const d of archive.documents) open('source', d.id, d.data.citeAs);
  for (const p of archive.places) open('place', p.id, p.data.name);
  for (const p of archive.people) open('person', p.id, p.data.name);
  for (const o of archive.organizations) open('organization', o.id, o.data.name);
  const caseById = new Map(archive.cases.map((c) => [c.id, c]));
  for (const r of rows) {
    const c = caseById.get(r.id)!;
    add('status', r.status, () => r.statusLabel, r);
    for (const a of archive.acts)
      if (c.data.events.some((e) => e.acts?.some((x) => x.act === a.id))) add('act', a.id, () => a.data.name, r);
    for (const d of r.decades) add('decade', d, () => d, r);
    for (const s of r.sources) add('source', s.id, () => s.text, r);
    for (const p of new Set([...c.data.places, ...c.data.events.flatMap((e) => (e.place ? [e.place] : []))])) {
      add('place', p, () => must(archive.places, p, 'place').data.name, r);
    }
    for (const p of c.data.people) add('person', p, () => must(archive.people, p, 'person').data.name, r);
    for (const o of c.data.organizations)
      add('organization', o, () => must(archive.organizations, o, 'organization').data.name, r);
  }
  const all: CaseList = { path: routes.caseList(), title: 'Cases', rows };
  const lists = [
    all,
    ...[...groups.values()].map((g) => ({
      path: routes.caseList(g.kind, g.id),
      title: TITLE[g.kind](g.label),
      facet: { kind: g.kind, id: g.id, label: g.label },
      rows: g.rows,
    })),
  ];
  const order: Record<FacetKind, (a: FacetValue, b: FacetValue) => number> = {
    status: (a, b) => Object.keys(STATUSES).indexOf(a.id) - Object.keys(STATUSES).indexOf(b.id),
    act: (a, b) => archive.acts.findIndex((x) => x.id === a.id) - archive.acts.findIndex((x) => x.id === b.id),
    decade: (a, b) => a.id.localeCompare(b.id),
    source: (a, b) =>
      archive.documents.findIndex((d) => d.id === a.id) - archive.documents.findIndex((d) => d.id === b.id),
    place: (a, b) => b.count - a.count || a.label.localeCompare(b.label),
    person: (a, b) => a.label.localeCompare(b.label),
    organization: (a, b) => b.count - a.count || a.label.localeCompare(b.label),
  };
  const facets = (Object.keys(FACET_LABEL) as FacetKind[]).map((kind) => ({
    kind,
    label: FACET_LABEL[kind],
    values: [...groups.values()]
      .filter((g) => g.kind === kind && g.rows.length > 0)
      .map((g) => ({ id: g.id, label: g.label, count: g.rows.length, href: routes.caseList(kind, g.id) }))
      .sort(order[kind]),
  }));
  const result = { all, lists, facets };
  built.set(archive, result);
  return result;
}

/** Every page of every case list, except the first page of all cases (/cases/ itself). */
export function caseListPages(archive: Archive): { params: { list: string }; props: { path: string; page: number } }[] {
  return caseLists(archive)
    .lists.flatMap((list) => paginate(list.rows).map((p) => ({ list, p })))
    .filter(({ list, p }) => !(list.path === routes.caseList() && p.number === 1))
    .map(({ list, p }) => ({
      params: { list: routes.rest(routes.page(list.path, p.number), routes.caseList())! },
      props: { path: list.path, page: p.number },
    }));
}

/** One page of one list, ready to show. */
export function caseListPage(
  archive: Archive,
  path: string,
  number: number,
): { list: CaseList; page: Page<CaseRow>; facets: Facet[] } {
  const { lists, facets } = caseLists(archive);
  const list = lists.find((l) => l.path === path);
  if (!list) throw new Error(`no case list at ${path}`);
  const page = paginate(list.rows)[number - 1];
  if (!page) throw new Error(`no page ${number} of ${path}`);
  return { list, page, facets };
}

/** The list of the cases naming an entity, for its page ("All 512 cases naming Vladivostok"). */
export function entityCaseList(
  archive: Archive,
  kind: 'places' | 'people' | 'organizations',
  id: string,
): CaseList | undefined {
  const facet: FacetKind = kind === 'places' ? 'place' : kind === 'people' ? 'person' : 'organization';
  return caseLists(archive).lists.find((l) => l.path === routes.caseList(facet, id));
}
