/** Builds the citation index straight from the document files (outside Astro's content store). */
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { outlineSource } from './parse-document.ts';
import { CitationIndex, type IndexedDocument } from './citations.ts';

export function readDocuments(dir: string): IndexedDocument[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => f.endsWith('.mdx'))
    .sort()
    .map((f) => {
      const { data, sections, passages } = outlineSource(readFileSync(join(dir, f), 'utf8'));
      const id = f.replace(/\.mdx$/, '').toLowerCase();
      return { id, title: String(data.title ?? id), citeAs: String(data.citeAs ?? id), sections, passages };
    });
}

export function loadCitationIndex(dir: string): CitationIndex {
  return new CitationIndex(readDocuments(dir));
}
