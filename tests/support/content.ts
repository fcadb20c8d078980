/** The plain content files, read directly (astro:content's store may be stale under Vitest). */
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';
import { ROOT } from './project.ts';

const CONTENT = join(ROOT, 'content');

export function readPlaces(): {
  id: string;
  data: Record<string, unknown> & { id: string; name: string; kind: string };
}[] {
  const list = parse(readFileSync(join(CONTENT, 'places.yaml'), 'utf8')) as {
    id: string;
    name: string;
    kind: string;
  }[];
  return list.map((p) => ({ id: p.id, data: p }));
}

export interface CaseFile {
  id: string;
  data: Record<string, any>;
}

export function readCases(dir = join(CONTENT, 'cases')): CaseFile[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.mdx'))
    .sort()
    .map((f) => {
      const text = readFileSync(join(dir, f), 'utf8');
      const m = /^---\n([\s\S]*?)\n---/.exec(text);
      if (!m) throw new Error(`${f}: no frontmatter`);
      return { id: f.replace(/\.mdx$/, ''), data: parse(m[1]) };
    });
}

/** Place id → ids of the cases that name it (in `places` or in an event), as the archive computes it. */
export function casesOfPlaces(cases = readCases()): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const c of cases) {
    const ids = new Set<string>([
      ...(c.data.places ?? []),
      ...(c.data.events ?? []).flatMap((e: { place?: string }) => (e.place ? [e.place] : [])),
    ]);
    for (const id of ids) out.set(id, [...(out.get(id) ?? []), c.id]);
  }
  return out;
}

/**
 * A temporary folder holding the given files (path → text), for a test that reads content from
 * disk; `removeFolders()` (in afterEach) deletes every folder made so far.
 */
const folders: string[] = [];
export function contentFolder(files: Record<string, string>, prefix = 'content-'): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  folders.push(dir);
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(join(dir, path, '..'), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  return dir;
}
export function removeFolders(): void {
  for (const dir of folders.splice(0)) rmSync(dir, { recursive: true, force: true });
}
