/**
 * Astro integration: builds the Pagefind search index of the finished site, through
 * Pagefind's Node API. Only elements marked data-pagefind-body (the main text of documents,
 * cases and entity pages) are indexed.
 *
 * `npm run build` (scripts/build.mjs) sets ARCHIVE_SEARCH_INDEX=separate and builds the index in
 * a process of its own once the pages are written, so that the pages' memory is freed before
 * Pagefind takes its own (at +5,000 cases each needs about 1.3–1.6 GB; together they needed 2.9).
 * `astro build` on its own indexes inside the build, as before.
 *
 * Each page is given to the indexer as src/lib/search-index-html.ts shapes it (no ids on its
 * paragraphs and other blocks), and only pages with indexed text are read by it.
 */
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { join, relative } from 'node:path';
import { readdir, readFile } from 'node:fs/promises';
import * as pagefind from 'pagefind';
import { htmlForSearchIndex } from '../lib/search-index-html.ts';

/** Pages without it have no text in the index (lists, timelines, dossiers). */
const INDEXED = Buffer.from('data-pagefind-body');

/** Every HTML page of the built site, as paths relative to it (the search index's own folder left out). */
async function htmlPages(site: string): Promise<string[]> {
  const entries = await readdir(site, { recursive: true, withFileTypes: true });
  return entries
    .filter((e) => e.isFile() && e.name.endsWith('.html'))
    .map((e) => relative(site, join(e.parentPath, e.name)))
    .filter((path) => !path.startsWith('pagefind/'))
    .sort();
}

/** Indexes the built site in `site` (a folder) and writes the index to `<site>/pagefind/`; returns the number of pages. */
export async function buildSearchIndex(site: string): Promise<number> {
  const { index, errors } = await pagefind.createIndex({ forceLanguage: 'en' });
  if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
  try {
    let pages = 0;
    const addPage = async (sourcePath: string) => {
      const file = await readFile(join(site, sourcePath));
      if (file.indexOf(INDEXED) < 0) return;
      const added = await index.addHTMLFile({ sourcePath, content: htmlForSearchIndex(file.toString('utf8')) });
      if (added.errors.length) throw new Error(`Pagefind could not index ${sourcePath}: ${added.errors.join('; ')}`);
      pages++;
    };
    // Many pages in flight at a time: reading the next while the indexer parses the last.
    const paths = await htmlPages(site);
    for (let i = 0; i < paths.length; i += 32) await Promise.all(paths.slice(i, i + 32).map(addPage));
    if (pages === 0) throw new Error('Pagefind indexed no page: is data-pagefind-body missing?');
    const written = await index.writeFiles({ outputPath: join(site, 'pagefind') });
    if (written.errors.length) throw new Error(`Pagefind could not write its index: ${written.errors.join('; ')}`);
    return pages;
  } finally {
    await pagefind.close();
  }
}

export default function pagefindIndex(): AstroIntegration {
  return {
    name: 'archive:pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        if (process.env.ARCHIVE_SEARCH_INDEX === 'separate') return;
        logger.info(`search index: ${await buildSearchIndex(fileURLToPath(dir))} pages`);
      },
    },
  };
}
