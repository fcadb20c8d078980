/**
 * Text helpers shared by the spelling modules: what separates the words of a name, which script
 * a word is in, case, and an ordered list of distinct variants.
 */

/** Quotation marks and apostrophes, ignored when Korean name tokens are matched. */
export const QUOTES_RE = /['"‘’“”«»ʹʼ`´]/g;
/** Separators between the words of a name. */
export const WORD_SEPARATOR_RE = /[\s\-‐‑–—]+/;
const CYRILLIC_RE = /[\u0400-\u04FF]/;
/** Any Latin letter. */
export const LATIN_RE = /[A-Za-z]/;

/** Whether the text holds a Cyrillic letter. */
export function hasCyrillic(s: string): boolean {
  return CYRILLIC_RE.test(s);
}

/** Drops accents from Latin letters only ("Kŭm" → "Kum"); й and ё keep theirs. */
export function stripLatinDiacritics(s: string): string {
  return s
    .normalize('NFD')
    .replace(/([A-Za-z])[\u0300-\u036f]+/g, '$1')
    .normalize('NFC');
}

/** The text with its first letter in upper case. */
export function capitalize(s: string): string {
  return s ? s.charAt(0).toUpperCase() + s.slice(1) : s;
}

/** Whether a word of two letters or more is all upper case ("UNHCR", "ЦОЙ"). */
export function isAllUpper(s: string): boolean {
  return s.length > 1 && s === s.toUpperCase() && s !== s.toLowerCase();
}

/** Gives `s` (lower case) the capitalisation of `template`: UPPER, Capitalised or lower. */
export function matchCase(template: string, s: string): string {
  if (isAllUpper(template)) return s.toUpperCase();
  const first = template.charAt(0);
  return first !== first.toLowerCase() ? capitalize(s) : s;
}

/** The text with ё written as е, as it is very often printed. */
export function foldYo(s: string): string {
  return s.replace(/ё/g, 'е').replace(/Ё/g, 'Е');
}

/** Tests a regular expression without leaving global state behind. */
export function matches(re: RegExp, s: string): boolean {
  re.lastIndex = 0;
  const found = re.test(s);
  re.lastIndex = 0;
  return found;
}

/** An ordered list of distinct strings (compared case-insensitively) that leaves out some. */
export class VariantList {
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
