/**
 * The A–Z index of the archive: every person, place and organization, and every named subject
 * of a case, under every spelling (computed once per build). While it is short it is one page
 * (/index/); each letter also has its own, paged address (/index/t/, /index/t/page/2/), which
 * /index/ links instead once the whole would be too long for one page.
 */
import type { Archive } from './archive.ts';
import { entitySummaries, KIND_LABEL } from './entities.ts';
import { buildIndex, caseSpellings, type IndexGroup, type IndexTarget } from '../lib/a-to-z.ts';
import { koreanNameVariants } from '../lib/spelling.ts';
import { paginate, type Page } from '../lib/paging.ts';
import { sitePath } from '../lib/site-path.ts';

/** Entries /index/ shows in full; beyond this it shows the letters, each linking to its pages. */
export const WHOLE_INDEX_LIMIT = 1500;
/** Entries on one page of a letter. */
export const LETTER_PAGE_SIZE = 250;

const CYRILLIC = /\p{Script=Cyrillic}/u;
const built = new WeakMap<Archive, IndexGroup[]>();

export function azIndex(archive: Archive): IndexGroup[] {
  const cached = built.get(archive);
  if (cached) return cached;
  const targets: IndexTarget[] = (['people', 'places', 'organizations'] as const).flatMap((k) =>
    entitySummaries(archive, k).map((e) => ({ name: e.name, href: e.href, kind: KIND_LABEL[k].one.toLowerCase(), spellings: e.spellings })),
  );
  // The people the cases are about, where the sources name them (a pseudonym is a name too).
  for (const c of archive.cases) {
    if (c.data.names.length === 0) continue;
    targets.push({
      name: c.data.title,
      href: sitePath(`/cases/${c.id}/`),
      kind: 'case',
      spellings: caseSpellings(c.data.title, c.data.names.map((n) => n.name), (n) => koreanNameVariants(n).find((v) => CYRILLIC.test(v))),
    });
  }
  const groups = buildIndex(targets);
  built.set(archive, groups);
  return groups;
}

export const indexSize = (groups: IndexGroup[]) => groups.reduce((n, g) => n + g.entries.length, 0);

export const letterPath = (g: IndexGroup) => `/index/${g.slug}/`;

/** Every page of every letter. */
export function letterPages(archive: Archive): { group: IndexGroup; page: Page<IndexGroup['entries'][number]> }[] {
  return azIndex(archive).flatMap((group) => paginate(group.entries, LETTER_PAGE_SIZE).map((page) => ({ group, page })));
}
