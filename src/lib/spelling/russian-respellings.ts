/**
 * Informal Latin spellings of Russian names: the respellings readers type for a name already in
 * Latin letters (-sky/-skiy, -ev/-yov, shch/sch, ia/ya, …).
 */
import { VariantList, matchCase, matches } from './text.ts';
import { ranked } from './ranked.ts';
import { cyrillicToLatin } from './cyrillic-to-latin.ts';
import { latinToCyrillic } from './latin-to-cyrillic.ts';
import { restoreYo } from './yo.ts';

interface RespellingRule {
  /** What the rule rewrites (in a lower-case word). */
  re: RegExp;
  /** Replacements, in order of preference (`$1` refers to the first group). */
  options: readonly string[];
  /** The rule applies only to words at least this long. */
  minLength?: number;
}

const CONSONANT = 'bdfgklmnprstvz';

/**
 * Informal respellings of one lower-case Latin word, applied in this order. Every match of a rule
 * takes the same replacement.
 */
const RESPELLING_RULES: readonly RespellingRule[] = [
  // The apostrophe of ь: Razdol'noye → Razdolnoye.
  { re: /['’ʹ]/g, options: [''] },
  // -sky / -skiy / -skii / -ski (also -tsky).
  { re: /(?<=sk)(?:iy|ii|yi|y|i)$/, options: ['y', 'iy', 'ii', 'i'] },
  // -iy / -y / -ii / -i after another consonant: Dmitriy, Dmitry, Dmitrii, Dmitri.
  { re: new RegExp(`(?<!sk)(?<=[${CONSONANT}])(?:iy|ii|y)$`), options: ['iy', 'y', 'ii', 'i'] },
  // -yy / -y: Novyy, Novy.
  { re: /yy$/, options: ['y', 'yi', 'iy'] },
  // -ey/-ei, -ay/-ai, -oy/-oi: Sergey, Sergei, Sergej; kray, krai.
  { re: /(?<=[aeou])[yij]$/, options: ['y', 'i', 'j'] },
  // y/i between a vowel and a consonant: Baykal, Baikal; Ussuriysk, Ussuriisk.
  { re: new RegExp(`(?<=[aeoui])[yi](?=[${CONSONANT}])`, 'g'), options: ['y', 'i'] },
  // A vowel + final e: -oe/-oye, -ie/-iye.
  { re: /(?<=[aeiou])(?:ye|e)$/, options: ['e', 'ye'] },
  // Surname endings after a vowel: Andreev, Andreyev.
  { re: /(?<=[aeiou])(?:yev|ev)(?=a?$)/, options: ['ev', 'yev'], minLength: 5 },
  // After ж ч ш щ ц: Gorbachev, Gorbachov, Gorbachyov.
  { re: /(?<=zh|ch|sh|ts)(?:yov|ov|ev)(?=a?$)/, options: ['ev', 'ov', 'yov'], minLength: 5 },
  // After other consonants: Kovalev, Kovalyov, Kovalyev, Kovaliov.
  {
    re: new RegExp(`(?<=[${CONSONANT}])(?:yov|yev|iov|jov|ev)(?=a?$)`),
    options: ['ev', 'yov', 'yev', 'iov'],
    minLength: 5,
  },
  // -iya / -ia at the end: Mariya, Maria.
  { re: /(?:iya|ia)$/, options: ['iya', 'ia'] },
  // я after a consonant: Tatyana, Tatiana, Tatjana.
  { re: new RegExp(`(?<=[${CONSONANT}])(?:ya|ia|ja)`, 'g'), options: ['ya', 'ia', 'ja'] },
  // ю after a consonant: Tyutyunik, Tiutiunik, Tjutjunik.
  { re: new RegExp(`(?<=[${CONSONANT}])(?:yu|iu|ju)`, 'g'), options: ['yu', 'iu', 'ju'] },
  // ё after a consonant: Artyom, Artem, Artiom, Artjom.
  { re: new RegExp(`(?<=[${CONSONANT}])(?:yo|jo)`, 'g'), options: ['e', 'io', 'jo', 'yo'] },
  { re: new RegExp(`(?<=[${CONSONANT}])io`, 'g'), options: ['yo', 'jo'] },
  // щ: Blagoveshchensk, Blagoveschensk.
  { re: /shch|sch/g, options: ['shch', 'sch'] },
  // кс: Aleksey, Alexey.
  { re: /ks|x/g, options: ['ks', 'x'] },
  // х: Mikhail, Mihail; Khabarovsk, Habarovsk.
  { re: /kh|(?<![kzcs])h/g, options: ['kh', 'h'] },
  // Initial е: Yevgeniy, Evgeniy; Yelena, Elena.
  { re: /^(?:ye|e)(?=[^aeiouy])/, options: ['ye', 'e'] },
  // Doubled consonants written single: Tyutyunnik → Tyutyunik, Kirill → Kiril.
  { re: new RegExp(`([${CONSONANT}])\\1`, 'g'), options: ['$1'] },
  // … and the common -nnik: Tyutyunik → Tyutyunnik.
  { re: /(?<=[aeiouy])nik/g, options: ['nnik'] },
];

const RESPELLING_WORD_CAP = 12;
const RESPELLING_PHRASE_CAP = 12;

/** Informal respellings of one Latin word, the word itself first. */
function respellWord(word: string, cap = RESPELLING_WORD_CAP): string[] {
  const lowerWord = word.toLowerCase();
  if (!/^[a-z'’ʹ]+$/.test(lowerWord)) return [word];
  const rules = RESPELLING_RULES.filter((r) => lowerWord.length >= (r.minLength ?? 0) && matches(r.re, lowerWord));
  const options = rules.map((r) => [null, ...r.options]);
  const out = new VariantList();
  out.add(word);
  out.addAll(
    ranked(options, cap, (picked) => {
      let s = lowerWord;
      picked.forEach((replacement, k) => {
        if (replacement === null) return;
        const re = rules[k]!.re;
        re.lastIndex = 0;
        s = s.replace(re, replacement);
      });
      return [matchCase(word, s)];
    }),
  );
  // A word known to be written with ё: Artem → Artyom.
  const cyrillic = latinToCyrillic(word)[0];
  if (cyrillic) {
    const withYo = restoreYo(cyrillic);
    if (withYo !== cyrillic) out.addAll(cyrillicToLatin(withYo, 1));
  }
  return out.items.slice(0, cap + 1);
}

/**
 * Informal Latin spellings of a Russian name (Latin script): -oe/-oye, -yov/-ev/-yev,
 * -sky/-skiy/-skii/-ski, shch/sch, ё as e/yo, -ey/-ei, -ia/-ya, kh/h, ks/x, doubled/single
 * consonants, dropped apostrophes… e.g. "Tyutyunik" → ["Tyutyunnik", …], "Kovalyov" →
 * ["Kovalev", "Kovalyev", …]. The name itself is excluded. It does not judge whether the name is
 * Russian: {@link spellingVariants} does.
 */
export function russianLatinVariants(name: string): string[] {
  const source = name.normalize('NFC').trim().replace(/\s+/g, ' ');
  if (!source) return [];
  const pieces = source.split(/([\s\-‐‑–—]+)/);
  const options = pieces.map((p, i) => (i % 2 === 1 ? [p] : respellWord(p)));
  return ranked(options, RESPELLING_PHRASE_CAP, (picked) => [picked.join('')], [source]);
}
