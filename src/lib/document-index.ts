/**
 * The citation index of the build: the documents' passages, read from content/documents/, by
 * which every citation of the archive is resolved — the Markdown pipeline's narrative links
 * (src/markdown/remark-citation-links.ts) and the data layer's frontmatter sources and checks
 * (src/data/archive.ts) alike.
 */
import { readdirSync, readFileSync, existsSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { z } from 'astro/zod';
import { outlineSource } from './parse-document.ts';
import { CitationIndex, type IndexedDocument } from './citations.ts';
import { createRoutes } from './routes.ts';

/** The frontmatter fields a citation shows, with the rules of the documents' schema (src/content.config.ts). */
const citedDocument = z.object({ title: z.string().trim().min(1), citeAs: z.string().trim().min(1) }).loose();

/** The documents in `dir` (its .mdx files, by name), each with the sections and passages citations point at. */
function readDocuments(dir: string): IndexedDocument[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => f.endsWith('.mdx'))
    .sort()
    .map((f) => {
      const file = join(dir, f);
      let outline: ReturnType<typeof outlineSource>;
      try {
        outline = outlineSource(readFileSync(file, 'utf8'));
      } catch (e) {
        // A syntax error in a document: name the document and the line, not the file being built.
        const err = e as { message?: string; line?: number; place?: { line?: number; start?: { line?: number } } };
        const line = err.line ?? err.place?.start?.line ?? err.place?.line;
        throw new Error(`${file}${line ? `:${line}` : ''}: this document cannot be read: ${err.message ?? e}`);
      }
      const { data, sections, passages } = outline;
      const checked = citedDocument.safeParse(data);
      if (!checked.success) {
        const issue = checked.error.issues[0];
        throw new Error(`${relative(process.cwd(), file)}: ${issue.path.join('.')}: ${issue.message}`);
      }
      const { title, citeAs } = checked.data;
      return { id: f.replace(/\.mdx$/, '').toLowerCase(), title, citeAs, sections, passages };
    });
}

/**
 * Where the index is kept: on the process, not in this module, because the Markdown pipeline
 * (loaded with astro.config.mjs) and the pages' code (bundled by Vite) each have their own copy
 * of this module, and both must resolve citations with the same index.
 */
const SHARED = Symbol.for('nk-russia-archive:citation-index');
type Shared = { [SHARED]?: { key: string; index: CitationIndex } };

/**
 * The citation index of the documents in `dir`, linking to them under `base`: parsed once and
 * reused for as long as the documents are unchanged (every case file asks for it; parsing all
 * documents each time made the build grow with the number of cases). A changed, added or
 * removed document is seen at once.
 */
export function loadCitationIndex(dir: string, base = '/'): CitationIndex {
  const routes = createRoutes(base);
  const files = existsSync(dir)
    ? readdirSync(dir)
        .filter((f) => f.endsWith('.mdx'))
        .sort()
    : [];
  const key = [
    dir,
    routes.home(),
    ...files.map((f) => {
      const s = statSync(join(dir, f));
      return `${f}:${s.size}:${s.mtimeMs}`;
    }),
  ].join('|');
  const shared = globalThis as Shared;
  if (shared[SHARED]?.key !== key) shared[SHARED] = { key, index: new CitationIndex(readDocuments(dir), routes) };
  return shared[SHARED].index;
}
