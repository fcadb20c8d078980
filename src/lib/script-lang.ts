/**
 * The language tag of a name by its script, for screen readers and fonts: Cyrillic is read as
 * Russian, Hangul as Korean. A name in Latin letters, or in mixed scripts, gets none (it is read
 * as the page's English); never "und".
 */
export function langOf(text: string): 'ru' | 'ko' | undefined {
  const latin = /\p{Script=Latin}/u.test(text);
  if (latin) return undefined;
  if (/\p{Script=Cyrillic}/u.test(text) && !/\p{Script=Hangul}/u.test(text)) return 'ru';
  if (/\p{Script=Hangul}/u.test(text) && !/\p{Script=Cyrillic}/u.test(text)) return 'ko';
  return undefined;
}
