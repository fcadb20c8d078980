/**
 * Korean personal names: a name is recognised when its first word is a known surname and the
 * others known given-name syllables (the tables of content/spellings.yaml), and its variants are the other spellings of
 * each part recombined, Latin and Cyrillic.
 */
import {
  QUOTES_RE,
  WORD_SEPARATOR_RE,
  VariantList,
  capitalize,
  foldYo,
  hasCyrillic,
  stripLatinDiacritics,
} from './text.ts';
import { ranked } from './ranked.ts';
import { spellingTables } from './tables.ts';

/** The spellings of one table entry, by script. */
export interface SpellingEntry {
  display: string;
  latin: string[];
  cyrillic: string[];
}

/** Lookup key of a Korean name token: no quotation marks or accents, lower case, ё = е. */
export function koreanKey(token: string): string {
  return foldYo(stripLatinDiacritics(token).replace(QUOTES_RE, '').toLowerCase());
}

function buildIndex(groups: readonly (readonly string[])[]): Map<string, SpellingEntry> {
  const index = new Map<string, SpellingEntry>();
  for (const group of groups) {
    for (const spelling of group) {
      const key = koreanKey(spelling);
      let entry = index.get(key);
      if (!entry) {
        entry = { display: spelling, latin: [], cyrillic: [] };
        index.set(key, entry);
      }
      for (const other of group) {
        const list = hasCyrillic(other) ? entry.cyrillic : entry.latin;
        if (!list.some((x) => x.toLowerCase() === other.toLowerCase())) list.push(other);
      }
    }
  }
  return index;
}

let indexes: { surnames: Map<string, SpellingEntry>; syllables: Map<string, SpellingEntry> } | undefined;
/** The tables indexed by {@link koreanKey}, built on first use. */
function tableIndexes() {
  if (!indexes) {
    const { koreanSurnames, koreanGivenSyllables } = spellingTables();
    indexes = { surnames: buildIndex(koreanSurnames), syllables: buildIndex(koreanGivenSyllables) };
  }
  return indexes;
}

/** The surname entry of a single word in any of its spellings ("Park", "Pak", "Цой"), if it is one. */
export function koreanSurname(word: string): SpellingEntry | undefined {
  return tableIndexes().surnames.get(koreanKey(word));
}

/** Whether a word is a spelling in the tables (a surname or a given-name syllable). */
export function isKoreanToken(word: string): boolean {
  const key = koreanKey(word);
  return tableIndexes().surnames.has(key) || tableIndexes().syllables.has(key);
}

/** Caps on what one Korean name produces. */
const KOREAN_LATIN_PHRASE_CAP = 60;
const KOREAN_CYRILLIC_PHRASE_CAP = 12;
const KOREAN_JOINED_CAP = 120;

/** Splits a joined given name ("Gyongho", "Кымчхоль") into two known syllables, or null. */
function splitJoined(key: string): [string, string] | null {
  const { syllables } = tableIndexes();
  const chars = Array.from(key);
  for (let k = chars.length - 1; k >= 1; k--) {
    const a = chars.slice(0, k).join('');
    const b = chars.slice(k).join('');
    if (syllables.has(a) && syllables.has(b)) return [a, b];
  }
  return null;
}

/** One position of a Korean name: its spelling as given, and its alternatives. */
export interface KoreanPart {
  own: string;
  /** Latin alternatives, the spelling as given first. */
  latin: string[];
  /** Latin alternatives in the table's order of preference. */
  latinTable: string[];
  /** Cyrillic alternatives, the spelling as given first (if it was Cyrillic). */
  cyrillic: string[];
}

/** A name recognised as Korean: its surname and its given-name syllables. */
export interface KoreanAnalysis {
  surname: KoreanPart;
  given: KoreanPart[];
}

function koreanPart(token: string, entry: SpellingEntry): KoreanPart {
  const ownIsCyrillic = hasCyrillic(token);
  const own = entry.display;
  return {
    own,
    latin: ownIsCyrillic ? entry.latin : [own, ...entry.latin.filter((x) => x.toLowerCase() !== own.toLowerCase())],
    latinTable: entry.latin,
    cyrillic: ownIsCyrillic ? [own, ...entry.cyrillic.filter((x) => koreanKey(x) !== koreanKey(own))] : entry.cyrillic,
  };
}

/**
 * A Korean personal name: 2–4 tokens (split on spaces and hyphens), the first a known surname,
 * every other a known given-name syllable — or two of them joined ("Gyongho") — with at most
 * three syllables in all. Case, quotation marks and Latin accents are ignored.
 */
export function analyseKorean(name: string): KoreanAnalysis | null {
  const tokens = name.replace(QUOTES_RE, '').trim().split(WORD_SEPARATOR_RE).filter(Boolean);
  if (tokens.length < 2 || tokens.length > 4) return null;
  const { surnames, syllables } = tableIndexes();
  const surnameEntry = surnames.get(koreanKey(tokens[0]!));
  if (!surnameEntry) return null;
  const given: KoreanPart[] = [];
  for (const token of tokens.slice(1)) {
    const key = koreanKey(token);
    const entry = syllables.get(key);
    if (entry) {
      given.push(koreanPart(token, entry));
      continue;
    }
    const split = splitJoined(key);
    if (!split) return null;
    for (const piece of split) given.push(koreanPart(token, syllables.get(piece)!));
  }
  if (given.length === 0 || given.length > 3) return null;
  return { surname: koreanPart(tokens[0]!, surnameEntry), given };
}

/** The given name in its forms: spaced, hyphenated, joined ("Kum Chol", "Kum-chol", "Kumchol"). */
function givenForms(syllables: readonly string[]): string[] {
  const [first, ...rest] = syllables.map((s) => s.toLowerCase());
  const head = capitalize(first ?? '');
  if (rest.length === 0) return [head];
  return [[head, ...rest.map(capitalize)].join(' '), [head, ...rest].join('-'), head + rest.join('')];
}

/**
 * The Latin and Cyrillic phrases of a Korean name. Latin, in two passes: first the name changed
 * one part at a time, then several, in spaced, hyphenated and joined forms (up to half the cap);
 * then the standard combinations in the tables' order of preference, spaced ("Choe Geum Cheol"
 * for "Choi Kum Chol"), so that the usual spellings of a name always reach each other.
 */
export function koreanPhrases(
  analysis: KoreanAnalysis,
  exclude: readonly string[],
): { latin: string[]; cyrillic: string[] } {
  const { surname, given } = analysis;
  const spaced = (s: string, g: string[]) => `${capitalize(s.toLowerCase())} ${givenForms(g)[0]}`;
  const latin = new VariantList(exclude);
  latin.addAll(
    ranked(
      [surname.latin, ...given.map((g) => g.latin)],
      Math.floor(KOREAN_LATIN_PHRASE_CAP / 2),
      ([s, ...g]) => givenForms(g).map((form) => `${capitalize(s!.toLowerCase())} ${form}`),
      exclude,
    ),
  );
  for (const phrase of ranked(
    [surname.latinTable, ...given.map((g) => g.latinTable)],
    KOREAN_LATIN_PHRASE_CAP,
    ([s, ...g]) => [spaced(s!, g)],
    exclude,
    'sum',
  )) {
    if (latin.size >= KOREAN_LATIN_PHRASE_CAP) break;
    latin.add(phrase);
  }
  const cyrillic = ranked(
    [surname.cyrillic, ...given.map((g) => g.cyrillic)],
    KOREAN_CYRILLIC_PHRASE_CAP,
    ([s, ...g]) => [[s!, ...g.map((x) => capitalize(x.toLowerCase()))].join(' ')],
    exclude,
  );
  return { latin: latin.items, cyrillic };
}

/** Single words of a Korean name's variants: every alternative of every part, and the joined given names. */
export function koreanWords(analysis: KoreanAnalysis): string[] {
  const { surname, given } = analysis;
  const out = new VariantList();
  for (const part of [surname, ...given]) {
    out.addAll(part.latin);
    out.addAll(part.cyrillic);
  }
  if (given.length > 1) {
    const joined = (g: string[]) => [capitalize(g.map((x) => x.toLowerCase()).join(''))];
    out.addAll(
      ranked(
        given.map((g) => g.latin),
        KOREAN_JOINED_CAP,
        joined,
      ),
    );
    out.addAll(
      ranked(
        given.map((g) => g.cyrillic),
        KOREAN_JOINED_CAP,
        joined,
      ),
    );
  }
  return out.items;
}

/**
 * Korean personal name → variant phrases, syllable by syllable: every surname alternative with
 * every given-name alternative, in spaced ("Choi Kum Chol"), hyphenated ("Choi Kum-chol") and
 * joined ("Choi Kumchol") forms (Latin), and as all-Cyrillic phrases ("Цой Кым Чхоль"). The most
 * common forms come first — the name changed one part at a time, then the standard combinations
 * of the tables — with at most 60 Latin and 12 Cyrillic phrases (the single words of all
 * combinations are in `spellingVariants` and `searchWords`). The name itself is excluded. Returns
 * [] when the name is not recognised as Korean (see the tables in content/spellings.yaml).
 */
export function koreanNameVariants(name: string): string[] {
  const analysis = analyseKorean(name);
  if (!analysis) return [];
  const { latin, cyrillic } = koreanPhrases(analysis, [name]);
  return [...latin, ...cyrillic];
}

/** Is this name recognised as a Korean personal name? */
export function isKoreanName(name: string): boolean {
  return analyseKorean(name) !== null;
}

/** A lone Korean surname in any of its spellings ("Park", "Pak", "Цой"). */
export function isKoreanSurname(word: string): boolean {
  return !/\s/.test(word.trim()) && koreanSurname(word.trim()) !== undefined;
}
