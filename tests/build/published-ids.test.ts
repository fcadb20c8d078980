/**
 * Links are evidence: every address and anchor ever recorded in tests/published-ids.json
 * (npm run record-ids) must still exist in the built site.
 */
import { describe, it, expect } from 'vitest';
import { readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { DIST, ROOT } from '../support/project.ts';

const recorded = JSON.parse(readFileSync(join(ROOT, 'tests', 'published-ids.json'), 'utf8')) as { pages: string[]; anchors: Record<string, string[]> };

describe('published addresses and ids', () => {
  it('every recorded page still exists', () => {
    expect(recorded.pages.length).toBeGreaterThan(50);
    const missing = recorded.pages.filter((p) => !existsSync(join(DIST, p, p.endsWith('/') ? 'index.html' : '')));
    expect(missing).toEqual([]);
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
