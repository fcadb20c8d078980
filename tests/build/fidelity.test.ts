/**
 * Every source document is on the site, word for word: the team's fidelity tool
 * (../shared/tools/fidelity.mjs) must find >= 99.5 % of each seed's wording on its page.
 * The seeds live beside the repository (../shared), as in CI; without them this is skipped.
 */
import { describe, it, expect } from 'vitest';
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { DIST, SHARED } from '../support/project.ts';

const SEEDS: [string, string][] = [
  ['000_784d416074f83fea.txt', 'hrw-2022'],
  ['001_a9fa569a074aef96.txt', 'cac-2020'],
  ['002_1c85a44dc6d665bf.txt', 'lfnkr-2022'],
  ['003_96e117592aac5a3d.txt', 'amnesty-1996'],
  ['004_ac89483567ee3ac3.txt', 'voa-2022'],
];
const tool = join(SHARED, 'tools', 'fidelity.mjs');

describe.skipIf(!existsSync(tool))('fidelity to the seeds', () => {
  for (const [seed, doc] of SEEDS) {
    it(`${doc} carries >= 99.5 % of ${seed}`, () => {
      const r = spawnSync(
        process.execPath,
        [tool, join(SHARED, 'seeds', seed), join(DIST, 'documents', doc, 'index.html')],
        { encoding: 'utf8' },
      );
      const pct = Number(/: ([\d.]+)% of/.exec(r.stdout)?.[1]);
      expect(pct, r.stdout).toBeGreaterThanOrEqual(99.5);
      expect(r.status, r.stdout).toBe(0);
    });
  }
});
