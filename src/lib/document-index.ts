/** Builds the citation index straight from the document files (outside Astro's content store). */
import { readdirSync, readFileSync, existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { outlineSource } from './parse-document.ts';
import { CitationIndex, type IndexedDocument } from './citations.ts';
import { createRoutes } from './routes.ts';

export function readDocuments(dir: string): IndexedDocument[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => f.endsWith('.mdx'))
    .sort()
    .map((f) => {
      let outline: ReturnType<typeof outlineSource>;
      try {
        outline = outlineSource(readFileSync(join(dir, f), 'utf8'));
      } catch (e) {
        // A syntax error in a document: name the document and the line, not the file being built.
        const err = e as { message?: string; line?: number; place?: { line?: number; start?: { line?: number } } };
        const line = err.line ?? err.place?.start?.line ?? err.place?.line;
        throw new Error(`${join(dir, f)}${line ? `:${line}` : ''}: this document cannot be read: ${err.message ?? e}`);
      }
      const { data, sections, passages } = outline;
      const id = f.replace(/\.mdx$/, '').toLowerCase();
      return { id, title: String(data.title ?? id), citeAs: String(data.citeAs ?? id), sections, passages };
    });
}

let cached: { key: string; index: CitationIndex } | undefined;

/**
 * The citation index of the documents in `dir`, linking to them under `base`, parsed once and reused for as long as the
 * documents are unchanged (every case file asks for it; parsing all documents each time made
 * the build grow with the number of cases). A changed, added or removed document is seen at once.
 */
export function loadCitationIndex(dir: string, base = '/'): CitationIndex {
  const files = existsSync(dir)
    ? readdirSync(dir)
        .filter((f) => f.endsWith('.mdx'))
        .sort()
    : [];
  const key = [
    dir,
    base,
    ...files.map((f) => {
      const s = statSync(join(dir, f));
      return `${f}:${s.size}:${s.mtimeMs}`;
    }),
  ].join('|');
  if (cached?.key !== key) cached = { key, index: new CitationIndex(readDocuments(dir), createRoutes(base)) };
  return cached.index;
}
