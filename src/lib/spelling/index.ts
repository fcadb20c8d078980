/**
 * Spelling variants of names, for the search index.
 *
 * Readers look for people and places in whatever spelling they know: "Choi Kyung-ho" for a man
 * the documents call "Choe Gyong Ho", "Artem" for "Артём", "Blagoveschensk" for
 * "Blagoveshchensk". Pagefind only matches whole words and word prefixes — it has no synonyms and
 * no fuzzy matching — so the build puts the other spellings of every name into the index itself.
 * This module produces them:
 *
 * - Korean personal names ({@link koreanNameVariants}): the surname and every given-name syllable
 *   are looked up in tables of equivalent romanizations (McCune–Reischauer, Revised Romanization,
 *   North Korean and informal spellings, and the Russian/Cyrillic forms), and recombined with
 *   spaced, hyphenated and joined given names ("Kum Chol", "Kum-chol", "Kumchol").
 * - Russian names and places: Cyrillic → Latin in several systems and informal forms
 *   ({@link cyrillicToLatin}), Latin → Cyrillic ({@link latinToCyrillic}), and informal Latin
 *   respellings ({@link russianLatinVariants}: -sky/-skiy, -ev/-yov, shch/sch, ia/ya, …).
 * - {@link spellingVariants} chooses what applies to a name; {@link searchWords} flattens the names
 *   and all their variants into the lower-case words that go into the index.
 *
 * The parts, each in a module of its own: the editorial tables, read from content/spellings.yaml
 * (tables.ts), Korean names (korean-names.ts),
 * Cyrillic → Latin (cyrillic-to-latin.ts), Latin → Cyrillic (latin-to-cyrillic.ts), informal
 * Latin respellings (russian-respellings.ts) and the ё of words printed with е (yo.ts), on shared
 * helpers for text (text.ts), ranked combinations (ranked.ts) and transliteration templates
 * (template.ts). This module chooses among them and is what the rest of the site imports.
 *
 * Everything here is deterministic and bounded (and, the tables once read, pure): every generator enumerates combinations
 * from the most common spelling outwards and stops at a cap, so a long name cannot explode.
 */
import {
  QUOTES_RE,
  WORD_SEPARATOR_RE,
  VariantList,
  foldYo,
  hasCyrillic,
  isAllUpper,
  stripLatinDiacritics,
} from './text.ts';
import { spellingTables } from './tables.ts';
import { cyrillicToLatin } from './cyrillic-to-latin.ts';
import { latinToCyrillic } from './latin-to-cyrillic.ts';
import { russianLatinVariants } from './russian-respellings.ts';
import { restoreYo } from './yo.ts';
import { analyseKorean, isKoreanToken, koreanKey, koreanPhrases, koreanSurname, koreanWords } from './korean-names.ts';

export { cyrillicToLatin, latinToCyrillic, russianLatinVariants, restoreYo };
export { koreanNameVariants, isKoreanName, isKoreanSurname } from './korean-names.ts';
export { spellingTables, type SpellingTables } from './tables.ts';

// ─────────────────────────────────────────────────────────────────────────────────────────────
// Russian names: which words qualify
// ─────────────────────────────────────────────────────────────────────────────────────────────

type WordKind = 'russian' | 'korean' | 'other';

/**
 * Whether a word can be a Russian name: any Cyrillic word; a Latin word made only of letters and
 * apostrophes, not an acronym (UNHCR), not a common English word, and without what Russian
 * romanization never writes (w, q, th, ph, gh, ck, oo, ee, ou, ea, c not before h).
 * Korean table spellings are a kind of their own.
 */
function wordKind(word: string): WordKind {
  if (isKoreanToken(word)) return 'korean';
  if (hasCyrillic(word)) return /^[\p{Script=Cyrillic}'’ʹ]+$/u.test(word) ? 'russian' : 'other';
  if (!/^[A-Za-z'’ʹ]+$/.test(word)) return 'other';
  if (isAllUpper(word) && (word.length <= 5 || !/[AEIOUY]/.test(word))) return 'other';
  const lowerWord = word.toLowerCase();
  if (spellingTables().englishWords.has(lowerWord)) return 'other';
  if (/[wq]|th|ph|gh|ck|oo|ee|ou|ea|c(?!h)/.test(lowerWord)) return 'other';
  return 'russian';
}

/** Variants of a Russian name or word (whole text), added to `out`. */
function addRussianVariants(text: string, out: VariantList): void {
  if (hasCyrillic(text)) {
    const forms = new VariantList();
    forms.add(text);
    forms.add(restoreYo(text));
    forms.add(foldYo(text));
    const latin: string[] = [];
    for (const form of forms.items) {
      out.add(form);
      latin.push(...cyrillicToLatin(form));
    }
    out.addAll(latin);
    if (latin[0]) out.addAll(russianLatinVariants(latin[0]));
    return;
  }
  out.addAll(russianLatinVariants(text));
  const cyrillic = latinToCyrillic(text);
  for (const [k, form] of cyrillic.entries()) {
    // The first form in full; for the others only the forms with ё are new in Latin.
    out.addAll(
      k === 0 ? cyrillicToLatin(form) : form.includes('ё') || form.includes('Ё') ? cyrillicToLatin(form, 4) : [],
    );
  }
  out.addAll(cyrillic);
}

// ─────────────────────────────────────────────────────────────────────────────────────────────
// The public entry points
// ─────────────────────────────────────────────────────────────────────────────────────────────

/**
 * All variants of one name (phrases and single words), the input excluded, deduplicated
 * (case-insensitive), in a stable order.
 *
 * - A Korean personal name: {@link koreanNameVariants}, then the single words (every alternative
 *   of the surname and of each syllable, and the joined given names, Latin and Cyrillic).
 * - A lone Korean surname ("Park"): its other spellings ("Pak", "Bak", "Пак", …).
 * - A Russian name (every word Cyrillic or Russian-looking Latin): the Latin transliterations,
 *   informal respellings and Cyrillic forms of the whole name, then of each of its words.
 * - A name mixing such words with others ("Vladivostok City Court", "Kim Aleksandr"): only the
 *   variants of its Russian-looking capitalised words (of five letters or more beside a Korean
 *   spelling, so that "Moon Jae-in" gets none).
 * - Anything else ("Human Rights Watch", "UNHCR", ""): [].
 */
export function spellingVariants(name: string): string[] {
  const input = name.normalize('NFC').trim().replace(/\s+/g, ' ');
  if (!input) return [];
  // Neither the name nor any of its own words is a variant of it.
  const out = new VariantList([input, ...input.split(WORD_SEPARATOR_RE)]);
  const analysis = analyseKorean(input);
  if (analysis) {
    const { latin, cyrillic } = koreanPhrases(analysis, [input]);
    out.addAll(latin);
    out.addAll(cyrillic);
    const own = new Set(input.replace(QUOTES_RE, '').split(WORD_SEPARATOR_RE).map(koreanKey));
    out.addAll(koreanWords(analysis).filter((w) => !own.has(koreanKey(w))));
    return out.items;
  }
  const words = input.split(WORD_SEPARATOR_RE).filter(Boolean);
  if (words.length === 1) {
    const surname = koreanSurname(words[0]!);
    if (surname) {
      out.addAll(surname.latin);
      out.addAll(surname.cyrillic);
      return out.items;
    }
  }
  const bare = words.map((w) => w.replace(/^[^\p{L}]+|[^\p{L}]+$/gu, ''));
  const kinds = bare.map(wordKind);
  if (kinds.every((k) => k === 'russian')) addRussianVariants(input, out);
  if (words.length > 1) {
    // Beside an unrecognised Korean spelling ("Moon Jae-in") short words are probably Korean too.
    const minLength = kinds.includes('korean') ? 5 : 1;
    bare.forEach((w, k) => {
      const capitalised = w.charAt(0) !== w.charAt(0).toLowerCase();
      if (kinds[k] === 'russian' && capitalised && w.length >= minLength) addRussianVariants(w, out);
    });
  }
  return out.items;
}

/** Splits a name or variant into clean lower-case words (spaces and hyphens separate words). */
function wordsOf(text: string): string[] {
  const out: string[] = [];
  for (const raw of text.split(WORD_SEPARATOR_RE)) {
    const word = raw
      .normalize('NFC')
      .replace(QUOTES_RE, '')
      .replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '')
      .toLowerCase();
    if (!word) continue;
    out.push(word);
    const plain = stripLatinDiacritics(word);
    if (plain !== word) out.push(plain);
  }
  return out;
}

/**
 * For the search index: every distinct word (split on spaces and hyphens; also the joined given
 * names of Korean names like "gyongho") found in the names and all their variants, lower-cased,
 * without quotation marks or apostrophes, deduplicated, in a stable order.
 */
export function searchWords(names: string[]): string[] {
  const out = new VariantList();
  for (const name of names) {
    out.addAll(wordsOf(name));
    for (const variant of spellingVariants(name)) out.addAll(wordsOf(variant));
  }
  return out.items;
}
