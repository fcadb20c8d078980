/**
 * Links are evidence: every address and anchor ever recorded in tests/published-ids.json
 * (npm run record-ids) must still exist in the built site.
 */
import { describe, it, expect } from 'vitest';
import { readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { builtFiles, DIST, ROOT } from '../support/project.ts';

const recorded = JSON.parse(readFileSync(join(ROOT, 'tests', 'published-ids.json'), 'utf8')) as {
  pages: string[];
  anchors: Record<string, string[]>;
};

describe('published addresses and ids', () => {
  it('every recorded page still exists', () => {
    expect(recorded.pages.length).toBeGreaterThan(50);
    const missing = recorded.pages.filter((p) => !existsSync(join(DIST, p, p.endsWith('/') ? 'index.html' : '')));
    expect(missing).toEqual([]);
  });

  it('every page the site publishes is in the registry (so that its address is kept from now on)', () => {
    // Not pages: the search index, the scripts and styles, and the search page's name lookup files
    // (src/lib/name-lookup.ts), whose set follows the names in the archive.
    const built = builtFiles(DIST, ['pagefind', '_astro', 'search/names']).map(
      (file) => '/' + file.replace(/index\.html$/, ''),
    );
    const known = new Set(recorded.pages);
    const unrecorded = built.filter((p) => !known.has(p));
    expect(
      unrecorded,
      'new pages: record their addresses with `npm run build && npm run record-ids` and commit tests/published-ids.json',
    ).toEqual([]);
  });

  it('every published passage id is recorded with its opening words, which the build checks', () => {
    const passages = JSON.parse(readFileSync(join(ROOT, 'content', 'published-passages.json'), 'utf8')) as Record<
      string,
      Record<string, string>
    >;
    for (const [p, ids] of Object.entries(recorded.anchors)) {
      const doc = p.split('/')[2];
      const html = readFileSync(join(DIST, p, 'index.html'), 'utf8');
      const passageIds = [...html.matchAll(/<(?:p|li|blockquote)\b[^>]*\sid="([^"]+)"/g)]
        .map((m) => m[1])
        .filter((id) => /(^|-)p\d+$/.test(id));
      expect(passageIds.length, p).toBeGreaterThan(0);
      expect(
        passageIds.filter((id) => !(id in (passages[doc] ?? {}))),
        `${p}: run npm run record-ids`,
      ).toEqual([]);
      expect(ids.length).toBeGreaterThan(0);
    }
  });

  it('every recorded section and paragraph id still exists on its document', () => {
    const missing: string[] = [];
    for (const [p, ids] of Object.entries(recorded.anchors)) {
      const html = readFileSync(join(DIST, p, 'index.html'), 'utf8');
      for (const id of ids) if (!html.includes(` id="${id}"`)) missing.push(`${p}#${id}`);
    }
    expect(Object.keys(recorded.anchors)).toContain('/documents/amnesty-1996/');
    expect(missing).toEqual([]);
  });
});
