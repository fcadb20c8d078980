/**
 * The settings and editorial tables that are one YAML file each in content/ (site.yaml, map.yaml,
 * spellings.yaml). They are read from disk, not through Astro's content store, because the
 * Markdown pipeline and the scripts need them too; this is the one reader for all of them. A file
 * is parsed and checked against its schema once per process, and a problem stops the build with
 * the file, the field and what to write instead.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse } from 'yaml';
import type { z } from 'astro/zod';
import { contentDir } from './paths.ts';

const checked = new Map<string, unknown>();

/**
 * The content of `content/<file>` (of the folder `ARCHIVE_CONTENT` names, if set), checked
 * against `schema`. Throws, naming the file and each wrong field, when it is missing or wrong.
 */
export function readContentFile<S extends z.ZodType>(file: string, schema: S): z.output<S> {
  const path = join(contentDir(), file);
  if (!checked.has(path)) {
    const shown = relative(process.cwd(), path) || path;
    if (!existsSync(path)) throw new Error(`${shown}: file not found`);
    checked.set(path, parseContentFile(shown, readFileSync(path, 'utf8'), schema));
  }
  return checked.get(path) as z.output<S>;
}

/** `source`, the YAML text of the file shown as `shown`, parsed and checked against `schema`. */
export function parseContentFile<S extends z.ZodType>(shown: string, source: string, schema: S): z.output<S> {
  let data: unknown;
  try {
    data = parse(source);
  } catch (e) {
    throw new Error(`${shown}: not valid YAML: ${(e as Error).message}`);
  }
  const result = schema.safeParse(data);
  if (result.success) return result.data;
  throw new Error(result.error.issues.map((issue) => `${shown}: ${issueText(issue)}`).join('\n'));
}

/** One problem as a writer reads it: the field (as "panels[0].extent.west"), then what is wrong. */
function issueText(issue: z.core.$ZodIssue): string {
  if (issue.code === 'unrecognized_keys') {
    return issue.keys
      .map((key) => `${fieldName([...issue.path, key])}: is not a field here (a misspelt name?): remove or rename it`)
      .join('; ');
  }
  const field = fieldName(issue.path);
  return field ? `${field}: ${issue.message}` : issue.message;
}

function fieldName(path: readonly PropertyKey[]): string {
  return path.map((key, i) => (typeof key === 'number' ? `[${key}]` : `${i > 0 ? '.' : ''}${String(key)}`)).join('');
}
