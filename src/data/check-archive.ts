/**
 * The checks of the archive as a whole, as one pure function: every reference between entries
 * must point at an entry that exists, every citation at a passage that exists, every act at the
 * vocabulary and every perpetrator at an organization; published passage ids must not shift.
 * Each problem names the file and the field. The build (src/data/archive.ts) and
 * `npm run check-citations` (scripts/check-citations.ts) both call it, on the same content.
 */
import { relative } from 'node:path';
import type { CitationIndex } from '../lib/citations.ts';
import { citationLinks } from '../lib/citations.ts';
import { actCodingProblems, type ActCoding } from '../lib/acts.ts';
import type { DocumentOutline } from '../lib/passages.ts';
import { shiftedPassages, type PublishedPassages } from '../lib/published-passages.ts';

/** An entry as the content layer gives it: its id, its file, its fields (and a body for MDX). */
interface Entry<D> {
  id: string;
  filePath?: string;
  body?: string;
  data: D;
}

/** The parts of the archive's content the checks read, whether from Astro's store or from the files. */
export interface ArchiveContent {
  documents: Entry<{ publisher: string; parts?: { section: string }[] }>[];
  cases: Entry<{
    names?: { source: string }[];
    descriptions?: { source: string }[];
    pseudonym?: false | { source: string };
    statusSources?: string[];
    places?: string[];
    people?: string[];
    organizations?: string[];
    events?: { place?: string; sources?: string[]; acts?: ActCoding[] }[];
  }>[];
  places: Entry<{ parent?: string }>[];
  people: Entry<{ affiliations?: string[] }>[];
  organizations: Entry<{ parent?: string }>[];
  acts: { id: string }[];
  documentEvents: Entry<{ place?: string; sources?: string[] }>[];
}

export interface ArchiveChecks {
  /** Each document's outline (sections and passages), by document id. */
  outlines: Map<string, DocumentOutline>;
  /** The one index every citation is resolved through. */
  citations: CitationIndex;
  /** The recorded passage ids with their opening words (content/published-passages.json), if any. */
  published?: PublishedPassages;
}

/** Where a problem is: the entry's file, relative to the working folder, or its kind and id. */
export const fileOf = (e: { filePath?: string; id: string }, fallback: string) =>
  e.filePath ? relative(process.cwd(), e.filePath) : `${fallback} "${e.id}"`;

/** Every problem of the archive, each naming the file and the field; [] when it is sound. */
export function checkArchive(content: ArchiveContent, { outlines, citations, published }: ArchiveChecks): string[] {
  const { documents, cases, places, people, organizations, acts, documentEvents } = content;
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
      problems.push(
        `${file}: ${field}: there is no ${kind.replace(/s$/, '').replace(/ple$/, 'son')} "${id}" in ${where}`,
      );
    }
  };
  const cite = (file: string, field: string, ref: string) => {
    try {
      citations.resolve(ref);
    } catch (e) {
      problems.push(`${file}: ${field}: ${(e as Error).message}`);
    }
  };

  for (const p of places) check(fileOf(p, 'place'), `entry "${p.id}": parent`, 'places', p.data.parent);
  for (const p of people)
    (p.data.affiliations ?? []).forEach((a, i) =>
      check(fileOf(p, 'person'), `entry "${p.id}": affiliations[${i}]`, 'organizations', a),
    );
  for (const o of organizations)
    check(fileOf(o, 'organization'), `entry "${o.id}": parent`, 'organizations', o.data.parent);

  for (const d of documents) {
    const file = fileOf(d, 'document');
    check(file, 'publisher', 'organizations', d.data.publisher);
    const outline = outlines.get(d.id);
    for (const [i, part] of (d.data.parts ?? []).entries()) {
      if (!outline?.sections.some((s) => s.id === part.section))
        problems.push(`${file}: parts[${i}].section: there is no heading with id "${part.section}"`);
    }
    if (published && outline) problems.push(...shiftedPassages(file, d.id, outline.passages, published));
  }

  const actIds = new Set(acts.map((a) => a.id));
  for (const c of cases) {
    const file = fileOf(c, 'case');
    const d = c.data;
    (d.names ?? []).forEach((n, i) => check(file, `names[${i}].source`, 'documents', n.source));
    (d.descriptions ?? []).forEach((n, i) => check(file, `descriptions[${i}].source`, 'documents', n.source));
    if (d.pseudonym) cite(file, 'pseudonym.source', d.pseudonym.source);
    (d.statusSources ?? []).forEach((s, i) => cite(file, `statusSources[${i}]`, s));
    (d.places ?? []).forEach((p, i) => check(file, `places[${i}]`, 'places', p));
    (d.people ?? []).forEach((p, i) => check(file, `people[${i}]`, 'people', p));
    (d.organizations ?? []).forEach((o, i) => check(file, `organizations[${i}]`, 'organizations', o));
    (d.events ?? []).forEach((ev, i) => {
      check(file, `events[${i}].place`, 'places', ev.place);
      (ev.sources ?? []).forEach((s, j) => cite(file, `events[${i}].sources[${j}]`, s));
      problems.push(...actCodingProblems(file, i, ev.acts, actIds, ids.organizations));
      ev.acts?.forEach((a, j) =>
        (a.sources ?? []).forEach((s, k) => cite(file, `events[${i}].acts[${j}].sources[${k}]`, s)),
      );
    });
    for (const ref of citationLinks(c.body ?? '')) cite(file, 'narrative', ref);
  }
  for (const e of documentEvents) {
    const file = fileOf(e, 'dated fact');
    check(file, `entry "${e.id}": place`, 'places', e.data.place);
    (e.data.sources ?? []).forEach((ref, i) => cite(file, `entry "${e.id}": sources[${i}]`, ref));
  }
  return problems;
}
