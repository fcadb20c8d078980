/** People, places and organizations as pages: names, spellings, and every back-link. */
import type { Archive, EntityKind } from './archive.ts';
import { must } from './archive.ts';
import { entityCaseList } from './case-lists.ts';

/** How many of its cases an entity's page lists before linking to the whole list. */
export const CASES_SHOWN = 20;
import { labelOf } from '../lib/vocabulary.ts';
import { routes } from '../lib/routes.ts';

export const KIND_LABEL: Record<EntityKind, { one: string; many: string }> = {
  places: { one: 'Place', many: 'Places' },
  people: { one: 'Person', many: 'People' },
  organizations: { one: 'Organization', many: 'Organizations' },
};

export interface EntitySummary {
  kind: EntityKind;
  id: string;
  href: string;
  name: string;
  /** Every other spelling: Latin, Cyrillic, Hangul, acronyms. */
  spellings: string[];
  description: string;
  /** The Russian (Cyrillic) name, if any. */
  russian?: string;
}

const summaries = new WeakMap<Archive, Map<EntityKind, EntitySummary[]>>();

/** Every entity of a kind, ready to list (computed once per build). */
export function entitySummaries(archive: Archive, kind: EntityKind): EntitySummary[] {
  const byKind = summaries.get(archive) ?? new Map<EntityKind, EntitySummary[]>();
  summaries.set(archive, byKind);
  if (!byKind.has(kind)) byKind.set(kind, summarize(archive, kind));
  return byKind.get(kind)!;
}

function summarize(archive: Archive, kind: EntityKind): EntitySummary[] {
  if (kind === 'places') {
    return archive.places.map((p) => ({
      kind,
      id: p.id,
      href: routes.place(p.id),
      name: p.data.name,
      spellings: uniq([...p.data.spellings, p.data.russian, p.data.native], p.data.name),
      russian: p.data.russian,
      description: `${labelOf(p.data.kind)}${p.data.parent ? `, ${must(archive.places, p.data.parent, 'place').data.name}` : ''}`,
    }));
  }
  if (kind === 'people') {
    return archive.people.map((p) => ({
      kind,
      id: p.id,
      href: routes.person(p.id),
      name: p.data.name,
      spellings: uniq([...p.data.spellings, p.data.russian, p.data.korean], p.data.name),
      russian: p.data.russian,
      description: p.data.role,
    }));
  }
  return archive.organizations.map((o) => ({
    kind,
    id: o.id,
    href: routes.organization(o.id),
    name: o.data.name,
    spellings: uniq([...o.data.acronyms, ...o.data.spellings, o.data.russian, o.data.korean], o.data.name),
    description: labelOf(o.data.kind),
  }));
}

function uniq(xs: (string | undefined)[], name: string): string[] {
  return [...new Set(xs.filter((x): x is string => Boolean(x && x.trim()) && x !== name))];
}

export function entityView(archive: Archive, kind: EntityKind, id: string) {
  const summary = entitySummaries(archive, kind).find((e) => e.id === id)!;
  // The first cases by name; the whole list is paged at its own address, so the page stays small.
  const list = entityCaseList(archive, kind, id);
  const cases = (list?.rows ?? [])
    .slice(0, CASES_SHOWN)
    .map((r) => ({ href: r.href, title: r.title, status: r.statusLabel, summary: r.summary }));
  const allCases = list && list.rows.length > CASES_SHOWN ? { href: list.path, count: list.rows.length } : null;
  const byDoc = new Map<string, { href: string; label: string; text: string }[]>();
  for (const m of archive.mentionsOf[kind].get(id) ?? []) {
    const passage = archive.outlines.get(m.document)!.passages.find((p) => p.id === m.passage)!;
    const list = byDoc.get(m.document) ?? [];
    list.push({
      href: routes.document(m.document, m.passage),
      label: passage.label,
      text: excerptAround(m.text, [summary.name, ...summary.spellings]),
    });
    byDoc.set(m.document, list);
  }
  const mentions = [...byDoc].map(([docId, passages]) => {
    const d = must(archive.documents, docId, 'document');
    return { href: routes.document(docId), title: d.data.title, citeAs: d.data.citeAs, passages };
  });
  return { summary, cases, allCases, mentions };
}

/** About 30 words around the first mention of any of the names. */
export function excerptAround(text: string, names: string[]): string {
  const lower = text.toLowerCase();
  const at = Math.min(...names.map((n) => lower.indexOf(n.toLowerCase())).filter((i) => i >= 0), text.length);
  const start = Math.max(0, text.lastIndexOf(' ', Math.max(0, at - 90)));
  const end = text.indexOf(' ', Math.min(text.length, at + 110));
  return `${start > 0 ? '… ' : ''}${text.slice(start, end < 0 ? undefined : end).trim()}${end > 0 && end < text.length ? ' …' : ''}`;
}
