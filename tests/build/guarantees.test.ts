/**
 * What the archive guarantees to readers who may be watched, checked on every built page:
 * a Content-Security-Policy without inline-script loopholes, nothing loaded from another host,
 * links to other sites that carry no referrer; and what it gives crawlers: a sitemap of every
 * page (read with a real XML parser) and robots.txt.
 */
import { describe, it, expect } from 'vitest';
import { readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import { DIST, builtPages } from '../support/project.ts';
import { parse, all, attr } from '../support/html.ts';

const pages = builtPages().filter(([, html]) => !/http-equiv="refresh"/i.test(html.slice(0, 3000)));
const trees = pages.map(([path, html]) => [path, parse(html)] as const);
const SITE = new URL(readFileSync(join(DIST, 'robots.txt'), 'utf8').match(/Sitemap: (\S+)/)![1]).origin;

describe('privacy and security on every page', () => {
  it('carries a Content-Security-Policy that allows only this site and no inline script without its hash', () => {
    expect(trees.length).toBeGreaterThan(100);
    for (const [path, t] of trees) {
      const csp = all(t, 'meta[http-equiv="content-security-policy"]').map((m) => attr(m, 'content') ?? '');
      expect(csp.length, path).toBe(1);
      expect(csp[0], path).toMatch(/default-src 'self'/);
      // ('wasm-unsafe-eval' is the search engine's WebAssembly, not script from text.)
      expect(csp[0], path).not.toMatch(/(^|[\s;])'unsafe-(inline|eval|hashes)'|\*|https?:|data:[^;]*script/);
    }
  });

  it('loads nothing from another host: scripts, styles, images, frames, fonts, forms', () => {
    for (const [path, t] of trees) {
      const refs = [
        ...all(t, 'script[src], img[src], iframe, embed, object, audio, video, source').map(
          (e) => attr(e, 'src') ?? attr(e, 'data') ?? '',
        ),
        ...all(t, 'link[href]')
          .filter((l) => attr(l, 'rel') !== 'canonical')
          .map((l) => attr(l, 'href')!),
        ...all(t, 'form[action]').map((f) => attr(f, 'action')!),
      ];
      expect(
        refs.filter((r) => /^(https?:)?\/\//.test(r)),
        path,
      ).toEqual([]);
      expect(all(t, 'iframe, embed, object'), path).toEqual([]);
    }
  });

  it('sends no referrer to other sites: every outside link is noopener noreferrer, and the page says no-referrer', () => {
    for (const [path, t] of trees) {
      expect(
        all(t, 'meta[name="referrer"]').map((m) => attr(m, 'content')),
        path,
      ).toEqual(['no-referrer']);
      for (const a of all(t, 'a[href^="http"]')) {
        const href = attr(a, 'href')!;
        if (href.startsWith(SITE)) continue;
        const rel = (attr(a, 'rel') ?? '').split(/\s+/);
        expect(rel.includes('noopener') && rel.includes('noreferrer'), `${path}: ${href}`).toBe(true);
      }
    }
  });

  it('ships security headers for hosts that read _headers', () => {
    const headers = readFileSync(join(DIST, '_headers'), 'utf8');
    for (const h of [
      'Referrer-Policy: no-referrer',
      'X-Content-Type-Options: nosniff',
      'Permissions-Policy:',
      "frame-ancestors 'none'",
    ])
      expect(headers).toContain(h);
  });
});

describe('sitemap and robots.txt', () => {
  it('lists every page once, under the site address, and robots.txt points to it', () => {
    const xml = new XMLParser().parse(readFileSync(join(DIST, 'sitemap.xml'), 'utf8'));
    const urls: string[] = [xml.urlset.url].flat().map((u: { loc: string }) => u.loc);
    expect(new Set(urls).size).toBe(urls.length);
    const expected = pages
      .map(([path]) => new URL(`/${path.replace(/index\.html$/, '')}`, SITE).href)
      .filter((u) => !u.endsWith('/404.html'));
    expect([...urls].sort()).toEqual([...expected].sort());
    expect(readFileSync(join(DIST, 'robots.txt'), 'utf8')).toMatch(new RegExp(`^Sitemap: ${SITE}/sitemap\\.xml$`, 'm'));
    expect(existsSync(join(DIST, 'sitemap.xml'))).toBe(true);
  });
});
