// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { unified } from '@astrojs/markdown-remark';
import remarkGfm from 'remark-gfm';
import { sep } from 'node:path';
import pagefindIndex from './src/integrations/pagefind.ts';
import sitemap from './src/integrations/sitemap.ts';
import siteAddress from './src/integrations/site-address.ts';
import remarkPassageIds from './src/markdown/remark-passage-ids.ts';
import remarkCitationLinks from './src/markdown/remark-citation-links.ts';
import rehypeAnchorLinks from './src/markdown/rehype-anchor-links.ts';
import rehypePassageSpellings from './src/markdown/rehype-passage-spellings.ts';
import { readEntityNames } from './src/lib/entity-names.ts';
import { contentDir } from './src/lib/paths.ts';
import { loadCitationIndex } from './src/lib/document-index.ts';
import { PREVIEW_ORIGIN } from './src/lib/site-address.ts';

const documentsDir = `${contentDir()}${sep}documents${sep}`;
const isDocument = (/** @type {string} */ path) => path.startsWith(documentsDir);

export default defineConfig({
  // SITE_URL: the archive's public address, for a deployment. Without it the build is a local
  // preview (npm start): its citations carry the preview's address and its pages say so.
  site: process.env.SITE_URL || PREVIEW_ORIGIN,
  // SITE_BASE: the sub-path the archive is served from (e.g. /archive/); every internal address is
  // built, with it, in src/lib/routes.ts.
  base: process.env.SITE_BASE ?? '/',
  trailingSlash: 'always',
  // Four pages rendered at a time: a page's work is partly waiting (files written, data read), and
  // at +5,000 cases this takes the pages from about 90 to 68 s. Every page is the same as one at a time.
  build: { format: 'directory', inlineStylesheets: 'never', concurrency: 4 },
  devToolbar: { enabled: false },
  markdown: {
    // Astro's unified processor, so that remark/rehype plugins run; no SmartyPants, so that
    // source documents keep their own quotation marks and dashes.
    processor: unified({
      gfm: false,
      smartypants: false,
      remarkPlugins: [
        remarkGfm,
        [remarkPassageIds, { isDocument }],
        [
          remarkCitationLinks,
          {
            index: () => loadCitationIndex(`${contentDir()}${sep}documents`, process.env.SITE_BASE ?? '/'),
            site: process.env.SITE_URL || PREVIEW_ORIGIN,
          },
        ],
      ],
      rehypePlugins: [
        [rehypePassageSpellings, { isDocument, entities: readEntityNames }],
        [
          rehypeAnchorLinks,
          { isDocument, base: process.env.SITE_BASE ?? '/', site: process.env.SITE_URL || PREVIEW_ORIGIN },
        ],
      ],
      remarkRehype: { footnoteBackLabel: (/** @type {number} */ n) => `Back to reference ${n + 1}` },
    }),
  },
  integrations: [mdx(), siteAddress(), sitemap(), pagefindIndex()],
  security: {
    csp: {
      directives: [
        "default-src 'self'",
        "img-src 'self' data:",
        "connect-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
      ],
      scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"] },
      styleDirective: { resources: ["'self'"] },
    },
  },
});
