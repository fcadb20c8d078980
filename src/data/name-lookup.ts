/**
 * The name lookup files of the search page (/search/names/<key>.json, src/lib/name-lookup.ts),
 * computed once per build: the people the cases are about, under every name and spelling the
 * sources give and the Cyrillic form the A–Z index shows, and every person, place and
 * organization under its name, spellings, Russian and Korean forms.
 */
import type { Archive } from './archive.ts';
import { entitySummaries, KIND_LABEL } from './entities.ts';
import { statusLabel } from './cases.ts';
import { caseSpellings } from '../lib/a-to-z.ts';
import { koreanNameVariants } from '../lib/spelling.ts';
import { fileNames, type NameEntry } from '../lib/name-lookup.ts';
import { sitePath } from '../lib/site-path.ts';

const CYRILLIC = /\p{Script=Cyrillic}/u;
const built = new WeakMap<Archive, Map<string, NameEntry[]>>();

export function nameLookup(archive: Archive): Map<string, NameEntry[]> {
  const cached = built.get(archive);
  if (cached) return cached;
  const entries: NameEntry[] = [];
  for (const c of archive.cases) {
    if (c.data.names.length === 0) continue;
    const href = sitePath(`/cases/${c.id}/`);
    const title = c.data.title;
    const status = statusLabel(c.data.status);
    const spellings = caseSpellings(title, c.data.names.map((n) => n.name), (n) => koreanNameVariants(n).find((v) => CYRILLIC.test(v)));
    for (const name of [title, ...spellings]) entries.push([name.replace(/[“”"]/g, ''), href, 'Case', title, status]);
  }
  for (const kind of ['people', 'places', 'organizations'] as const) {
    const type = KIND_LABEL[kind].one;
    for (const e of entitySummaries(archive, kind)) for (const name of [e.name, ...e.spellings]) entries.push([name, e.href, type, e.name]);
  }
  const files = fileNames(entries);
  built.set(archive, files);
  return files;
}
