/**
 * The whole archive, loaded once per build from the content collections and checked as a
 * whole: every reference between entries must point at an entry that exists, and every
 * citation at a passage that exists. Astro only logs such problems; this stops the build,
 * naming the file and the field. Pages get their data from here, ready to show.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { join } from 'node:path';
import { outlineSource } from '../lib/parse-document.ts';
import { citationLinks, type CitationIndex, type ResolvedCitation } from '../lib/citations.ts';
import { loadCitationIndex } from '../lib/document-index.ts';
import type { DocumentOutline } from '../lib/passages.ts';
import { findMentions, type PassageRef } from '../lib/mentions.ts';
import { relatedCasesOfAll, type Related } from '../lib/related.ts';
import { readFileSync, existsSync } from 'node:fs';
import type { PublishedPassages } from '../lib/published-passages.ts';
import { checkArchive } from './check-archive.ts';
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

let loading: Promise<Archive> | undefined;

/** The checked archive (loaded once per build): loaded, checked as a whole, then indexed. */
export function getArchive(): Promise<Archive> {
  loading ??= load().then((content) => {
    const outlines = outlineDocuments(content.documents);
    const citations = loadCitationIndex(join(contentDir(), 'documents'), import.meta.env.BASE_URL);
    const problems = checkArchive(content, { outlines, citations, published: publishedPassages() });
    if (problems.length) throw new ContentError(problems);
    return indexArchive(content, outlines, citations);
  });
  return loading;
}

type Content = Pick<Archive, 'documents' | 'cases' | 'places' | 'people' | 'organizations' | 'acts' | 'documentEvents'>;

/** Every collection, in the order pages list them. */
async function load(): Promise<Content> {
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
  // The vocabulary keeps the order of content/acts.yaml (forcible return first), not the store's.
  const actOrder = (parse(readFileSync(join(contentDir(), 'acts.yaml'), 'utf8')) as { id: string }[]).map((a) => a.id);
  acts.sort((a, b) => actOrder.indexOf(a.id) - actOrder.indexOf(b.id));
  return { documents, cases, places, people, organizations, acts, documentEvents };
}

/** Each document's sections and passages, parsed once. */
function outlineDocuments(documents: DocumentEntry[]): Map<string, DocumentOutline> {
  return new Map(documents.map((d) => [d.id, outlineSource(d.body ?? '')]));
}

/** The recorded passage ids (content/published-passages.json), which must not shift. */
function publishedPassages(): PublishedPassages | undefined {
  const file = join(contentDir(), 'published-passages.json');
  return existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as PublishedPassages) : undefined;
}

/** The indexes pages read: who cites what, who names whom, which cases are related. */
function indexArchive(content: Content, outlines: Map<string, DocumentOutline>, citations: CitationIndex): Archive {
  const { documents, cases, places, people, organizations } = content;
  const documentsOfCase = new Map<string, string[]>();
  const citationsOfCase = new Map<string, ResolvedCitation[]>();
  const casesOfDocument = new Map<string, string[]>(documents.map((d) => [d.id, []]));
  for (const c of cases) {
    const refs = [
      ...(c.data.pseudonym ? [c.data.pseudonym.source] : []),
      ...c.data.statusSources,
      ...c.data.events.flatMap((ev) => [...ev.sources, ...(ev.acts ?? []).flatMap((a) => a.sources)]),
      ...citationLinks(c.body ?? ''),
    ];
    const resolved = refs.map((ref) => citations.resolve(ref));
    const cited = [...new Set(resolved.map((r) => r.document.id))].sort();
    documentsOfCase.set(c.id, cited);
    citationsOfCase.set(c.id, resolved);
    for (const d of cited) casesOfDocument.get(d)?.push(c.id);
  }

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
    places: findMentions(
      places.map((p) => ({ id: p.id, names: [p.data.name, ...p.data.spellings, p.data.russian ?? ''] })),
      passages,
    ),
    people: findMentions(
      people.map((p) => ({ id: p.id, names: [p.data.name, ...p.data.spellings, p.data.russian ?? ''] })),
      passages,
    ),
    organizations: findMentions(
      organizations.map((o) => ({
        id: o.id,
        names: [
          o.data.name,
          ...o.data.spellings,
          ...o.data.acronyms.filter((a) => a.length >= 3),
          o.data.russian ?? '',
        ],
      })),
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

  return {
    ...content,
    outlines,
    citations,
    casesOf,
    mentionsOf,
    documentsOfCase,
    citationsOfCase,
    casesOfDocument,
    related,
  };
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
