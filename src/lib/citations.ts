/**
 * Citations "<document id>#<passage id>": resolving them to a link and a label, and
 * refusing those that point nowhere.
 */
import type { Passage, Section } from './passages.ts';

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

  constructor(docs: IndexedDocument[]) {
    for (const d of docs) {
      this.documents.set(d.id, d);
      this.passages.set(d.id, new Map(d.passages.map((p) => [p.id, p])));
    }
  }

  /** Resolves a citation or throws an Error whose message says what is wrong. */
  resolve(ref: string): ResolvedCitation {
    const m = /^([a-z0-9-]+)#([a-z0-9-]+)$/.exec(ref);
    if (!m) throw new Error(`"${ref}" is not a citation: write "<document id>#<passage id>", e.g. "amnesty-1996#3-3-2-p4"`);
    const [, docId, passageId] = m;
    const document = this.documents.get(docId);
    if (!document) {
      throw new Error(`"${ref}": there is no document "${docId}" (documents: ${[...this.documents.keys()].join(', ')})`);
    }
    const passage = this.passages.get(docId)!.get(passageId);
    if (!passage) {
      throw new Error(`"${ref}": document "${docId}" has no passage "${passageId}" (run: npm run passages -- content/documents/${docId}.mdx)`);
    }
    return {
      ref,
      document,
      passage,
      href: `/documents/${docId}/#${passageId}`,
      label: `${document.citeAs}, ${passage.label}`,
    };
  }
}
