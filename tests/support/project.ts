/** Paths and commands shared by the tests. */
import { spawn, spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { join, resolve } from 'node:path';
import { readFileSync, readdirSync, statSync, existsSync } from 'node:fs';

export const ROOT = resolve(fileURLToPath(new URL('../..', import.meta.url)));
export const DIST = join(ROOT, 'dist');
export const SHARED = resolve(ROOT, '..', 'shared');
const ASTRO = join(ROOT, 'node_modules', 'astro', 'bin', 'astro.mjs');

/** Runs `astro build` in a project folder; returns its exit code and everything it printed. */
export function astroBuild(cwd: string, env: Record<string, string> = {}) {
  const r = spawnSync(process.execPath, [ASTRO, 'build'], {
    cwd,
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1', FORCE_COLOR: '0', ...env },
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  return { status: r.status, output: `${r.stdout}\n${r.stderr}` };
}

/** `astroBuild` without blocking: for builds run side by side. */
export function astroBuildAsync(
  cwd: string,
  env: Record<string, string> = {},
): Promise<{ status: number | null; output: string }> {
  return new Promise((done) => {
    const child = spawn(process.execPath, [ASTRO, 'build'], {
      cwd,
      env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1', FORCE_COLOR: '0', ...env },
    });
    let output = '';
    child.stdout.on('data', (b) => {
      output += b;
    });
    child.stderr.on('data', (b) => {
      output += b;
    });
    child.on('close', (status) => done({ status, output }));
  });
}

/** Every HTML page of the built site, as [path relative to dist, html]. */
export function builtPages(dir = DIST): [string, string][] {
  const out: [string, string][] = [];
  const walk = (d: string) => {
    for (const f of readdirSync(d)) {
      const p = join(d, f);
      if (statSync(p).isDirectory()) {
        if (f !== 'pagefind') walk(p);
      } else if (f.endsWith('.html')) out.push([p.slice(dir.length + 1), readFileSync(p, 'utf8')]);
    }
  };
  if (existsSync(dir)) walk(dir);
  return out;
}

export function page(path: string): string {
  return readFileSync(join(DIST, path), 'utf8');
}
