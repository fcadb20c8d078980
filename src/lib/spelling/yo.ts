/**
 * ё restored: Russian words known to be written with ё ({@link YO_WORDS}) are very often printed
 * with е, which loses their "yo" transliteration (Артем → Artem, not Artyom).
 */
import { foldYo, matchCase } from './text.ts';
import { YO_WORDS } from './tables.ts';

/** The ё form of a Cyrillic word spelt with е, if it is one of {@link YO_WORDS}. */
const YO_BY_FOLDED: ReadonlyMap<string, string> = new Map(
  YO_WORDS.flatMap((w) => {
    const lowerWord = w.toLowerCase();
    return [
      [foldYo(lowerWord), lowerWord],
      [foldYo(lowerWord) + 'а', lowerWord + 'а'],
    ] as [string, string][];
  }),
);

/** Puts back the ё of the words known to have one: "Артем Ковалев" → "Артём Ковалёв". */
export function restoreYo(text: string): string {
  return text.replace(/[\p{L}]+/gu, (word) => {
    const known = YO_BY_FOLDED.get(foldYo(word.toLowerCase()));
    if (!known) return word;
    return matchCase(word, known);
  });
}

