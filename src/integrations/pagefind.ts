/**
 * Astro integration: builds the Pagefind search index of the finished site, through
 * Pagefind's Node API. Only elements marked data-pagefind-body (the main text of documents,
 * cases and entity pages) are indexed.
 *
 * `npm run build` (scripts/build.mjs) sets ARCHIVE_SEARCH_INDEX=separate and builds the index in
 * a process of its own once the pages are written, so that the pages' memory is freed before
 * Pagefind takes its own (at +5,000 cases each needs about 1.3–1.6 GB; together they needed 2.9).
 * `astro build` on its own indexes inside the build, as before.
 */
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import * as pagefind from 'pagefind';

/** Indexes the built site in `site` (a folder) and writes the index to `<site>/pagefind/`; returns the number of pages. */
export async function buildSearchIndex(site: string): Promise<number> {
  const { index, errors } = await pagefind.createIndex({ forceLanguage: 'en' });
  if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
  try {
    const added = await index.addDirectory({ path: site });
    if (added.errors.length) throw new Error(`Pagefind could not index the site: ${added.errors.join('; ')}`);
    if (added.page_count === 0) throw new Error('Pagefind indexed no page: is data-pagefind-body missing?');
    const written = await index.writeFiles({ outputPath: join(site, 'pagefind') });
    if (written.errors.length) throw new Error(`Pagefind could not write its index: ${written.errors.join('; ')}`);
    return added.page_count;
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
