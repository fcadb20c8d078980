/** Cyrillic → Latin: the transliterations of a Russian (or Ukrainian) text in several systems. */
import { hasCyrillic } from './text.ts';
import { Template, caseModes } from './template.ts';

/**
 * Cyrillic → Latin, the alternatives of each letter, the standard (BGN/PCGN-like) one first.
 * Some letters depend on their context, which {@link cyrillicToLatin} handles on top of this
 * table: е is "ye"/"e" at the start of a word and after a vowel or soft/hard sign, plain "e" after
 * a consonant; ё after ж ч ш щ ц is "o"/"e"/"yo"; the endings -ий/-ый/-ский and a final vowel + е
 * (-ое) have their own alternatives (see {@link CYRILLIC_ENDINGS}); кс may also be "x".
 * Ukrainian і ї є ґ are accepted too.
 */
export const CYRILLIC_TO_LATIN: Readonly<Record<string, readonly string[]>> = {
  а: ['a'],
  б: ['b'],
  в: ['v'],
  г: ['g'],
  д: ['d'],
  е: ['e', 'ye'],
  ё: ['yo', 'e', 'io', 'jo'],
  ж: ['zh', 'j'],
  з: ['z'],
  и: ['i'],
  й: ['y', 'i', 'j'],
  к: ['k'],
  л: ['l'],
  м: ['m'],
  н: ['n'],
  о: ['o'],
  п: ['p'],
  р: ['r'],
  с: ['s'],
  т: ['t'],
  у: ['u'],
  ф: ['f'],
  х: ['kh', 'h', 'ch'],
  ц: ['ts', 'tz', 'c'],
  ч: ['ch'],
  ш: ['sh'],
  щ: ['shch', 'sch', 'sh'],
  ъ: [''],
  ы: ['y'],
  ь: ['', "'"],
  э: ['e'],
  ю: ['yu', 'iu', 'ju'],
  я: ['ya', 'ia', 'ja'],
  і: ['i'],
  ї: ['yi', 'i'],
  є: ['ye', 'ie', 'e'],
  ґ: ['g'],
};

/** Word endings with their own Latin alternatives (first = preferred). */
export const CYRILLIC_ENDINGS: Readonly<Record<string, readonly string[]>> = {
  /** -ский, -цкий: Primorsky, Primorskiy, Primorskii, Primorski (the "к" is written before). */
  ский: ['y', 'iy', 'ii', 'i'],
  /** -ий: Dmitriy, Dmitry, Dmitrii, Dmitri. */
  ий: ['iy', 'y', 'ii', 'i'],
  /** -ый: Krasny, Krasnyy, Krasniy, Krasnyi. */
  ый: ['y', 'yy', 'iy', 'yi'],
  /** A vowel + final е, e.g. -ое: Razdolnoe, Razdolnoye. */
  ое: ['e', 'ye'],
};

const CYRILLIC_VOWELS = 'аеёиоуыэюяієї';
const CYRILLIC_HUSHERS = 'жчшщц';

/** Default cap on the Latin transliterations of one text. */
const CYRILLIC_TO_LATIN_CAP = 12;

/**
 * Cyrillic → Latin transliterations (several systems and informal forms), the standard
 * BGN/PCGN-like form first, e.g. "Артём" → ["Artyom", "Artem", "Artiom", "Artjom"],
 * "Приморский край" → ["Primorsky kray", "Primorskiy kray", "Primorsky krai", …].
 * The choice for a letter is the same throughout the text. At most `cap` forms (12 by default).
 * Characters that are not Cyrillic are kept; a text without Cyrillic comes back unchanged; an
 * empty text gives [].
 */
export function cyrillicToLatin(text: string, cap = CYRILLIC_TO_LATIN_CAP): string[] {
  const source = text.normalize('NFC').trim();
  if (!source) return [];
  if (!hasCyrillic(source)) return [source];
  const chars = Array.from(source);
  const lower = chars.map((c) => c.toLowerCase());
  const modes = caseModes(chars);
  const isLetter = (c: string | undefined) => c !== undefined && /\p{L}/u.test(c);
  const wordEndsAt = (j: number) => !isLetter(lower[j]);
  const t = new Template();

  let i = 0;
  while (i < lower.length) {
    const ch = lower[i]!;
    const mode = modes[i]!;
    const prev = i > 0 ? lower[i - 1]! : '';
    const next = lower[i + 1];
    const table = CYRILLIC_TO_LATIN[ch];
    if (!table) {
      t.fixed(chars[i]!, 0);
      i++;
      continue;
    }
    const initial = !isLetter(prev);
    const afterVowel = prev !== '' && CYRILLIC_VOWELS.includes(prev);

    // Endings -ий, -ый, -ский/-цкий.
    if ((ch === 'и' || ch === 'ы') && next === 'й' && wordEndsAt(i + 2)) {
      if (ch === 'ы') t.choice('ый', CYRILLIC_ENDINGS['ый']!, mode);
      else if (prev === 'к' && (lower[i - 2] === 'с' || lower[i - 2] === 'ц'))
        t.choice('ский', CYRILLIC_ENDINGS['ский']!, mode);
      else t.choice('ий', CYRILLIC_ENDINGS['ий']!, mode);
      i += 2;
      continue;
    }
    if (ch === 'к' && next === 'с') {
      t.choice('кс', ['ks', 'x'], mode);
      i += 2;
      continue;
    }
    if (ch === 'е') {
      if (!initial && afterVowel && wordEndsAt(i + 1)) t.choice('е-end', CYRILLIC_ENDINGS['ое']!, mode);
      else if (initial || afterVowel || prev === 'ь' || prev === 'ъ') t.choice('е-iot', ['ye', 'e'], mode);
      else t.fixed('e', mode);
      i++;
      continue;
    }
    if (ch === 'ё' && CYRILLIC_HUSHERS.includes(prev)) {
      t.choice('ё-hush', ['o', 'e', 'yo'], mode);
      i++;
      continue;
    }
    t.choice(ch, table, mode);
    i++;
  }
  return t.expand(cap);
}
