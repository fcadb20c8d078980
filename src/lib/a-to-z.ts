/**
 * A back-of-the-book index: every name and every spelling as its own entry, grouped by
 * first letter (Latin letters, then Cyrillic, then other scripts).
 */
export interface IndexTarget {
  name: string;
  href: string;
  kind: string;
  spellings: string[];
}
export interface IndexEntry {
  term: string;
  target: IndexTarget;
  primary: boolean;
}
export interface IndexGroup {
  letter: string;
  id: string;
  entries: IndexEntry[];
}

function letterOf(term: string): string {
  const ch = term
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/^[^\p{L}\p{N}]+/u, '')
    .charAt(0)
    .toUpperCase();
  return /\p{L}/u.test(ch) ? ch : '#';
}

const scriptRank = (letter: string) =>
  /[A-Z]/.test(letter) ? 0 : /\p{Script=Cyrillic}/u.test(letter) ? 1 : letter === '#' ? 3 : 2;

export function buildIndex(targets: IndexTarget[]): IndexGroup[] {
  const entries: IndexEntry[] = [];
  for (const t of targets) {
    entries.push({ term: t.name, target: t, primary: true });
    for (const s of t.spellings) entries.push({ term: s, target: t, primary: false });
  }
  const collator = new Intl.Collator('en', { sensitivity: 'base', ignorePunctuation: true });
  const groups = new Map<string, IndexEntry[]>();
  for (const e of entries) {
    const l = letterOf(e.term);
    groups.set(l, [...(groups.get(l) ?? []), e]);
  }
  return [...groups]
    .sort(([a], [b]) => scriptRank(a) - scriptRank(b) || a.localeCompare(b, ['en', 'ru']))
    .map(([letter, list]) => ({
      letter,
      id: `letter-${letter === '#' ? 'other' : encodeURIComponent(letter.toLowerCase()).replace(/%/g, '')}`,
      entries: list.sort((a, b) => collator.compare(a.term, b.term) || Number(b.primary) - Number(a.primary)),
    }));
}

/** The other spellings of a case's subject for the index: the sources' own, without editorial brackets, and one Cyrillic form of a Korean name. */
export function caseSpellings(
  title: string,
  names: string[],
  cyrillic: (name: string) => string | undefined,
): string[] {
  const bare = (n: string) => n.replace(/[[\]]/g, '').replace(/\s+/g, ' ').trim();
  const own = names.map(bare);
  const first = own[0]?.replace(/[“”"]/g, '');
  const ru = first ? cyrillic(first) : undefined;
  return [...new Set([...own, ...(ru ? [ru] : [])])].filter((n) => n && n !== title);
}
