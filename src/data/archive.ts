/**
 * The whole archive, loaded once per build from the content collections and checked as a
 * whole: every reference between entries must point at an entry that exists, and every
 * citation at a passage that exists. Astro only logs such problems; this stops the build,
 * naming the file and the field. Pages get their data from here, ready to show.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { relative, join } from 'node:path';
import { outlineSource } from '../lib/parse-document.ts';
import { CitationIndex, citationLinks, type ResolvedCitation } from '../lib/citations.ts';
import type { DocumentOutline } from '../lib/passages.ts';
import { findMentions, type PassageRef } from '../lib/mentions.ts';
import { relatedCasesOfAll, type Related } from '../lib/related.ts';
import { actCodingProblems } from '../lib/acts.ts';
import { readFileSync, existsSync } from 'node:fs';
import { shiftedPassages, type PublishedPassages } from '../lib/published-passages.ts';
import { parse } from 'yaml';
import { contentDir } from '../lib/paths.ts';

export type DocumentEntry = CollectionEntry<'documents'>;
export type DocumentEventEntry = CollectionEntry<'documentEvents'>;
export type CaseEntry = CollectionEntry<'cases'>;
export type PlaceEntry = CollectionEntry<'places'>;
export type PersonEntry = CollectionEntry<'people'>;
export type OrganizationEntry = CollectionEntry<'organizations'>;
export type ActEntry = CollectionEntry<'acts'>;
export type EntityKind = 'places' | 'people' | 'organizations';

export interface Archive {
  documents: DocumentEntry[];
  cases: CaseEntry[];
  places: PlaceEntry[];
  people: PersonEntry[];
  organizations: OrganizationEntry[];
  /** The vocabulary of acts (content/acts.yaml), in the file's order. */
  acts: ActEntry[];
  /** Dated facts of the documents outside any case (content/document-events.yaml). */
  documentEvents: DocumentEventEntry[];
  outlines: Map<string, DocumentOutline>;
  citations: CitationIndex;
  /** Entity id (per kind) → ids of the cases that name it. */
  casesOf: Record<EntityKind, Map<string, string[]>>;
  /** Entity id (per kind) → document passages that mention it. */
  mentionsOf: Record<EntityKind, Map<string, PassageRef[]>>;
  /** Case id → documents it cites. */
  documentsOfCase: Map<string, string[]>;
  /** Case id → every passage it cites (frontmatter and narrative), resolved. */
  citationsOfCase: Map<string, ResolvedCitation[]>;
  /** Document id → cases citing it. */
  casesOfDocument: Map<string, string[]>;
  related: Map<string, Related[]>;
}

export class ContentError extends Error {
  constructor(problems: string[]) {
    super(`The archive's content has ${problems.length} problem(s):\n  - ${problems.join('\n  - ')}`);
    this.name = 'ContentError';
  }
}

const fileOf = (e: { filePath?: string; id: string }, fallback: string) =>
  e.filePath ? relative(process.cwd(), e.filePath) : `${fallback} "${e.id}"`;

let loading: Promise<Archive> | undefined;

/** The checked archive (loaded once per build). */
export function getArchive(): Promise<Archive> {
  loading ??= load();
  return loading;
}

async function load(): Promise<Archive> {
  const [documents, cases, places, people, organizations, acts, documentEvents] = await Promise.all([
    getCollection('documents'),
    getCollection('cases'),
    getCollection('places'),
    getCollection('people'),
    getCollection('organizations'),
    getCollection('acts'),
    getCollection('documentEvents'),
  ]);
  const byTitle = <T extends { data: { title: string } }>(a: T, b: T) => a.data.title.localeCompare(b.data.title);
  const byName = <T extends { data: { name: string } }>(a: T, b: T) => a.data.name.localeCompare(b.data.name);
  documents.sort((a, b) => a.data.published.date.localeCompare(b.data.published.date) || byTitle(a, b));
  cases.sort(byTitle);
  places.sort(byName);
  people.sort(byName);
  organizations.sort(byName);

  const problems: string[] = [];
  const ids = {
    places: new Set(places.map((e) => e.id)),
    people: new Set(people.map((e) => e.id)),
    organizations: new Set(organizations.map((e) => e.id)),
    documents: new Set(documents.map((e) => e.id)),
  };
  const check = (file: string, field: string, kind: keyof typeof ids, id: string | undefined) => {
    if (id !== undefined && !ids[kind].has(id)) {
      const where = kind === 'documents' ? 'content/documents/' : `content/${kind}.yaml`;
      problems.push(`${file}: ${field}: there is no ${kind.replace(/s$/, '').replace(/ple$/, 'son')} "${id}" in ${where}`);
    }
  };

  for (const p of places) check(fileOf(p, 'place'), `entry "${p.id}": parent`, 'places', p.data.parent);
  for (const p of people) p.data.affiliations.forEach((a, i) => check(fileOf(p, 'person'), `entry "${p.id}": affiliations[${i}]`, 'organizations', a));
  for (const o of organizations) check(fileOf(o, 'organization'), `entry "${o.id}": parent`, 'organizations', o.data.parent);
  for (const d of documents) check(fileOf(d, 'document'), 'publisher', 'organizations', d.data.publisher);

  // The vocabulary keeps the order of content/acts.yaml (forcible return first), not the store's.
  const actOrder = (parse(readFileSync(join(contentDir(), 'acts.yaml'), 'utf8')) as { id: string }[]).map((a) => a.id);
  acts.sort((a, b) => actOrder.indexOf(a.id) - actOrder.indexOf(b.id));
  const actIds = new Set(acts.map((a) => a.id));

  const outlines = new Map<string, DocumentOutline>();
  for (const d of documents) {
    const outline = outlineSource(d.body ?? '');
    outlines.set(d.id, outline);
    for (const [i, part] of d.data.parts.entries()) {
      if (!outline.sections.some((s) => s.id === part.section)) {
        problems.push(`${fileOf(d, 'document')}: parts[${i}].section: there is no heading with id "${part.section}"`);
      }
    }
  }
  // Published passage ids must not shift (content/published-passages.json).
  const publishedFile = join(contentDir(), 'published-passages.json');
  if (existsSync(publishedFile)) {
    const published = JSON.parse(readFileSync(publishedFile, 'utf8')) as PublishedPassages;
    for (const d of documents) problems.push(...shiftedPassages(fileOf(d, 'document'), d.id, outlines.get(d.id)!.passages, published));
  }
  const citations = new CitationIndex(
    documents.map((d) => ({ id: d.id, title: d.data.title, citeAs: d.data.citeAs, ...outlines.get(d.id)! })),
  );

  const documentsOfCase = new Map<string, string[]>();
  const citationsOfCase = new Map<string, ResolvedCitation[]>();
  const casesOfDocument = new Map<string, string[]>(documents.map((d) => [d.id, []]));
  for (const c of cases) {
    const file = fileOf(c, 'case');
    const cited = new Set<string>();
    const resolved: ResolvedCitation[] = [];
    const cite = (field: string, ref: string) => {
      try {
        const r = citations.resolve(ref);
        resolved.push(r);
        cited.add(r.document.id);
      } catch (e) {
        problems.push(`${file}: ${field}: ${(e as Error).message}`);
      }
    };
    c.data.names.forEach((n, i) => check(file, `names[${i}].source`, 'documents', n.source));
    c.data.descriptions.forEach((n, i) => check(file, `descriptions[${i}].source`, 'documents', n.source));
    if (c.data.pseudonym) cite('pseudonym.source', c.data.pseudonym.source);
    c.data.statusSources.forEach((s, i) => cite(`statusSources[${i}]`, s));
    c.data.places.forEach((p, i) => check(file, `places[${i}]`, 'places', p));
    c.data.people.forEach((p, i) => check(file, `people[${i}]`, 'people', p));
    c.data.organizations.forEach((o, i) => check(file, `organizations[${i}]`, 'organizations', o));
    c.data.events.forEach((ev, i) => {
      check(file, `events[${i}].place`, 'places', ev.place);
      ev.sources.forEach((s, j) => cite(`events[${i}].sources[${j}]`, s));
      problems.push(...actCodingProblems(file, i, ev.acts, actIds, ids.organizations));
      ev.acts?.forEach((a, j) => a.sources.forEach((s, k) => cite(`events[${i}].acts[${j}].sources[${k}]`, s)));
    });
    for (const ref of citationLinks(c.body ?? '')) cite('narrative', ref);
    documentsOfCase.set(c.id, [...cited].sort());
    citationsOfCase.set(c.id, resolved);
    for (const d of cited) casesOfDocument.get(d)?.push(c.id);
  }
  for (const e of documentEvents) {
    const file = fileOf(e, 'dated fact');
    check(file, `entry "${e.id}": place`, 'places', e.data.place);
    e.data.sources.forEach((ref, i) => {
      try { citations.resolve(ref); } catch (err) { problems.push(`${file}: entry "${e.id}": sources[${i}]: ${(err as Error).message}`); }
    });
  }
  if (problems.length) throw new ContentError(problems);

  const casesOf: Archive['casesOf'] = { places: new Map(), people: new Map(), organizations: new Map() };
  for (const c of cases) {
    const add = (kind: EntityKind, id: string) => {
      const list = casesOf[kind].get(id) ?? [];
      if (!list.includes(c.id)) list.push(c.id);
      casesOf[kind].set(id, list);
    };
    c.data.places.forEach((p) => add('places', p));
    c.data.events.forEach((e) => e.place && add('places', e.place));
    c.data.people.forEach((p) => add('people', p));
    c.data.organizations.forEach((o) => add('organizations', o));
  }

  const passages: PassageRef[] = documents.flatMap((d) =>
    outlines.get(d.id)!.passages.map((p) => ({ document: d.id, passage: p.id, text: p.text })),
  );
  const mentionsOf: Archive['mentionsOf'] = {
    places: findMentions(places.map((p) => ({ id: p.id, names: [p.data.name, ...p.data.spellings, p.data.russian ?? ''] })), passages),
    people: findMentions(people.map((p) => ({ id: p.id, names: [p.data.name, ...p.data.spellings, p.data.russian ?? ''] })), passages),
    organizations: findMentions(
      organizations.map((o) => ({ id: o.id, names: [o.data.name, ...o.data.spellings, ...o.data.acronyms.filter((a) => a.length >= 3), o.data.russian ?? ''] })),
      passages,
    ),
  };

  const links = cases.map((c) => ({
    id: c.id,
    places: [...new Set([...c.data.places, ...c.data.events.flatMap((e) => (e.place ? [e.place] : []))])],
    people: c.data.people,
    organizations: c.data.organizations,
    documents: documentsOfCase.get(c.id) ?? [],
  }));
  const related = relatedCasesOfAll(links);

  return { documents, cases, places, people, organizations, acts, documentEvents, outlines, citations, casesOf, mentionsOf, documentsOfCase, citationsOfCase, casesOfDocument, related };
}

const lookups = new WeakMap<object, Map<string, unknown>>();

/** Looks an entry up strictly: a missing id is a bug in the archive, not something to skip. */
export function must<T extends { id: string }>(list: T[], id: string, what: string): T {
  // By id through a map made once per list: pages look entries up thousands of times.
  let byId = lookups.get(list) as Map<string, T> | undefined;
  if (!byId || byId.size !== list.length) lookups.set(list, (byId = new Map(list.map((e) => [e.id, e]))));
  const found = byId.get(id);
  if (!found) throw new ContentError([`no ${what} "${id}"`]);
  return found;
}
