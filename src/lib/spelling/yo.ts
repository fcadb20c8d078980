/**
 * ё restored: Russian words known to be written with ё (`yoWords` in content/spellings.yaml) are
 * very often printed with е, which loses their "yo" transliteration (Артем → Artem, not Artyom).
 */
import { foldYo, matchCase } from './text.ts';
import { spellingTables } from './tables.ts';

let yoByFolded: ReadonlyMap<string, string> | undefined;
/** Each word of the table (and its feminine form in -а), lower case, by its spelling with е. */
function yoWords(): ReadonlyMap<string, string> {
  yoByFolded ??= new Map(
    spellingTables().yoWords.flatMap((w) => {
      const lowerWord = w.toLowerCase();
      return [
        [foldYo(lowerWord), lowerWord],
        [foldYo(lowerWord) + 'а', lowerWord + 'а'],
      ] as [string, string][];
    }),
  );
  return yoByFolded;
}

/** Puts back the ё of the words known to have one: "Артем Ковалев" → "Артём Ковалёв". */
export function restoreYo(text: string): string {
  return text.replace(/[\p{L}]+/gu, (word) => {
    const known = yoWords().get(foldYo(word.toLowerCase()));
    if (!known) return word;
    return matchCase(word, known);
  });
}
