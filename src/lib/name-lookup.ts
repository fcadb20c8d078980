/**
 * The name lookup of the search page: every name and spelling of the archive's named pages (the
 * people the cases are about, and people, places and organizations), filed by how the name
 * begins (lookupKey), folded to plain Latin letters. A reader who types a name gets its page at
 * once, from one small file, before the full-text search has answered; and that page is put first
 * whatever the full-text ranking. A list of the files that exist (a few characters each) spares
 * the reader's browser a request for one that does not; each file holds only the names that
 * begin as its key says, so what a search downloads does not grow with the archive as a whole.
 */

/** One name of a page: [the name as written, the page's address, its type ("Case", "Place"…), its title, and for a case its status]. */
export type NameEntry = [name: string, href: string, type: string, title: string, status?: string];

const CYRILLIC: Record<string, string> = {
  а: 'a',
  б: 'b',
  в: 'v',
  г: 'g',
  д: 'd',
  е: 'e',
  ё: 'yo',
  ж: 'zh',
  з: 'z',
  и: 'i',
  й: 'y',
  к: 'k',
  л: 'l',
  м: 'm',
  н: 'n',
  о: 'o',
  п: 'p',
  р: 'r',
  с: 's',
  т: 't',
  у: 'u',
  ф: 'f',
  х: 'kh',
  ц: 'ts',
  ч: 'ch',
  ш: 'sh',
  щ: 'shch',
  ъ: '',
  ы: 'y',
  ь: '',
  э: 'e',
  ю: 'yu',
  я: 'ya',
};

/** Lower case, without accents, apostrophes, hyphens or quotation marks; words separated by one space. */
export function foldName(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/['’ʼ‘`]/g, '')
    .replace(/[^\p{L}\p{N} ]+/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Cyrillic letters written in Latin ones (a simple scheme, enough to file and compare names). */
export const latinLetters = (folded: string) => [...folded].map((c) => CYRILLIC[c] ?? c).join('');

/**
 * The file a name (or a query) belongs to: the first three letters of its first word, and of a
 * name of more than one word, a hyphen and the first letter of its second word ("Choe Kum Chol"
 * → "cho-k", "Tsoi" → "tso"), in folded Latin letters; none for a word of fewer than two letters
 * or another script. So a file holds a few dozen names even where a surname is shared by many.
 */
export function lookupKey(text: string): string | undefined {
  const [first, second] = latinLetters(foldName(text)).split(' ');
  const key = `${first?.slice(0, 3) ?? ''}${second ? `-${second[0]}` : ''}`;
  return /^[a-z0-9]{2,3}(-[a-z0-9])?$/.test(key) && key.replace('-', '').length >= 3 ? key : undefined;
}

/** The entries of every name, filed by key; each file sorted by folded name, one entry per name and page. */
export function fileNames(entries: NameEntry[]): Map<string, NameEntry[]> {
  const files = new Map<string, NameEntry[]>();
  const seen = new Set<string>();
  for (const entry of entries) {
    const key = lookupKey(entry[0]);
    const id = `${foldName(entry[0])}\u0000${entry[1]}`;
    if (!key || seen.has(id)) continue;
    seen.add(id);
    (files.get(key) ?? files.set(key, []).get(key)!).push(entry);
  }
  for (const list of files.values())
    list.sort((a, b) => foldName(a[0]).localeCompare(foldName(b[0])) || a[1].localeCompare(b[1]));
  return files;
}

/**
 * The pages whose name is the query (first), or begins with it as whole words ("Choe" → "Choe Kum
 * Chol"), cases before other pages, each page once. Compared in folded Latin letters, so that
 * "Цой" finds "Tsoy" only if the archive lists that spelling, never by guesswork.
 */
export function matchNames(entries: NameEntry[], query: string): NameEntry[] {
  const q = latinLetters(foldName(query));
  if (q.length < 3) return [];
  const ranked: { e: NameEntry; r: number }[] = [];
  for (const e of entries) {
    const n = latinLetters(foldName(e[0]));
    const r = n === q ? 0 : n.startsWith(`${q} `) ? 1 : -1;
    if (r >= 0) ranked.push({ e, r });
  }
  ranked.sort(
    (a, b) => a.r - b.r || (a.e[2] === 'Case' ? 0 : 1) - (b.e[2] === 'Case' ? 0 : 1) || a.e[3].localeCompare(b.e[3]),
  );
  const pages = new Set<string>();
  return ranked.map((x) => x.e).filter((e) => !pages.has(e[1]) && pages.add(e[1]));
}
