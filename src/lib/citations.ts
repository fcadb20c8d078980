/**
 * Citations "<document id>#<passage id>": resolving them to a link and a label, and
 * refusing those that point nowhere.
 */
import type { Passage, Section } from './passages.ts';
import { routes as buildRoutes, type Routes } from './routes.ts';

export interface IndexedDocument {
  id: string;
  title: string;
  citeAs: string;
  sections: Section[];
  passages: Passage[];
}

export interface ResolvedCitation {
  ref: string;
  document: IndexedDocument;
  passage: Passage;
  /** The passage's address (routes.document(id, passage)). */
  href: string;
  /** "Amnesty International 1996, 3.3.2 ¶4" */
  label: string;
}

/** The citations written as links in a narrative: `[](doc:amnesty-1996#3-3-2-p4)` → "amnesty-1996#3-3-2-p4". */
export function citationLinks(markdown: string): string[] {
  return [...markdown.matchAll(/\]\(doc:([^)\s]+)\)/g)].map((m) => m[1]);
}

export class CitationIndex {
  readonly documents = new Map<string, IndexedDocument>();
  private passages = new Map<string, Map<string, Passage>>();

  /** The routes of the site the links are for. */
  private readonly routes: Routes;

  /** `routes`: by default, this build's (the Markdown plugins pass those of the base they are given). */
  constructor(docs: IndexedDocument[], routes: Routes = buildRoutes) {
    this.routes = routes;
    for (const d of docs) {
      this.documents.set(d.id, d);
      this.passages.set(d.id, new Map(d.passages.map((p) => [p.id, p])));
    }
  }

  /** Resolves a citation or throws an Error whose message says what is wrong. */
  resolve(ref: string): ResolvedCitation {
    const m = /^([a-z0-9-]+)#([a-z0-9-]+)$/.exec(ref);
    if (!m)
      throw new Error(`"${ref}" is not a citation: write "<document id>#<passage id>", e.g. "amnesty-1996#3-3-2-p4"`);
    const [, docId, passageId] = m;
    const document = this.documents.get(docId);
    if (!document) {
      throw new Error(
        `"${ref}": there is no document "${docId}" (documents: ${[...this.documents.keys()].join(', ')})`,
      );
    }
    const passage = this.passages.get(docId)!.get(passageId);
    if (!passage) {
      throw new Error(
        `"${ref}": document "${docId}" has no passage "${passageId}" (run: npm run passages -- content/documents/${docId}.mdx)`,
      );
    }
    return {
      ref,
      document,
      passage,
      href: this.routes.document(docId, passageId),
      label: `${document.citeAs}, ${passage.label}`,
    };
  }
}

/** A run of consecutive paragraphs cited together: "10–12", linking to the first. */
export interface CitationRun {
  text: string;
  href: string;
  label: string;
}
/** The citations of one document, grouped: "VOA 2022 (reworded copy), ¶¶ 2, 10–12, 14–18". */
export interface CitationGroup {
  document: IndexedDocument;
  /** Per section (null outside numbered sections), in the document's order. */
  parts: { section: string | null; runs: CitationRun[]; count: number }[];
  /** The whole group in words, e.g. "Amnesty International 1996, 3.3.2 ¶¶ 4, 6–7; 3.3.3 ¶1". */
  label: string;
  /** When the group is one paragraph: its link. */
  single: ResolvedCitation | null;
}

const pilcrows = (n: number) => (n === 1 ? '¶' : '¶¶ ');

/**
 * Citations grouped per document (in the order the documents are first cited), each document's
 * paragraphs in its own order, consecutive paragraphs of a section as one run ("10–12").
 */
export function groupCitations(citations: ResolvedCitation[]): CitationGroup[] {
  const byDoc = new Map<string, ResolvedCitation[]>();
  for (const c of citations) {
    const list = byDoc.get(c.document.id) ?? [];
    if (!list.some((x) => x.passage.id === c.passage.id)) list.push(c);
    byDoc.set(c.document.id, list);
  }
  return [...byDoc.values()].map((list) => {
    const document = list[0].document;
    const order = new Map(document.passages.map((p, i) => [p.id, i]));
    const sorted = [...list].sort((a, b) => order.get(a.passage.id)! - order.get(b.passage.id)!);
    const parts: CitationGroup['parts'] = [];
    let prev: ResolvedCitation | null = null;
    for (const c of sorted) {
      let part = parts.at(-1);
      if (!part || part.section !== c.passage.section)
        parts.push((part = { section: c.passage.section, runs: [], count: 0 }));
      part.count++;
      const run = part.runs.at(-1);
      if (run && prev && prev.passage.section === c.passage.section && prev.passage.index === c.passage.index - 1) {
        const first = run.text.split('–')[0];
        run.text = `${first}–${c.passage.index}`;
        run.label = `${document.citeAs}, ${c.passage.section ? `${c.passage.section} ` : ''}¶¶ ${run.text}`;
      } else {
        part.runs.push({ text: String(c.passage.index), href: c.href, label: c.label });
      }
      prev = c;
    }
    const words = parts
      .map((p) => `${p.section ? `${p.section} ` : ''}${pilcrows(p.count)}${p.runs.map((r) => r.text).join(', ')}`)
      .join('; ');
    return { document, parts, label: `${document.citeAs}, ${words}`, single: sorted.length === 1 ? sorted[0] : null };
  });
}
