/**
 * The archive served from a sub-path (Astro's `base`, set by SITE_BASE): built into a folder of its
 * own, every internal link, asset, form and #anchor must stay under /archive/ and resolve. Also the
 * same check on the main build in dist/.
 */
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT, DIST } from '../support/project.ts';
import { checkLinks } from '../support/links.ts';

describe('links in the main build', () => {
  it('every internal link, asset, form and #anchor resolves', () => {
    const r = checkLinks(DIST, '/');
    expect(r.checked).toBeGreaterThan(1000);
    expect(r.problems).toEqual([]);
  });
});

describe('the archive built under a sub-path (/archive/)', () => {
  let out: string;
  let status: number | null;
  let log: string;
  beforeAll(() => {
    out = join(mkdtempSync(join(tmpdir(), 'archive-sub-path-')), 'dist');
    // Vitest puts Vite's own variables (BASE_URL, MODE, …) in process.env; the build must not inherit them.
    const env = Object.fromEntries(
      Object.entries(process.env).filter(
        ([k]) => !['BASE_URL', 'MODE', 'DEV', 'PROD', 'SSR', 'TEST', 'VITEST', 'NODE_ENV'].includes(k),
      ),
    );
    const r = spawnSync('npm', ['run', 'build', '--', '--outDir', out], {
      cwd: ROOT,
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
      env: { ...env, SITE_BASE: '/archive/', ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1' },
    });
    status = r.status;
    log = `${r.stdout}\n${r.stderr}`;
  }, 900_000);
  afterAll(() => rmSync(join(out, '..'), { recursive: true, force: true }));

  it('builds', () => {
    expect(status, log.slice(-3000)).toBe(0);
  });

  it('every internal link, asset, form and #anchor stays under /archive/ and resolves', () => {
    const r = checkLinks(out, '/archive/');
    expect(r.pages).toBeGreaterThan(100);
    expect(r.checked).toBeGreaterThan(1000);
    expect(r.problems.slice(0, 40)).toEqual([]);
  });

  it('the canonical address of a page carries the sub-path', () => {
    const html = readFileSync(join(out, 'cases', 'index.html'), 'utf8');
    expect(html).toMatch(/<link rel="canonical" href="https?:\/\/[^"]+\/archive\/cases\/"/);
  });

  it('a link to a place on the same page prints the page’s address with the sub-path', () => {
    for (const [path, id] of [
      ['data', 'cases'],
      ['index', 'letter-a'],
      ['record', 'method'],
    ]) {
      const html = readFileSync(join(out, path, 'index.html'), 'utf8');
      expect(html, path).toMatch(new RegExp(`<a href="#${id}" data-url="https?://[^"]+/archive/${path}/#${id}"`));
    }
  });
});
