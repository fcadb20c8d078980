/** Paths and commands shared by the tests. */
import { spawn, spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { join, relative, resolve, sep } from 'node:path';
import { cpSync, existsSync, mkdirSync, readFileSync, readdirSync, rmSync } from 'node:fs';

export const ROOT = resolve(fileURLToPath(new URL('../..', import.meta.url)));
export const DIST = join(ROOT, 'dist');
export const SHARED = resolve(ROOT, '..', 'shared');
const ASTRO = join(ROOT, 'node_modules', 'astro', 'bin', 'astro.mjs');

/** What a copy of the project needs to build, besides its content and node_modules. */
const PROJECT_CODE = ['src', 'public', 'astro.config.mjs', 'tsconfig.json', 'package.json'];

/**
 * Copies a project's code (ROOT's unless `from` is given) into `dir`, emptied first, with the
 * folder `content` as its content if given, and returns `dir`: a project of its own to build, so
 * that its content store and output never touch the real ones. `dir` must lie below ROOT (e.g.
 * ROOT/.fixtures/…), where the build finds ROOT's node_modules.
 */
export function copyProject(dir: string, { content, from = ROOT }: { content?: string; from?: string } = {}): string {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  for (const f of PROJECT_CODE) cpSync(join(from, f), join(dir, f), { recursive: true });
  if (content) cpSync(content, join(dir, 'content'), { recursive: true });
  return dir;
}

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

/**
 * Every file of a built site, in path order, as its path relative to `dir` with "/" between folders,
 * leaving out the folders named in `skip` (paths relative to `dir`, e.g. "pagefind" or "search/names").
 */
export function builtFiles(dir = DIST, skip: readonly string[] = []): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)).split(sep).join('/'))
    .filter((file) => !skip.some((folder) => file.startsWith(`${folder}/`)))
    .sort();
}

/** Every HTML page of the built site (the search index left out), as [path relative to dist, html]. */
export function builtPages(dir = DIST): [string, string][] {
  return builtFiles(dir, ['pagefind'])
    .filter((file) => file.endsWith('.html'))
    .map((file) => [file, readFileSync(join(dir, file), 'utf8')]);
}

export function page(path: string): string {
  return readFileSync(join(DIST, path), 'utf8');
}
