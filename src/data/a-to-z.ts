/**
 * The A–Z index of the archive: every person, place and organization, and every named subject
 * of a case, under every spelling (computed once per build). While it is short it is one page
 * (/index/); each Latin letter, the Cyrillic letters together and the other scripts also have
 * their own paged address (/index/t/, /index/cyrillic/, /index/t/page/2/), which /index/ links
 * instead once the whole would be too long for one page.
 */
import type { Archive } from './archive.ts';
import { entitySummaries, KIND_LABEL } from './entities.ts';
import { buildIndex, caseSpellings, type IndexGroup, type IndexTarget } from '../lib/a-to-z.ts';
import { koreanNameVariants } from '../lib/spelling/index.ts';
import { paginate, type Page } from '../lib/paging.ts';
import { routes } from '../lib/routes.ts';

/** Entries /index/ shows in full; beyond this it shows the letters, each linking to its pages. */
export const WHOLE_INDEX_LIMIT = 1200;
/** Entries on one page of a letter. */
export const LETTER_PAGE_SIZE = 250;

const CYRILLIC = /\p{Script=Cyrillic}/u;
const built = new WeakMap<Archive, IndexGroup[]>();

export function azIndex(archive: Archive): IndexGroup[] {
  const cached = built.get(archive);
  if (cached) return cached;
  const targets: IndexTarget[] = (['people', 'places', 'organizations'] as const).flatMap((k) =>
    entitySummaries(archive, k).map((e) => ({
      name: e.name,
      href: e.href,
      kind: KIND_LABEL[k].one.toLowerCase(),
      spellings: e.spellings,
    })),
  );
  targets.push(...caseSubjects(archive).map(({ target }) => target));
  const groups = buildIndex(targets);
  built.set(archive, groups);
  return groups;
}

/**
 * The people the cases are about, where the sources name them (a pseudonym is a name too): each
 * case's title with every spelling the sources give and its Cyrillic form. Also the search page's
 * name lookup (src/data/name-lookup.ts).
 */
export function caseSubjects(archive: Archive): { case: Archive['cases'][number]; target: IndexTarget }[] {
  return archive.cases
    .filter((c) => c.data.names.length > 0)
    .map((c) => ({
      case: c,
      target: {
        name: c.data.title,
        href: routes.case(c.id),
        kind: 'case',
        spellings: caseSpellings(
          c.data.title,
          c.data.names.map((n) => n.name),
          (n) => koreanNameVariants(n).find((v) => CYRILLIC.test(v)),
        ),
      },
    }));
}

export const indexSize = (groups: IndexGroup[]) => groups.reduce((n, g) => n + g.entries.length, 0);

/**
 * The pages of the index beyond /index/: one for each Latin letter A–Z (always, so that their
 * addresses stay), one for all Cyrillic letters and one for every other script, each paged.
 */
export interface IndexShelf {
  slug: string;
  title: string;
  entries: IndexGroup['entries'];
}

const LATIN = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ'.split('');

export function indexShelves(archive: Archive): IndexShelf[] {
  const groups = azIndex(archive);
  const of = (test: (g: IndexGroup) => boolean) => groups.filter(test).flatMap((g) => g.entries);
  return [
    ...LATIN.map((l) => ({ slug: l.toLowerCase(), title: l, entries: of((g) => g.letter === l) })),
    { slug: 'cyrillic', title: 'Cyrillic (А–Я)', entries: of((g) => /\p{Script=Cyrillic}/u.test(g.letter)) },
    {
      slug: 'other',
      title: 'Other scripts and signs',
      entries: of((g) => !/^[A-Z]$/.test(g.letter) && !/\p{Script=Cyrillic}/u.test(g.letter)),
    },
  ];
}

/** The shelf a group of /index/ belongs to. */
export const shelfOf = (g: IndexGroup) =>
  /^[A-Z]$/.test(g.letter) ? g.letter.toLowerCase() : /\p{Script=Cyrillic}/u.test(g.letter) ? 'cyrillic' : 'other';

/** Every page of every shelf. */
export function shelfPages(archive: Archive): { shelf: IndexShelf; page: Page<IndexGroup['entries'][number]> }[] {
  return indexShelves(archive).flatMap((shelf) =>
    paginate(shelf.entries, LETTER_PAGE_SIZE).map((page) => ({ shelf, page })),
  );
}
