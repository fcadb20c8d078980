/**
 * A short text put in parentheses after another, as in "Title (VOA 2022 (reworded copy))".
 * Parentheses inside it become square brackets, as English typography sets parentheses within
 * parentheses: "(VOA 2022 [reworded copy])". Words quoted from a source (“…”, "…", ‘…’) are
 * the source's and stay exactly as they are, parentheses included.
 */
const QUOTED = /“[^”]*”|"[^"]*"|‘(?:[^’]|’(?=\p{L}))*’/gu;

export function inParentheses(text: string): string {
  let out = '';
  let at = 0;
  const own = (s: string) => s.replace(/\(/g, '[').replace(/\)/g, ']');
  for (const m of text.matchAll(QUOTED)) {
    out += own(text.slice(at, m.index)) + m[0];
    at = m.index + m[0].length;
  }
  return `(${out}${own(text.slice(at))})`;
}
