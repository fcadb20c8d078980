/**
 * Astro integration: writes `sitemap.xml` (every page of the built site, under the site's
 * address and base) and `robots.txt` (everything may be read; where the sitemap is) once the
 * pages are built. Redirect pages are left out of the sitemap.
 */
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const escapeXml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

export default function sitemap(): AstroIntegration {
  let site: URL | undefined;
  let base = '/';
  return {
    name: 'archive:sitemap',
    hooks: {
      'astro:config:done': ({ config }) => {
        site = config.site ? new URL(config.site) : undefined;
        base = config.base.endsWith('/') ? config.base : `${config.base}/`;
      },
      'astro:build:done': ({ dir, pages, logger }) => {
        if (!site) throw new Error('sitemap: the site has no address (set SITE_URL)');
        const out = fileURLToPath(dir);
        const urls = pages
          .map((p) => p.pathname)
          .filter((p) => p !== '404/' && p !== '404')
          .filter((p) => {
            // Redirect pages (a meta refresh) are not pages of their own.
            try {
              return !/http-equiv="refresh"/i.test(readFileSync(join(out, p, 'index.html'), 'utf8').slice(0, 2000));
            } catch {
              return true;
            }
          })
          .map((p) => new URL(`${base}${p}`.replace(/\/+/g, '/'), site).href)
          .sort();
        writeFileSync(
          join(out, 'sitemap.xml'),
          `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${urls.map((u) => `  <url><loc>${escapeXml(u)}</loc></url>`).join('\n')}\n</urlset>\n`,
        );
        writeFileSync(
          join(out, 'robots.txt'),
          `User-agent: *\nAllow: /\n\nSitemap: ${new URL(`${base}sitemap.xml`, site).href}\n`,
        );
        logger.info(`sitemap: ${urls.length} pages`);
      },
    },
  };
}
