/**
 * Every entity's names and spellings, for the Markdown pipeline, which runs outside Astro's
 * content store: read from content/places.yaml, people.yaml and organizations.yaml through the
 * checked reader of content files (src/lib/content-file.ts), and from the case files' `names`.
 * Only the fields that name an entity are read and checked here, with the same rules as the
 * collections' schemas (src/content.config.ts), which check every other field.
 */
import { readFileSync, existsSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { z } from 'astro/zod';
import { splitFrontmatter } from './parse-document.ts';
import { describesUnnamed } from './case-names.ts';
import { readContentFile } from './content-file.ts';
import { contentDir } from './paths.ts';

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

const name = z.string().trim().min(1);

/** The fields that name a place, person or organization (the others are checked by the collections). */
const namedEntities = z.array(
  z
    .object({
      id: z.string(),
      name,
      spellings: z.array(z.string()).default([]),
      russian: z.string().optional(),
      acronyms: z.array(z.string()).default([]),
      kind: z.string().optional(),
    })
    .loose(),
);

/** The names a case file gives its subject (its frontmatter's `names`). */
const caseNames = z.object({ names: z.array(z.object({ name }).loose()).default([]) }).loose();

/** The names and spellings of every place, person, organization and named case subject of the archive. */
export function readEntityNames(): EntityNames[] {
  const out: EntityNames[] = [];
  for (const kind of ['places', 'people', 'organizations']) {
    for (const e of readContentFile(`${kind}.yaml`, namedEntities)) {
      out.push({
        kind,
        id: e.id,
        names: [e.name, ...e.spellings, ...(e.russian ? [e.russian] : []), ...e.acronyms.filter((a) => a.length >= 3)],
        russian: e.russian,
        transliterate: kind === 'people' || (kind === 'places' && TRANSLITERATED_PLACES.has(String(e.kind))),
        placeKind: kind === 'places' ? String(e.kind) : undefined,
      });
    }
  }
  // Case subjects are named in the documents too ("Choi Gyong Ho"): their names, from the case files.
  const cases = join(contentDir(), 'cases');
  if (existsSync(cases)) {
    for (const f of readdirSync(cases).filter((x) => x.endsWith('.mdx'))) {
      const file = join(cases, f);
      const checked = caseNames.safeParse(splitFrontmatter(readFileSync(file, 'utf8')).data);
      if (!checked.success)
        throw new Error(`${relative(process.cwd(), file)}: names: ${checked.error.issues[0].message}`);
      // Only real names (descriptions of unnamed people are in `descriptions`, not `names`).
      const real = checked.data.names.map((n) => n.name.replace(/[“”"]/g, '')).filter((n) => !describesUnnamed(n));
      if (real.length) out.push({ kind: 'cases', id: f.replace(/\.mdx$/, ''), names: real });
    }
  }
  return out;
}
