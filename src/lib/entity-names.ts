/**
 * Every entity's names and spellings, read straight from content/*.yaml (for the Markdown
 * pipeline, which runs outside Astro's content store).
 */
import { readFileSync, existsSync, readdirSync } from 'node:fs';
import { splitFrontmatter } from './parse-document.ts';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describesUnnamed } from './case-names.ts';

export interface EntityNames {
  kind: string;
  id: string;
  names: string[];
  russian?: string;
  transliterate?: boolean;
  placeKind?: string;
}

/** Places whose Russian name is a proper name (a building's is a description). */
export const TRANSLITERATED_PLACES = new Set(['city', 'town', 'village', 'island', 'district', 'region']);

export function readEntityNames(dir: string): EntityNames[] {
  const out: EntityNames[] = [];
  for (const kind of ['places', 'people', 'organizations']) {
    const file = join(dir, `${kind}.yaml`);
    if (!existsSync(file)) continue;
    const list = (parse(readFileSync(file, 'utf8')) ?? []) as Record<string, unknown>[];
    for (const e of list) {
      const strings = (v: unknown) =>
        Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : typeof v === 'string' ? [v] : [];
      const acronyms = strings(e.acronyms).filter((a) => a.length >= 3);
      out.push({
        kind,
        id: String(e.id),
        names: [...strings(e.name), ...strings(e.spellings), ...strings(e.russian), ...acronyms],
        russian: typeof e.russian === 'string' ? e.russian : undefined,
        transliterate: kind === 'people' || (kind === 'places' && TRANSLITERATED_PLACES.has(String(e.kind))),
        placeKind: kind === 'places' ? String(e.kind) : undefined,
      });
    }
  }
  // Case subjects are named in the documents too ("Choi Gyong Ho"): their names, from the case files.
  const cases = join(dir, 'cases');
  if (existsSync(cases)) {
    for (const f of readdirSync(cases).filter((x) => x.endsWith('.mdx'))) {
      const { data } = splitFrontmatter(readFileSync(join(cases, f), 'utf8'));
      const names = ((data.names ?? []) as { name?: unknown }[])
        .map((n) => n.name)
        .filter((n): n is string => typeof n === 'string');
      // Only real names (descriptions of unnamed people are in `descriptions`, not `names`).
      const real = names.map((n) => n.replace(/[“”"]/g, '')).filter((n) => !describesUnnamed(n));
      if (real.length) out.push({ kind: 'cases', id: f.replace(/\.mdx$/, ''), names: real });
    }
  }
  return out;
}
