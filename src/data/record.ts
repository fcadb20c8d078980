/**
 * The record a researcher can count: every act coded on every case event, with who is said to
 * have done it, how firmly the source says so, and the passages it rests on; and the counts by
 * act, perpetrator and decade behind /record/, /acts/<id>/ and /perpetrators/<id>/.
 * Computed once per build.
 */
import type { Archive } from './archive.ts';
import { must } from './archive.ts';
import { describeDate, decadeOf } from '../lib/dates.ts';
import { inEventOrder } from '../lib/timeline.ts';
import { withAncestors, decadeRange, tally } from '../lib/acts.ts';
import { ATTRIBUTIONS, ATTRIBUTION_MEANINGS, type Attribution } from '../lib/vocabulary.ts';
import type { ResolvedCitation } from '../lib/citations.ts';
import { paginate, type Page } from '../lib/paging.ts';
import { routes, NOT_NAMED } from '../lib/routes.ts';
import { countOf } from '../lib/count-words.ts';
import { inText, pronounsOf } from '../lib/organization-grammar.ts';

/** The name of the page of the acts whose source names no one (routes.recordGroup(NOT_NAMED)). */
export const NOT_NAMED_LABEL = 'Not named in the source';

export interface Named {
  id: string;
  name: string;
  href: string;
}

/** One act coded on one case event. */
export interface CodedAct {
  key: string;
  caseId: string;
  caseTitle: string;
  caseHref: string;
  pseudonym: boolean;
  /** Position of the event in its case, by date, from 1 (as in the exports). */
  n: number;
  date: string;
  when: string;
  decade: string;
  text: string;
  act: Named;
  perpetrators: Named[];
  /** The perpetrators and every body above them (e.g. russian-police → russian-authorities). */
  within: Set<string>;
  attribution: Attribution;
  note?: string;
  evidence: ResolvedCitation[];
}

export interface Count {
  events: number;
  cases: number;
}

export interface ArchiveRecord {
  coded: CodedAct[];
  /** Events that record no act. */
  uncoded: number;
  events: number;
  acts: (Named & { definition: string; scope?: string; basis: { instrument: string; article: string }[] })[];
  byAct: Map<string, Count>;
  /** Perpetrators as rows: each body named, and the bodies above them; with their counts per act. */
  perpetrators: (Named & { depth: number; parent?: string; total: Count; byAct: Map<string, Count> })[];
  notNamed: { total: Count; byAct: Map<string, Count> };
  decades: string[];
  /** decade → act → count; decade → all acts. */
  byDecade: Map<string, { total: Count; byAct: Map<string, Count> }>;
  attributions: { id: Attribution; meaning: string; count: number }[];
}

const count = (list: CodedAct[]): Count => ({
  events: new Set(list.map((c) => c.key)).size,
  cases: new Set(list.map((c) => c.caseId)).size,
});
const perAct = (list: CodedAct[]) => {
  const m = new Map<string, CodedAct[]>();
  for (const c of list) m.set(c.act.id, [...(m.get(c.act.id) ?? []), c]);
  return new Map([...m].map(([k, v]) => [k, count(v)]));
};

const built = new WeakMap<Archive, ArchiveRecord>();

export function record(archive: Archive): ArchiveRecord {
  const cached = built.get(archive);
  if (cached) return cached;
  const org = (id: string): Named => ({
    id,
    name: must(archive.organizations, id, 'organization').data.name,
    href: routes.perpetrator(id),
  });
  const parentOf = (id: string) => archive.organizations.find((o) => o.id === id)?.data.parent;
  const actName = new Map(archive.acts.map((a) => [a.id, a.data.name]));
  const coded: CodedAct[] = [];
  let uncoded = 0;
  let events = 0;
  for (const c of archive.cases) {
    const sorted = inEventOrder(c.data.events);
    sorted.forEach((e, i) => {
      events++;
      const acts = e.acts ?? [];
      if (acts.length === 0) uncoded++;
      for (const a of acts) {
        coded.push({
          key: `${c.id}/${i + 1}`,
          caseId: c.id,
          caseTitle: c.data.title,
          caseHref: routes.case(c.id),
          pseudonym: Boolean(c.data.pseudonym),
          n: i + 1,
          date: e.date,
          when: describeDate(e),
          decade: decadeOf(e.date),
          text: e.text,
          act: { id: a.act, name: actName.get(a.act) ?? a.act, href: routes.act(a.act) },
          perpetrators: a.perpetrators.map(org),
          within: new Set(a.perpetrators.flatMap((p) => withAncestors(p, parentOf))),
          attribution: a.attribution as Attribution,
          note: a.note,
          evidence: a.sources.map((s) => archive.citations.resolve(s)),
        });
      }
    });
  }
  coded.sort((a, b) => a.date.localeCompare(b.date) || a.caseTitle.localeCompare(b.caseTitle) || a.n - b.n);

  // Perpetrator rows: every body named, and every body above one, as a tree in name order.
  const ids = new Set(coded.flatMap((c) => [...c.within]));
  const children = new Map<string | undefined, string[]>();
  for (const id of ids) {
    const p = parentOf(id);
    const key = p && ids.has(p) ? p : undefined;
    children.set(key, [...(children.get(key) ?? []), id]);
  }
  const perpetrators: ArchiveRecord['perpetrators'] = [];
  const walk = (parent: string | undefined, depth: number) => {
    const kids = (children.get(parent) ?? []).map(org).sort((a, b) => a.name.localeCompare(b.name));
    for (const k of kids) {
      const list = coded.filter((c) => c.within.has(k.id));
      perpetrators.push({ ...k, depth, parent, total: count(list), byAct: perAct(list) });
      walk(k.id, depth + 1);
    }
  };
  walk(undefined, 0);
  const unnamed = coded.filter((c) => c.perpetrators.length === 0);

  const decades = decadeRange([...new Set(coded.map((c) => c.decade))]);
  const byDecade = new Map(
    decades.map((d) => {
      const list = coded.filter((c) => c.decade === d);
      return [d, { total: count(list), byAct: perAct(list) }];
    }),
  );
  const attributionCounts = tally(coded.map((c): [Attribution, string] => [c.attribution, `${c.key}/${c.act.id}`]));

  const result: ArchiveRecord = {
    coded,
    uncoded,
    events,
    acts: archive.acts.map((a) => ({
      id: a.id,
      name: a.data.name,
      href: routes.act(a.id),
      definition: a.data.definition,
      scope: a.data.scope,
      basis: a.data.basis,
    })),
    byAct: perAct(coded),
    perpetrators,
    notNamed: { total: count(unnamed), byAct: perAct(unnamed) },
    decades,
    byDecade,
    attributions: ATTRIBUTIONS.map((id) => ({
      id,
      meaning: ATTRIBUTION_MEANINGS[id],
      count: attributionCounts.get(id) ?? 0,
    })),
  };
  built.set(archive, result);
  return result;
}

/** The acts coded with one act, with one perpetrator (or a body under it), in one decade, or with no one named. */
export function codedWith(
  archive: Archive,
  filter: { act?: string; perpetrator?: string; decade?: string; notNamed?: boolean },
): CodedAct[] {
  return record(archive).coded.filter(
    (c) =>
      (!filter.act || c.act.id === filter.act) &&
      (!filter.perpetrator || c.within.has(filter.perpetrator)) &&
      (!filter.decade || c.decade === filter.decade) &&
      (!filter.notNamed || c.perpetrators.length === 0),
  );
}

/** Groups coded acts under headings, keeping their order. */
export function groupBy<K>(list: CodedAct[], key: (c: CodedAct) => K): [K, CodedAct[]][] {
  const m = new Map<K, CodedAct[]>();
  for (const c of list) m.set(key(c), [...(m.get(key(c)) ?? []), c]);
  return [...m];
}

/** The coding of one event for its case page: act names, perpetrators, attribution, evidence. */
export function eventActsView(
  archive: Archive,
  acts: { act: string; perpetrators: string[]; attribution: string; sources: string[]; note?: string }[] | undefined,
) {
  return (acts ?? []).map((a) => ({
    act: { id: a.act, name: must(archive.acts, a.act, 'act').data.name, href: routes.act(a.act) },
    perpetrators: a.perpetrators.map((p) => ({
      id: p,
      name: must(archive.organizations, p, 'organization').data.name,
      href: routes.perpetrator(p),
    })),
    attribution: a.attribution,
    note: a.note,
    evidence: a.sources.map((s) => archive.citations.resolve(s)),
  }));
}

export { ATTRIBUTION_MEANINGS };

/** The line on an organization's page that leads to the acts attributed to it (none if there are none). */
export function perpetratorFact(archive: Archive, id: string): [string, { href: string; text: string }][] {
  const p = record(archive).perpetrators.find((x) => x.id === id);
  if (!p) return [];
  return [
    [
      'Acts attributed',
      {
        href: routes.perpetrator(id),
        text: `${countOf(p.total.events, 'event', 'events')} in ${countOf(p.total.cases, 'case', 'cases')}`,
      },
    ],
  ];
}

/** Names of the acts recorded by a case's events (or by any case), in the vocabulary's order: the search filter's values. */
export function caseActNames(archive: Archive, c?: Archive['cases'][number]): string[] {
  const used = new Set(
    (c ? [c] : archive.cases).flatMap((x) => x.data.events.flatMap((e) => (e.acts ?? []).map((a) => a.act))),
  );
  return archive.acts.filter((a) => used.has(a.id)).map((a) => a.data.name);
}

/** How many events a list page shows, and how many a summary page shows of each group before linking to the whole list. */
export const EVENTS_PER_PAGE = 25;
export const PREVIEW = 5;

/** A whole list of events, paged at its own address: one act by one perpetrator, in one decade, or by no one named. */
export interface CodedList {
  path: string;
  title: string;
  lede: string;
  up: { href: string; text: string };
  items: CodedAct[];
}

const lists = new WeakMap<Archive, CodedList[]>();

export function codedLists(archive: Archive): CodedList[] {
  const cached = lists.get(archive);
  if (cached) return cached;
  const r = record(archive);
  const out: CodedList[] = [];
  for (const a of r.acts) {
    const ofAct = r.coded.filter((c) => c.act.id === a.id);
    if (ofAct.length === 0) continue;
    for (const [decade, items] of groupBy(ofAct, (c) => c.decade)) {
      out.push({
        path: routes.actDecade(a.id, decade),
        title: `${a.name}: events of the ${decade}`,
        lede: `Events dated in the ${decade} that record ${a.name.toLowerCase()}, by date, each with the passages it rests on.`,
        up: { href: routes.act(a.id), text: a.name },
        items,
      });
    }
    for (const p of r.perpetrators) {
      const items = ofAct.filter((c) => c.within.has(p.id));
      if (items.length)
        out.push({
          path: routes.perpetratorAct(p.id, a.id),
          title: `${a.name} attributed to ${inText(p.name)}`,
          lede: `Events in which a source says that ${inText(p.name)}${r.perpetrators.some((x) => x.parent === p.id) ? `, or a body under ${pronounsOf(p.name).object},` : ''} committed ${a.name.toLowerCase()}, by date, each with the passages it rests on and how firmly the source says so.`,
          up: { href: routes.perpetrator(p.id), text: `Acts attributed to ${inText(p.name)}` },
          items,
        });
    }
    const unnamed = ofAct.filter((c) => c.perpetrators.length === 0);
    if (unnamed.length)
      out.push({
        path: routes.notNamedAct(a.id),
        title: `${a.name}, no perpetrator named`,
        lede: `Events that record ${a.name.toLowerCase()} without the source saying who did it, by date, each with the passages it rests on.`,
        up: { href: routes.recordGroup(NOT_NAMED), text: 'Acts whose source names no perpetrator' },
        items: unnamed,
      });
  }
  lists.set(archive, out);
  return out;
}

export function codedList(archive: Archive, path: string): CodedList {
  const l = codedLists(archive).find((x) => x.path === path);
  if (!l) throw new Error(`no list of events at ${path}`);
  return l;
}

/** Route parameters for every page of the lists under the folder `folder` (e.g. routes.acts()): `rest` is the address after it. */
export function codedListRoutes(archive: Archive, folder: string) {
  return codedLists(archive)
    .filter((l) => l.path.startsWith(folder))
    .flatMap((l) =>
      paginate(l.items, EVENTS_PER_PAGE).map((pg) => ({
        params: { rest: routes.rest(routes.page(l.path, pg.number), folder) },
        props: { path: l.path, page: pg.number },
      })),
    );
}

/** One page of one list, ready to show. */
export function codedListPage(
  archive: Archive,
  path: string,
  number: number,
): { list: CodedList; page: Page<CodedAct> } {
  const list = codedList(archive, path);
  const page = paginate(list.items, EVENTS_PER_PAGE)[number - 1];
  if (!page) throw new Error(`no page ${number} of ${path}`);
  return { list, page };
}
