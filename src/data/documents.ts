/** Everything a document page shows, derived from the archive. */
import type { Archive, DocumentEntry } from './archive.ts';
import { must } from './archive.ts';
import { routes } from '../lib/routes.ts';
import type { Section } from '../lib/passages.ts';
import { groupCitations, type ResolvedCitation } from '../lib/citations.ts';
import { paginate } from '../lib/paging.ts';
import { nameKey } from './case-lists.ts';

export interface TocEntry {
  id: string;
  text: string;
  depth: number;
}

export function tableOfContents(sections: Section[]): TocEntry[] {
  return sections.map((s) => ({ id: s.id, text: s.number ? `${s.number} ${s.title}` : s.title, depth: s.depth }));
}

/** How many citing cases a document page lists before linking to the whole list. */
export const CITING_SHOWN = 20;
/** How many cases a paragraph's entry names before linking to the whole list of the cases citing that paragraph. */
export const PER_PARAGRAPH = 3;

interface CitingCase {
  id: string;
  href: string;
  title: string;
}

/** For each paragraph of a document that cases cite, the cases citing it, by title. */
function casesByPassage(archive: Archive, doc: DocumentEntry) {
  const ids = archive.casesOfDocument.get(doc.id) ?? [];
  const cases = ids
    .map((id) => must(archive.cases, id, 'case'))
    .sort((a, b) => nameKey(a.data.title).localeCompare(nameKey(b.data.title), 'en') || a.id.localeCompare(b.id));
  const byPassage = new Map<string, CitingCase[]>();
  const cited = new Map<string, ResolvedCitation[]>();
  for (const c of cases) {
    const own = (archive.citationsOfCase.get(c.id) ?? []).filter((r) => r.document.id === doc.id);
    cited.set(c.id, own);
    for (const pid of new Set(own.map((r) => r.passage.id))) {
      byPassage.set(pid, [...(byPassage.get(pid) ?? []), { id: c.id, href: routes.case(c.id), title: c.data.title }]);
    }
  }
  return { cases, cited, byPassage };
}

/**
 * The cases citing a document: the first ones by title, each with the paragraphs it cites, and
 * for each cited paragraph the first cases citing it, with a link to the whole list of the cases
 * citing that paragraph when there are more. Bounded, so that the page does not grow with the
 * archive; the whole list of cases citing the document is /cases/source/<id>/.
 */
export function citingCases(archive: Archive, doc: DocumentEntry) {
  const { cases, cited, byPassage } = casesByPassage(archive, doc);
  const order = archive.outlines.get(doc.id)!.passages;
  return {
    total: cases.length,
    all: routes.caseList('source', doc.id),
    shown: cases.slice(0, CITING_SHOWN).map((c) => ({
      href: routes.case(c.id),
      title: c.data.title,
      cites: groupCitations(cited.get(c.id)!)[0].label.slice(doc.data.citeAs.length + 2),
    })),
    passages: order
      .filter((p) => byPassage.has(p.id))
      .map((p) => {
        const list = byPassage.get(p.id)!;
        const more = Math.max(0, list.length - PER_PARAGRAPH);
        return {
          id: p.id,
          label: p.label,
          excerpt: excerpt(p.text),
          count: list.length,
          cases: list.slice(0, PER_PARAGRAPH),
          more,
          all: more > 0 ? routes.paragraphCited(doc.id, p.id) : null,
        };
      }),
  };
}

/**
 * Every page of the whole lists of the cases citing one paragraph, for the paragraphs cited by
 * more cases than their entry names (paged, 100 to a page: /documents/<id>/cited/<passage>/page/2/).
 */
export function paragraphCitedPages(archive: Archive) {
  return archive.documents.flatMap((doc) => {
    const { byPassage } = casesByPassage(archive, doc);
    return archive.outlines
      .get(doc.id)!
      .passages.filter((p) => (byPassage.get(p.id)?.length ?? 0) > PER_PARAGRAPH)
      .flatMap((p) =>
        paginate(byPassage.get(p.id)!).map((page) => ({
          params: {
            id: doc.id,
            path: routes.rest(
              routes.page(routes.paragraphCited(doc.id, p.id), page.number),
              routes.documentCited(doc.id),
            ),
          },
          props: { docId: doc.id, passageId: p.id, page },
        })),
      );
  });
}

const excerpt = (t: string) => (t.length > 160 ? `${t.slice(0, 160).replace(/\s+\S*$/, '')} …` : t);
