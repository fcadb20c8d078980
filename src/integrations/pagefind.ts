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
    // Pages are read many at a time, and given to the indexer in the order of their paths, so
    // that the same site always makes the same index, byte for byte.
    const paths = await htmlPages(site);
    for (let i = 0; i < paths.length; i += 32) {
      const batch = paths.slice(i, i + 32);
      const files = await Promise.all(batch.map((path) => readFile(join(site, path))));
      const added = batch.flatMap((sourcePath, j) =>
        files[j].indexOf(INDEXED) < 0
          ? []
          : [
              index
                .addHTMLFile({ sourcePath, content: htmlForSearchIndex(files[j].toString('utf8')) })
                .then((r) => ({ sourcePath, r })),
            ],
      );
      for (const { sourcePath, r } of await Promise.all(added)) {
        if (r.errors.length) throw new Error(`Pagefind could not index ${sourcePath}: ${r.errors.join('; ')}`);
        pages++;
      }
    }
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
