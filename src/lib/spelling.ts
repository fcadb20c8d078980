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
 * Everything here is pure, deterministic and bounded: every generator enumerates combinations
 * from the most common spelling outwards and stops at a cap, so a long name cannot explode.
 */

// ─────────────────────────────────────────────────────────────────────────────────────────────
// Tables
// ─────────────────────────────────────────────────────────────────────────────────────────────

/**
 * Korean surnames: each group lists equivalent spellings, the most common Latin forms first, then
 * the Russian-Korean forms (Tsoy) and the Cyrillic ones. A spelling is recognised case-insensitively.
 * Hong, Paek and Nam are additions to the list in the original brief.
 */
export const KOREAN_SURNAMES: readonly (readonly string[])[] = [
  ['Choe', 'Choi', 'Chwe', 'Choy', 'Tsoy', 'Tsoi', 'Цой'],
  ['Lee', 'Yi', 'Ri', 'Li', 'Rhee', 'I', 'Ли', 'Ри'],
  ['Park', 'Pak', 'Bak', 'Pack', 'Пак'],
  ['Kim', 'Gim', 'Ким'],
  ['Jong', 'Jeong', 'Chong', 'Chung', 'Jung', 'Joung', 'Чон'],
  ['Song', 'Сон'],
  ['Yoon', 'Yun', 'Youn', 'Юн'],
  ['Kwon', 'Gwon', 'Квон'],
  ['Han', 'Хан'],
  ['Kang', 'Gang', 'Канг'],
  ['Jang', 'Chang', 'Чан'],
  ['Cho', 'Jo', 'Чо'],
  ['Shin', 'Sin', 'Син'],
  ['Ahn', 'An', 'Ан'],
  ['O', 'Oh', 'О'],
  ['Hwang', 'Хван'],
  ['Ko', 'Go', 'Koh', 'Ко'],
  ['Yoo', 'Yu', 'Ryu', 'Ю'],
  ['Moon', 'Mun', 'Мун'],
  ['Seo', 'Suh', 'So', 'Со'],
  ['Hong', 'Хон'],
  ['Paek', 'Baek', 'Pack', 'Пэк'],
  ['Nam', 'Нам'],
];

/**
 * Korean given-name syllables: groups of equivalent spellings, Latin first (most common first),
 * then Cyrillic. A spelling may belong to several groups ("Song", "Jong", "Chang"); its
 * alternatives are then the union of its groups. Kwang, Hyok, Ryong and Sok are additions to the
 * list in the original brief.
 */
export const KOREAN_GIVEN_SYLLABLES: readonly (readonly string[])[] = [
  ['Gyong', 'Kyong', 'Kyung', 'Gyeong', 'Kyeong', 'Кён', 'Кен'],
  ['Keun', 'Geun', 'Kun', 'Gun', 'Кын'],
  ['Chol', 'Cheol', 'Chul', 'Chel', 'Чхоль', 'Чоль', 'Чер'],
  ['Kum', 'Geum', 'Keum', 'Gum', 'Кым'],
  ['Ho', 'Хо'],
  ['Sun', 'Soon', 'Сун'],
  ['Yen', 'Yeon', 'Yon', 'Ён'],
  ['Sen', 'Seon', 'Son', 'Сон'],
  ['Myung', 'Myong', 'Myeong', 'Мён', 'Мен'],
  ['Se', 'Сэ', 'Се'],
  ['Sung', 'Seong', 'Song', 'Сон', 'Сын'],
  ['Nam', 'Нам'],
  ['Dan', 'Тан', 'Дан'],
  ['Chang', 'Jang', 'Чан'],
  ['Su', 'Soo', 'Су'],
  ['Il', 'Ир', 'Иль'],
  ['Jong', 'Jeong', 'Chong', 'Чон'],
  ['Li', 'Ri', 'Lee', 'Ли'],
  ['Dong', 'Tong', 'Дон'],
  ['Hyun', 'Hyon', 'Hyeon', 'Хён'],
  ['Young', 'Yong', 'Yeong', 'Ён'],
  ['Min', 'Мин'],
  ['Jin', 'Chin', 'Чин'],
  ['Hee', 'Hui', 'Hi', 'Хи'],
  ['Ok', 'Ок'],
  ['Hwa', 'Хва'],
  ['Jun', 'Joon', 'Chun', 'Чун'],
  ['Un', 'Eun', 'Ын'],
  ['Kwang', 'Gwang', 'Кван'],
  ['Hyok', 'Hyeok', 'Хёк'],
  ['Ryong', 'Ryeong', 'Рён'],
  ['Sok', 'Seok', 'Сок'],
];

/**
 * Cyrillic → Latin, the alternatives of each letter, the standard (BGN/PCGN-like) one first.
 * Some letters depend on their context, which {@link cyrillicToLatin} handles on top of this
 * table: е is "ye"/"e" at the start of a word and after a vowel or soft/hard sign, plain "e" after
 * a consonant; ё after ж ч ш щ ц is "o"/"e"/"yo"; the endings -ий/-ый/-ский and a final vowel + е
 * (-ое) have their own alternatives (see {@link CYRILLIC_ENDINGS}); кс may also be "x".
 * Ukrainian і ї є ґ are accepted too.
 */
export const CYRILLIC_TO_LATIN: Readonly<Record<string, readonly string[]>> = {
  а: ['a'], б: ['b'], в: ['v'], г: ['g'], д: ['d'],
  е: ['e', 'ye'], ё: ['yo', 'e', 'io', 'jo'], ж: ['zh', 'j'], з: ['z'], и: ['i'],
  й: ['y', 'i', 'j'], к: ['k'], л: ['l'], м: ['m'], н: ['n'], о: ['o'], п: ['p'], р: ['r'],
  с: ['s'], т: ['t'], у: ['u'], ф: ['f'], х: ['kh', 'h', 'ch'], ц: ['ts', 'tz', 'c'],
  ч: ['ch'], ш: ['sh'], щ: ['shch', 'sch', 'sh'], ъ: [''], ы: ['y'], ь: ['', "'"], э: ['e'],
  ю: ['yu', 'iu', 'ju'], я: ['ya', 'ia', 'ja'],
  і: ['i'], ї: ['yi', 'i'], є: ['ye', 'ie', 'e'], ґ: ['g'],
};

/** Word endings with their own Latin alternatives (first = preferred). */
export const CYRILLIC_ENDINGS: Readonly<Record<string, readonly string[]>> = {
  /** -ский, -цкий: Primorsky, Primorskiy, Primorskii, Primorski (the "к" is written before). */
  'ский': ['y', 'iy', 'ii', 'i'],
  /** -ий: Dmitriy, Dmitry, Dmitrii, Dmitri. */
  'ий': ['iy', 'y', 'ii', 'i'],
  /** -ый: Krasny, Krasnyy, Krasniy, Krasnyi. */
  'ый': ['y', 'yy', 'iy', 'yi'],
  /** A vowel + final е, e.g. -ое: Razdolnoe, Razdolnoye. */
  'ое': ['e', 'ye'],
};

/**
 * Words written with ё, which is very often printed as е. Used to restore the ё (and so the "yo"
 * transliteration) from an е spelling: "Артем" → "Артём" → "Artyom". Feminine forms in -а are
 * recognised too (Ковалёва).
 */
export const YO_WORDS: readonly string[] = [
  'Артём', 'Семён', 'Фёдор', 'Пётр', 'Алёна', 'Алёша', 'Лёша', 'Лёня', 'Фёкла', 'Серёжа',
  'Ковалёв', 'Королёв', 'Соловьёв', 'Воробьёв', 'Горбачёв', 'Хрущёв', 'Пугачёв', 'Селезнёв',
  'Киселёв', 'Журавлёв', 'Муравьёв', 'Толмачёв', 'Новосёлов', 'Потёмкин', 'Артёмовский',
  'Берёзовка', 'Берёзовский', 'Звёздный', 'Озёрный', 'Озёрск',
];

/**
 * Latin words that are English, not transliterated Russian, and so get no Russian variants
 * (they would only add noise such as "Хуман" to the index).
 */
const ENGLISH_WORDS: ReadonlySet<string> = new Set(
  ('a an and or of the for in on at to by from with de la le ' +
    'human state states police service office federal region regional ministry labor labour ' +
    'foreign affairs korea korean koreans north south east west eastern western russia russian ' +
    'russians united nations national international agency camp company border guard security ' +
    'general embassy consulate immigration migration republic democratic people peoples workers ' +
    'worker refugee refugees committee center centre department network institute university ' +
    'news times daily post report project group association union church mission amnesty free ' +
    'radio asia asian europe european america american british japan japanese china chinese ' +
    'watch rights city court prison river lake sea bay island islands mountain mountains port ' +
    'street road square station airport hotel hospital farm mine site base zone special economic ' +
    'administrative territory bureau party leader minister president director manager').split(/\s+/),
);

// ─────────────────────────────────────────────────────────────────────────────────────────────
// Small helpers
// ─────────────────────────────────────────────────────────────────────────────────────────────

/** Quotation marks and apostrophes, ignored when Korean name tokens are matched. */
const QUOTES_RE = /['"‘’“”«»ʹʼ`´]/g;
/** Separators between the words of a name. */
const WORD_SEPARATOR_RE = /[\s\-‐‑–—]+/;
const CYRILLIC_RE = /[\u0400-\u04FF]/;
const LATIN_RE = /[A-Za-z]/;

function hasCyrillic(s: string): boolean {
  return CYRILLIC_RE.test(s);
}

/** Drops accents from Latin letters only ("Kŭm" → "Kum"); й and ё keep theirs. */
function stripLatinDiacritics(s: string): string {
  return s.normalize('NFD').replace(/([A-Za-z])[\u0300-\u036f]+/g, '$1').normalize('NFC');
}

function capitalize(s: string): string {
  return s ? s.charAt(0).toUpperCase() + s.slice(1) : s;
}

function isAllUpper(s: string): boolean {
  return s.length > 1 && s === s.toUpperCase() && s !== s.toLowerCase();
}

/** Gives `s` (lower case) the capitalisation of `template`: UPPER, Capitalised or lower. */
function matchCase(template: string, s: string): string {
  if (isAllUpper(template)) return s.toUpperCase();
  const first = template.charAt(0);
  return first !== first.toLowerCase() ? capitalize(s) : s;
}

function foldYo(s: string): string {
  return s.replace(/ё/g, 'е').replace(/Ё/g, 'Е');
}

/** Tests a regular expression without leaving global state behind. */
function matches(re: RegExp, s: string): boolean {
  re.lastIndex = 0;
  const found = re.test(s);
  re.lastIndex = 0;
  return found;
}

/** An ordered list of distinct strings (compared case-insensitively) that leaves out some. */
class VariantList {
  private readonly seen = new Set<string>();
  private readonly excluded = new Set<string>();
  readonly items: string[] = [];

  constructor(exclude: readonly string[] = []) {
    for (const e of exclude) this.excluded.add(e.trim().toLowerCase());
  }

  add(s: string): void {
    const t = s.trim().replace(/\s+/g, ' ');
    if (!t) return;
    const key = t.toLowerCase();
    if (this.seen.has(key) || this.excluded.has(key)) return;
    this.seen.add(key);
    this.items.push(t);
  }

  addAll(list: Iterable<string>): void {
    for (const s of list) this.add(s);
  }

  get size(): number {
    return this.items.length;
  }
}

// ─────────────────────────────────────────────────────────────────────────────────────────────
// Ranked combinations
// ─────────────────────────────────────────────────────────────────────────────────────────────

/**
 * How choice vectors are ranked: 'changes' = first by how many slots differ from their preferred
 * option, then by the sum of the indices (one change at a time before several); 'sum' = by the
 * sum of the indices alone (the options' own order of preference across all slots).
 */
type Ranking = 'changes' | 'sum';

/**
 * Every choice vector over slots of the given sizes (index 0 = the preferred option of a slot),
 * most common first according to `ranking`; earlier slots change first. Lazy, and it gives up
 * after `budget` steps.
 */
function* rankedChoices(sizes: readonly number[], ranking: Ranking = 'changes', budget = 20_000): Generator<number[]> {
  const n = sizes.length;
  const variableLeft = new Array<number>(n + 1).fill(0);
  const maxLeft = new Array<number>(n + 1).fill(0);
  for (let i = n - 1; i >= 0; i--) {
    const size = sizes[i] ?? 1;
    variableLeft[i] = (variableLeft[i + 1] ?? 0) + (size > 1 ? 1 : 0);
    maxLeft[i] = (maxLeft[i + 1] ?? 0) + size - 1;
  }
  const vector = new Array<number>(n).fill(0);
  let steps = 0;

  function* fill(pos: number, changed: number, sum: number): Generator<number[]> {
    if (++steps > budget) return;
    if (pos === n) {
      if (changed === 0 && sum === 0) yield vector.slice();
      return;
    }
    if (changed > (variableLeft[pos] ?? 0) || sum > (maxLeft[pos] ?? 0) || sum < changed) return;
    const size = sizes[pos] ?? 1;
    if (changed > 0) {
      for (let v = 1; v < size && v <= sum; v++) {
        vector[pos] = v;
        yield* fill(pos + 1, changed - 1, sum - v);
      }
    }
    vector[pos] = 0;
    yield* fill(pos + 1, changed, sum);
  }

  const variable = variableLeft[0] ?? 0;
  const maxSum = maxLeft[0] ?? 0;
  if (ranking === 'changes') {
    for (let changed = 0; changed <= variable; changed++) {
      for (let sum = changed; sum <= maxSum; sum++) {
        yield* fill(0, changed, sum);
        if (steps > budget) return;
      }
    }
  } else {
    for (let sum = 0; sum <= maxSum; sum++) {
      for (let changed = Math.min(sum, 1); changed <= Math.min(sum, variable); changed++) {
        yield* fill(0, changed, sum);
        if (steps > budget) return;
      }
    }
  }
}

/**
 * Renders choices over `options` in ranked order until `cap` distinct strings (other than those
 * excluded) have been collected.
 */
function ranked<T>(
  options: readonly (readonly T[])[],
  cap: number,
  render: (picked: T[]) => readonly string[],
  exclude: readonly string[] = [],
  ranking: Ranking = 'changes',
): string[] {
  const out = new VariantList(exclude);
  if (cap <= 0 || options.some((o) => o.length === 0)) return [];
  for (const choice of rankedChoices(options.map((o) => o.length), ranking)) {
    const picked = choice.map((c, i) => options[i]![c]!);
    for (const s of render(picked)) {
      out.add(s);
      if (out.size >= cap) return out.items;
    }
  }
  return out.items;
}

// ─────────────────────────────────────────────────────────────────────────────────────────────
// Transliteration templates: fixed text and ambiguous "classes" shared by all their occurrences
// ─────────────────────────────────────────────────────────────────────────────────────────────

/** 0 = lower case, 1 = Capitalised, 2 = UPPER CASE. */
type CaseMode = 0 | 1 | 2;

interface TemplatePart {
  text?: string;
  slot?: number;
  mode: CaseMode;
}

/**
 * A transliteration with its ambiguities. Every occurrence of one ambiguity (say every ю of a
 * name) takes the same choice, so the results are consistent spellings ("Tiutiunik", not
 * "Tiutyunik").
 */
class Template {
  private readonly parts: TemplatePart[] = [];
  private readonly slots: (readonly string[])[] = [];
  private readonly slotKeys = new Map<string, number>();

  fixed(text: string, mode: CaseMode): void {
    this.parts.push({ text, mode });
  }

  choice(key: string, options: readonly string[], mode: CaseMode): void {
    if (options.length === 1) return this.fixed(options[0]!, mode);
    let slot = this.slotKeys.get(key);
    if (slot === undefined) {
      slot = this.slots.length;
      this.slots.push(options);
      this.slotKeys.set(key, slot);
    }
    this.parts.push({ slot, mode });
  }

  expand(cap: number): string[] {
    return ranked(this.slots, cap, (picked) => [
      this.parts.map((p) => applyCase(p.slot === undefined ? p.text ?? '' : picked[p.slot]!, p.mode)).join(''),
    ]);
  }
}

function applyCase(s: string, mode: CaseMode): string {
  return mode === 2 ? s.toUpperCase() : mode === 1 ? capitalize(s) : s;
}

/** For each character: the case mode it imposes on its transliteration. */
function caseModes(chars: readonly string[]): CaseMode[] {
  const modes: CaseMode[] = new Array<CaseMode>(chars.length).fill(0);
  let i = 0;
  while (i < chars.length) {
    if (!/\p{L}/u.test(chars[i]!)) {
      i++;
      continue;
    }
    let j = i;
    while (j < chars.length && /\p{L}/u.test(chars[j]!)) j++;
    const word = chars.slice(i, j).join('');
    const upperWord = isAllUpper(word);
    for (let k = i; k < j; k++) {
      const ch = chars[k]!;
      if (ch !== ch.toLowerCase()) modes[k] = upperWord ? 2 : 1;
    }
    i = j;
  }
  return modes;
}

// ─────────────────────────────────────────────────────────────────────────────────────────────
// Cyrillic → Latin
// ─────────────────────────────────────────────────────────────────────────────────────────────

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
      else if (prev === 'к' && (lower[i - 2] === 'с' || lower[i - 2] === 'ц')) t.choice('ский', CYRILLIC_ENDINGS['ский']!, mode);
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

// ─────────────────────────────────────────────────────────────────────────────────────────────
// Latin → Cyrillic
// ─────────────────────────────────────────────────────────────────────────────────────────────

/** Single Latin letters → Cyrillic, after the digraphs and the context rules. */
const LATIN_LETTERS: Readonly<Record<string, string>> = {
  a: 'а', b: 'б', v: 'в', g: 'г', d: 'д', e: 'е', z: 'з', i: 'и', k: 'к', l: 'л', m: 'м',
  n: 'н', o: 'о', p: 'п', r: 'р', s: 'с', t: 'т', u: 'у', f: 'ф', h: 'х', x: 'кс', w: 'в',
  q: 'к', j: 'й', y: 'ы', c: 'к',
};

/** Latin letter groups matched first, longest first (greedy longest match). */
const LATIN_DIGRAPHS: readonly (readonly [string, string])[] = [
  ['shch', 'щ'], ['sch', 'щ'], ['dzh', 'дж'], ['zh', 'ж'], ['kh', 'х'], ['tz', 'ц'],
  ['ch', 'ч'], ['sh', 'ш'], ['ph', 'ф'],
];

const LATIN_TO_CYRILLIC_CAP = 3;

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

/**
 * Latin → Cyrillic by greedy longest match, producing the most likely 1–3 forms, e.g.
 * "Vladivostok" → ["Владивосток"], "Artyom" → ["Артём", "Артем"], "Blagoveshchensk" →
 * ["Благовещенск"], "Chegdomyn" → ["Чегдомын"]. Ambiguities (ё or е, я or ья after a consonant,
 * -ий or -ый, тс or ц before к, Е or Э at the start) give the extra forms; words known to be
 * written with ё ({@link YO_WORDS}) get their ё form too.
 * Characters that are not Latin letters are kept; an empty text gives [].
 */
export function latinToCyrillic(text: string, cap = LATIN_TO_CYRILLIC_CAP): string[] {
  const source = stripLatinDiacritics(text.normalize('NFC')).trim();
  if (!source) return [];
  if (!LATIN_RE.test(source)) return [source];
  const chars = Array.from(source);
  const lower = chars.map((c) => c.toLowerCase());
  const modes = caseModes(chars);
  const isLat = (c: string | undefined) => c !== undefined && c >= 'a' && c <= 'z';
  const isApostrophe = (c: string | undefined) => c === "'" || c === '’' || c === 'ʹ';
  const wordChar = (c: string | undefined) => isLat(c) || isApostrophe(c);
  const isVowel = (c: string | undefined) => c !== undefined && c !== '' && 'aeiou'.includes(c);
  const isCons = (c: string | undefined) => isLat(c) && !'aeiouy'.includes(c!);
  const endsAt = (j: number) => !wordChar(lower[j]);
  const startsWith = (i: number, s: string) => lower.slice(i, i + s.length).join('') === s;
  const t = new Template();

  let i = 0;
  outer: while (i < lower.length) {
    const c = lower[i]!;
    const mode = modes[i]!;
    if (!isLat(c)) {
      if (isApostrophe(c) && isLat(lower[i - 1]) && isLat(lower[i + 1])) t.fixed('ь', 0);
      else t.fixed(chars[i]!, 0);
      i++;
      continue;
    }
    const prev = i > 0 ? lower[i - 1] : undefined;
    const initial = !wordChar(prev);
    const afterCons = isCons(prev);
    const n1 = lower[i + 1];

    if (startsWith(i, 'tsk')) {
      t.choice('tsk', ['тс', 'ц'], mode);
      i += 2;
      continue;
    }
    if (startsWith(i, 'ts')) {
      t.fixed('ц', mode);
      i += 2;
      continue;
    }
    for (const [latin, cyrillic] of LATIN_DIGRAPHS) {
      if (startsWith(i, latin)) {
        t.fixed(cyrillic, mode);
        i += latin.length;
        continue outer;
      }
    }

    if (c === 'y' || c === 'j') {
      if (c === 'y' && n1 === 'y' && endsAt(i + 2)) {
        t.fixed('ый', mode);
        i += 2;
        continue;
      }
      if (n1 === 'a' || n1 === 'u' || n1 === 'o' || n1 === 'e') {
        if (n1 === 'a') afterCons ? t.choice('ya', ['я', 'ья'], mode) : t.fixed('я', mode);
        else if (n1 === 'u') afterCons ? t.choice('yu', ['ю', 'ью'], mode) : t.fixed('ю', mode);
        else if (n1 === 'o') afterCons ? t.choice('yo', ['ё', 'е'], mode) : t.choice('yo-initial', ['йо', 'ё'], mode);
        else afterCons ? t.choice('ye', ['ье', 'е'], mode) : t.fixed('е', mode);
        i += 2;
        continue;
      }
      if (c === 'y' && n1 === 'i') {
        t.fixed(afterCons ? (endsAt(i + 2) ? 'ый' : 'ьи') : 'йи', mode);
        i += 2;
        continue;
      }
      if (c === 'y' && afterCons) {
        if (!endsAt(i + 1)) t.fixed('ы', mode);
        else if (prev === 'k' || prev === 'g' || prev === 'h') t.fixed('ий', mode);
        else if (prev === 'r' || prev === 'l') t.choice('y-end-rl', ['ий', 'ый'], mode);
        else t.choice('y-end', ['ый', 'ий'], mode);
        i++;
        continue;
      }
      t.fixed('й', mode);
      i++;
      continue;
    }

    if (c === 'i') {
      const n2 = lower[i + 2];
      if (n1 === 'y' && (endsAt(i + 2) || isCons(n2))) {
        t.fixed('ий', mode);
        i += 2;
        continue;
      }
      if (n1 === 'i' && endsAt(i + 2)) {
        t.fixed('ий', mode);
        i += 2;
        continue;
      }
      if (afterCons && (n1 === 'a' || n1 === 'o' || n1 === 'u')) {
        if (n1 === 'a') t.choice('ia', ['ия', 'ья'], mode);
        else if (n1 === 'o') t.choice('io', ['ио', 'ё'], mode);
        else t.choice('iu', ['ю', 'иу'], mode);
        i += 2;
        continue;
      }
      if (isVowel(prev) && !initial) {
        if (endsAt(i + 1)) t.fixed('й', mode);
        else if (isCons(n1)) t.choice('i-glide', ['й', 'и'], mode);
        else t.fixed('и', mode);
        i++;
        continue;
      }
      t.fixed('и', mode);
      i++;
      continue;
    }

    if (c === 'e' && initial) {
      t.choice('e-initial', ['е', 'э'], mode);
      i++;
      continue;
    }
    if (c === 'c') {
      t.fixed(n1 === 'e' || n1 === 'i' || n1 === 'y' ? 'ц' : 'к', mode);
      i++;
      continue;
    }
    t.fixed(LATIN_LETTERS[c] ?? chars[i]!, mode);
    i++;
  }

  const out = new VariantList();
  for (const form of t.expand(cap)) {
    out.add(form);
    out.add(restoreYo(form));
  }
  return out.items.slice(0, Math.max(cap, 1));
}

// ─────────────────────────────────────────────────────────────────────────────────────────────
// Informal Latin spellings of Russian names
// ─────────────────────────────────────────────────────────────────────────────────────────────

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
  { re: new RegExp(`(?<=[${CONSONANT}])(?:yov|yev|iov|jov|ev)(?=a?$)`), options: ['ev', 'yov', 'yev', 'iov'], minLength: 5 },
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

// ─────────────────────────────────────────────────────────────────────────────────────────────
// Korean names
// ─────────────────────────────────────────────────────────────────────────────────────────────

interface SpellingEntry {
  /** The spelling as the table writes it. */
  display: string;
  latin: string[];
  cyrillic: string[];
}

/** Lookup key of a Korean name token: no quotation marks or accents, lower case, ё = е. */
function koreanKey(token: string): string {
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

const SURNAME_INDEX = buildIndex(KOREAN_SURNAMES);
const SYLLABLE_INDEX = buildIndex(KOREAN_GIVEN_SYLLABLES);

/** Caps on what one Korean name produces. */
const KOREAN_LATIN_PHRASE_CAP = 60;
const KOREAN_CYRILLIC_PHRASE_CAP = 12;
const KOREAN_JOINED_CAP = 120;

/** Splits a joined given name ("Gyongho", "Кымчхоль") into two known syllables, or null. */
function splitJoined(key: string): [string, string] | null {
  const chars = Array.from(key);
  for (let k = chars.length - 1; k >= 1; k--) {
    const a = chars.slice(0, k).join('');
    const b = chars.slice(k).join('');
    if (SYLLABLE_INDEX.has(a) && SYLLABLE_INDEX.has(b)) return [a, b];
  }
  return null;
}

/** One position of a Korean name: its spelling as given, and its alternatives. */
interface KoreanPart {
  own: string;
  /** Latin alternatives, the spelling as given first. */
  latin: string[];
  /** Latin alternatives in the table's order of preference. */
  latinTable: string[];
  /** Cyrillic alternatives, the spelling as given first (if it was Cyrillic). */
  cyrillic: string[];
}

interface KoreanAnalysis {
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
function analyseKorean(name: string): KoreanAnalysis | null {
  const tokens = name.replace(QUOTES_RE, '').trim().split(WORD_SEPARATOR_RE).filter(Boolean);
  if (tokens.length < 2 || tokens.length > 4) return null;
  const surnameEntry = SURNAME_INDEX.get(koreanKey(tokens[0]!));
  if (!surnameEntry) return null;
  const given: KoreanPart[] = [];
  for (const token of tokens.slice(1)) {
    const key = koreanKey(token);
    const entry = SYLLABLE_INDEX.get(key);
    if (entry) {
      given.push(koreanPart(token, entry));
      continue;
    }
    const split = splitJoined(key);
    if (!split) return null;
    for (const piece of split) given.push(koreanPart(token, SYLLABLE_INDEX.get(piece)!));
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
function koreanPhrases(analysis: KoreanAnalysis, exclude: readonly string[]): { latin: string[]; cyrillic: string[] } {
  const { surname, given } = analysis;
  const spaced = (s: string, g: string[]) => `${capitalize(s.toLowerCase())} ${givenForms(g)[0]}`;
  const latin = new VariantList(exclude);
  latin.addAll(
    ranked([surname.latin, ...given.map((g) => g.latin)], Math.floor(KOREAN_LATIN_PHRASE_CAP / 2), ([s, ...g]) =>
      givenForms(g).map((form) => `${capitalize(s!.toLowerCase())} ${form}`),
    exclude),
  );
  for (const phrase of ranked([surname.latinTable, ...given.map((g) => g.latinTable)], KOREAN_LATIN_PHRASE_CAP, ([s, ...g]) => [spaced(s!, g)], exclude, 'sum')) {
    if (latin.size >= KOREAN_LATIN_PHRASE_CAP) break;
    latin.add(phrase);
  }
  const cyrillic = ranked([surname.cyrillic, ...given.map((g) => g.cyrillic)], KOREAN_CYRILLIC_PHRASE_CAP, ([s, ...g]) => [
    [s!, ...g.map((x) => capitalize(x.toLowerCase()))].join(' '),
  ], exclude);
  return { latin: latin.items, cyrillic };
}

/** Single words of a Korean name's variants: every alternative of every part, and the joined given names. */
function koreanWords(analysis: KoreanAnalysis): string[] {
  const { surname, given } = analysis;
  const out = new VariantList();
  for (const part of [surname, ...given]) {
    out.addAll(part.latin);
    out.addAll(part.cyrillic);
  }
  if (given.length > 1) {
    const joined = (g: string[]) => [capitalize(g.map((x) => x.toLowerCase()).join(''))];
    out.addAll(ranked(given.map((g) => g.latin), KOREAN_JOINED_CAP, joined));
    out.addAll(ranked(given.map((g) => g.cyrillic), KOREAN_JOINED_CAP, joined));
  }
  return out.items;
}

/**
 * Korean personal name → variant phrases, syllable by syllable: every surname alternative with
 * every given-name alternative, in spaced ("Choi Kum Chol"), hyphenated ("Choi Kum-chol") and
 * joined ("Choi Kumchol") forms (Latin), and as all-Cyrillic phrases ("Цой Кым Чхоль"). The most
 * common forms come first — the name changed one part at a time, then the standard combinations
 * of the tables — with at most 60 Latin and 12 Cyrillic phrases (the single words of all
 * combinations are in {@link spellingVariants} and {@link searchWords}). The name itself is excluded. Returns [] when the name is not recognised as
 * Korean (see the tables {@link KOREAN_SURNAMES} and {@link KOREAN_GIVEN_SYLLABLES}).
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

// ─────────────────────────────────────────────────────────────────────────────────────────────
// Russian names: which words qualify
// ─────────────────────────────────────────────────────────────────────────────────────────────

type WordKind = 'russian' | 'korean' | 'other';

function isKoreanToken(word: string): boolean {
  const key = koreanKey(word);
  return SURNAME_INDEX.has(key) || SYLLABLE_INDEX.has(key);
}

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
  if (ENGLISH_WORDS.has(lowerWord)) return 'other';
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
    out.addAll(k === 0 ? cyrillicToLatin(form) : form.includes('ё') || form.includes('Ё') ? cyrillicToLatin(form, 4) : []);
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
    const surname = SURNAME_INDEX.get(koreanKey(words[0]!));
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

/** A lone Korean surname in any of its spellings ("Park", "Pak", "Цой"). */
export function isKoreanSurname(word: string): boolean {
  return !/\s/.test(word.trim()) && SURNAME_INDEX.has(koreanKey(word.trim()));
}
