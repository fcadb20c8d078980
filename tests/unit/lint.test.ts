/**
 * The code is formatted by Prettier (.prettierrc.json) and passes ESLint (eslint.config.js):
 * `npm run format` fixes the first, the message names the files and rules of the second.
 */
import { describe, it, expect } from 'vitest';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { ROOT } from '../support/project.ts';

const bin = (name: string) => join(ROOT, 'node_modules', '.bin', name);
const run = (cmd: string, args: string[]) => {
  const r = spawnSync(bin(cmd), args, { cwd: ROOT, encoding: 'utf8', maxBuffer: 1 << 26 });
  return { status: r.status, out: `${r.stdout}${r.stderr}` };
};

describe('code style', () => {
  it('is formatted as Prettier formats it (npm run format)', () => {
    const r = run('prettier', ['--check', '.']);
    expect(r.status, r.out.slice(-3000)).toBe(0);
  }, 120_000);

  it('passes ESLint', () => {
    const r = run('eslint', ['.']);
    expect(r.status, r.out.slice(-3000)).toBe(0);
  }, 120_000);
});
