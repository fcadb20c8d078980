/**
 * The words an entity or case is findable by in the search index, chosen with restraint:
 * its own names and spellings; for a Korean personal name, its romanizations syllable by
 * syllable; for a name with a Russian (Cyrillic) form, its transliterations both ways and the
 * informal Latin respellings of its Latin names. English names ("Human Rights Watch") get no
 * invented respellings. Built on src/lib/spelling/.
 */
import {
  isKoreanName,
  isKoreanSurname,
  searchWords,
  cyrillicToLatin,
  russianLatinVariants,
  restoreYo,
} from './spelling/index.ts';

export interface NamedThing {
  /** The name and every other spelling given in the data (any script), acronyms included. */
  names: string[];
  /** The Russian (Cyrillic) name, if the entity has one. */
  russian?: string;
  /** Transliterate the Russian name (people and places). */
  transliterate?: boolean;
}

const CYRILLIC = /[\u0400-\u04FF]/;
const MAX_WORDS = 120;

export function wordsOf(text: string): string[] {
  return text
    .toLowerCase()
    .replace(/['"‘’“”«»]/g, '')
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w.length > 1);
}

export function indexWords(thing: NamedThing): string[] {
  const out = new Set<string>();
  const add = (texts: string[]) => {
    for (const t of texts) for (const w of wordsOf(t)) if (out.size < MAX_WORDS) out.add(w);
  };
  add(thing.names);
  // Korean names, also under a pseudonym with an honorific ('Mr “Park”' → Park, Pak, Bak …).
  const bare = thing.names.map((n) => n.replace(/[“”"]/g, '').replace(/^(Mr|Mrs|Ms)\.?\s+/i, ''));
  const korean = bare.filter((n) => isKoreanName(n) || isKoreanSurname(n));
  for (const n of korean) add(searchWords([n]));
  const cyrillic = [
    ...new Set([thing.russian, ...thing.names].filter((n): n is string => Boolean(n && CYRILLIC.test(n)))),
  ];
  for (const c of cyrillic) add([restoreYo(c), c.replace(/ё/g, 'е').replace(/Ё/g, 'Е')]);
  // Transliterations of the Russian name of a person or a place (an organization's Russian
  // name is a phrase of common words, which would only add noise).
  if (thing.russian && thing.transliterate) {
    add(cyrillicToLatin(thing.russian));
    const name = thing.names[0];
    if (name.split(/\s+/).length <= 2) add(russianLatinVariants(name));
  }
  return [...out];
}
