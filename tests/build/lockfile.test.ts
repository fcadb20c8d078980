/**
 * A reproducible install: `npm install` on a fresh clone leaves package-lock.json as committed.
 * The lockfile is resolved again from package.json in a folder of its own (lockfile only, no
 * packages downloaded or run) and must come out byte for byte the same.
 */
import { describe, it, expect } from 'vitest';
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT } from '../support/project.ts';

describe('the install', () => {
  it('npm install leaves the committed lockfile as it is', () => {
    const dir = mkdtempSync(join(tmpdir(), 'archive-lockfile-'));
    try {
      for (const f of ['package.json', 'package-lock.json']) copyFileSync(join(ROOT, f), join(dir, f));
      const npm = spawnSync('npm', ['install', '--package-lock-only', '--ignore-scripts', '--no-audit', '--no-fund'], {
        cwd: dir,
        encoding: 'utf8',
        timeout: 120_000,
      });
      expect(npm.status, npm.stderr).toBe(0);
      const before = readFileSync(join(ROOT, 'package-lock.json'), 'utf8');
      const after = readFileSync(join(dir, 'package-lock.json'), 'utf8');
      const changed = after
        .split('\n')
        .filter((line, i) => line !== before.split('\n')[i])
        .slice(0, 5);
      expect(
        after === before,
        `npm install rewrote package-lock.json (first changed lines: ${changed.join(' | ')}); commit the lockfile as a fresh npm install leaves it`,
      ).toBe(true);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 150_000);
});
