/**
 * The name lookup files of the search page (/search/names/<key>.json, src/lib/name-lookup.ts),
 * computed once per build: the people the cases are about, under every name and spelling the
 * sources give and the Cyrillic form the A–Z index shows, and every person, place and
 * organization under its name, spellings, Russian and Korean forms.
 */
import type { Archive } from './archive.ts';
import { entitySummaries, KIND_LABEL } from './entities.ts';
import { statusLabel } from './cases.ts';
import { caseSubjects } from './a-to-z.ts';
import { fileNames, type NameEntry } from '../lib/name-lookup.ts';

const built = new WeakMap<Archive, Map<string, NameEntry[]>>();

export function nameLookup(archive: Archive): Map<string, NameEntry[]> {
  const cached = built.get(archive);
  if (cached) return cached;
  const entries: NameEntry[] = [];
  for (const { case: c, target } of caseSubjects(archive)) {
    const status = statusLabel(c.data.status);
    for (const name of [target.name, ...target.spellings])
      entries.push([name.replace(/[“”"]/g, ''), target.href, 'Case', target.name, status]);
  }
  for (const kind of ['people', 'places', 'organizations'] as const) {
    const type = KIND_LABEL[kind].one;
    for (const e of entitySummaries(archive, kind))
      for (const name of [e.name, ...e.spellings]) entries.push([name, e.href, type, e.name]);
  }
  const files = fileNames(entries);
  built.set(archive, files);
  return files;
}
