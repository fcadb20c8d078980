/**
 * Korean names typed in Hangul, romanized syllable by syllable so that they can be looked up
 * under the Latin spellings the archive's sources use. Two systems: McCune–Reischauer as the
 * sources write it (without breves and apostrophes: 최금철 → "Choe Kum Chol", the North's and the
 * older usage) and the Revised Romanization (→ "Choe Geum Cheol", the South's since 2000). Both
 * are exact: a Hangul syllable is made of its initial, vowel and final by arithmetic (Unicode).
 */
const FIRST = 0xac00;
const LAST = 0xd7a3;

// prettier-ignore
const VOWELS_MR = ['a', 'ae', 'ya', 'yae', 'o', 'e', 'yo', 'ye', 'o', 'wa', 'wae', 'oe', 'yo', 'u', 'wo', 'we', 'wi', 'yu', 'u', 'ui', 'i'];
// prettier-ignore
const VOWELS_RR = ['a', 'ae', 'ya', 'yae', 'eo', 'e', 'yeo', 'ye', 'o', 'wa', 'wae', 'oe', 'yo', 'u', 'wo', 'we', 'wi', 'yu', 'eu', 'ui', 'i'];
// prettier-ignore
const INITIALS_MR = ['k', 'kk', 'n', 't', 'tt', 'r', 'm', 'p', 'pp', 's', 'ss', '', 'ch', 'tch', 'ch', 'k', 't', 'p', 'h'];
// prettier-ignore
const INITIALS_RR = ['g', 'kk', 'n', 'd', 'tt', 'r', 'm', 'b', 'pp', 's', 'ss', '', 'j', 'jj', 'ch', 'k', 't', 'p', 'h'];
// prettier-ignore
const FINALS = ['', 'k', 'k', 'k', 'n', 'n', 'n', 't', 'l', 'k', 'm', 'l', 'l', 'l', 'p', 'l', 'm', 'p', 'p', 't', 't', 'ng', 't', 't', 'k', 't', 'p', 't'];
/** Surnames written by convention, not by the letter (이 is "Ri" in the North, "Lee" in the South). */
const SURNAMES: Record<string, [string, string]> = {
  이: ['ri', 'lee'],
  리: ['ri', 'lee'],
  박: ['pak', 'park'],
  김: ['kim', 'kim'],
  노: ['ro', 'noh'],
};

export const hasHangul = (text: string) => /[\uac00-\ud7a3]/.test(text);

function syllable(ch: string, system: 0 | 1): string {
  const code = ch.codePointAt(0)!;
  if (code < FIRST || code > LAST) return ch;
  const n = code - FIRST;
  const initial = Math.floor(n / 588);
  const vowel = Math.floor((n % 588) / 28);
  const final = n % 28;
  return (
    (system === 0 ? INITIALS_MR : INITIALS_RR)[initial] + (system === 0 ? VOWELS_MR : VOWELS_RR)[vowel] + FINALS[final]
  );
}

const capital = (w: string) => w.charAt(0).toUpperCase() + w.slice(1);

/**
 * The romanizations of a text's Hangul, McCune–Reischauer first, each syllable a word of its own
 * ("Choe Kum Chol"), other text left as it is. Empty when the text has no Hangul.
 */
export function romanizeHangul(text: string): string[] {
  if (!hasHangul(text)) return [];
  const out = ([0, 1] as const).map((system) =>
    text
      .split(/(\s+)/)
      .map((word) => {
        if (!hasHangul(word)) return word;
        return [...word]
          .map((ch, i) => {
            const conventional = i === 0 ? SURNAMES[ch]?.[system] : undefined;
            return capital(conventional ?? syllable(ch, system));
          })
          .join(' ');
      })
      .join(''),
  );
  return [...new Set(out)];
}
