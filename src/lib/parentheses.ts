/**
 * A short text put in parentheses after another, as in "Title (VOA 2022 (reworded copy))".
 * Parentheses inside it become square brackets, as English typography sets parentheses within
 * parentheses: "(VOA 2022 [reworded copy])".
 */
export function inParentheses(text: string): string {
  return `(${text.replace(/\(/g, '[').replace(/\)/g, ']')})`;
}
