/** Latin → Cyrillic: the likely Russian spellings of a name written in Latin letters. */
import { LATIN_RE, VariantList, stripLatinDiacritics } from './text.ts';
import { Template, caseModes } from './template.ts';
import { restoreYo } from './yo.ts';

/** Single Latin letters → Cyrillic, after the digraphs and the context rules. */
const LATIN_LETTERS: Readonly<Record<string, string>> = {
  a: 'а',
  b: 'б',
  v: 'в',
  g: 'г',
  d: 'д',
  e: 'е',
  z: 'з',
  i: 'и',
  k: 'к',
  l: 'л',
  m: 'м',
  n: 'н',
  o: 'о',
  p: 'п',
  r: 'р',
  s: 'с',
  t: 'т',
  u: 'у',
  f: 'ф',
  h: 'х',
  x: 'кс',
  w: 'в',
  q: 'к',
  j: 'й',
  y: 'ы',
  c: 'к',
};

/** Latin letter groups matched first, longest first (greedy longest match). */
const LATIN_DIGRAPHS: readonly (readonly [string, string])[] = [
  ['shch', 'щ'],
  ['sch', 'щ'],
  ['dzh', 'дж'],
  ['zh', 'ж'],
  ['kh', 'х'],
  ['tz', 'ц'],
  ['ch', 'ч'],
  ['sh', 'ш'],
  ['ph', 'ф'],
];

const LATIN_TO_CYRILLIC_CAP = 3;

/**
 * Latin → Cyrillic by greedy longest match, producing the most likely 1–3 forms, e.g.
 * "Vladivostok" → ["Владивосток"], "Artyom" → ["Артём", "Артем"], "Blagoveshchensk" →
 * ["Благовещенск"], "Chegdomyn" → ["Чегдомын"]. Ambiguities (ё or е, я or ья after a consonant,
 * -ий or -ый, тс or ц before к, Е or Э at the start) give the extra forms; words known to be
 * written with ё (`yoWords` in content/spellings.yaml) get their ё form too.
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
        if (n1 === 'a') {
          if (afterCons) t.choice('ya', ['я', 'ья'], mode);
          else t.fixed('я', mode);
        } else if (n1 === 'u') {
          if (afterCons) t.choice('yu', ['ю', 'ью'], mode);
          else t.fixed('ю', mode);
        } else if (n1 === 'o') {
          if (afterCons) t.choice('yo', ['ё', 'е'], mode);
          else t.choice('yo-initial', ['йо', 'ё'], mode);
        } else if (afterCons) t.choice('ye', ['ье', 'е'], mode);
        else t.fixed('е', mode);
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
