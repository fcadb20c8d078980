/** Everything a document page shows, derived from the archive. */
import type { Archive, DocumentEntry } from './archive.ts';
import { must } from './archive.ts';
import type { CitableDocument } from '../lib/cite.ts';
import { describeDate } from '../lib/dates.ts';
import { sitePath } from '../lib/site-path.ts';
import type { Section } from '../lib/passages.ts';
import { groupCitations, type ResolvedCitation } from '../lib/citations.ts';

export function documentPath(id: string) {
  return `/documents/${id}/`;
}

export function citable(archive: Archive, doc: DocumentEntry, site: URL): CitableDocument {
  const publisher = must(archive.organizations, doc.data.publisher, 'organization');
  return {
    publisher: publisher.data.name,
    authors: doc.data.authors,
    title: doc.data.title,
    identifiers: doc.data.identifiers,
    date: describeDate(doc.data.published),
    url: new URL(sitePath(documentPath(doc.id)), site).href,
  };
}

export interface TocEntry { id: string; text: string; depth: number }

export function tableOfContents(sections: Section[]): TocEntry[] {
  return sections.map((s) => ({ id: s.id, text: s.number ? `${s.number} ${s.title}` : s.title, depth: s.depth }));
}

/** How many citing cases a document page lists before linking to the whole list. */
export const CITING_SHOWN = 20;
/** How many cases a paragraph's entry names before "and n more". */
const PER_PARAGRAPH = 3;

/**
 * The cases citing a document: the first ones by title, each with the paragraphs it cites, and
 * for each cited paragraph the cases citing it. Bounded, so that the page does not grow with
 * the archive; the whole list is /cases/source/<id>/.
 */
export function citingCases(archive: Archive, doc: DocumentEntry) {
  const ids = archive.casesOfDocument.get(doc.id) ?? [];
  const cases = ids.map((id) => must(archive.cases, id, 'case')).sort((a, b) => a.data.title.localeCompare(b.data.title));
  const byPassage = new Map<string, { href: string; title: string }[]>();
  const cited = new Map<string, ResolvedCitation[]>();
  for (const c of cases) {
    const own = (archive.citationsOfCase.get(c.id) ?? []).filter((r) => r.document.id === doc.id);
    cited.set(c.id, own);
    for (const pid of new Set(own.map((r) => r.passage.id))) {
      byPassage.set(pid, [...(byPassage.get(pid) ?? []), { href: sitePath(`/cases/${c.id}/`), title: c.data.title }]);
    }
  }
  const order = archive.outlines.get(doc.id)!.passages;
  return {
    total: cases.length,
    all: sitePath(`/cases/source/${doc.id}/`),
    shown: cases.slice(0, CITING_SHOWN).map((c) => ({ href: sitePath(`/cases/${c.id}/`), title: c.data.title, cites: groupCitations(cited.get(c.id)!)[0].label.slice(doc.data.citeAs.length + 2) })),
    passages: order
      .filter((p) => byPassage.has(p.id))
      .map((p) => {
        const list = byPassage.get(p.id)!;
        return { id: p.id, label: p.label, count: list.length, cases: list.slice(0, PER_PARAGRAPH), more: Math.max(0, list.length - PER_PARAGRAPH) };
      }),
  };
}
