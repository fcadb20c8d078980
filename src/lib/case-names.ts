/**
 * Names and descriptions of a case's subject. A name is a spelling a source uses ("Tsoy Li",
 * "“Mr Park”"); a description is how the case file refers to someone the source does not name
 * ("Unnamed North Korean student …"). Only names are shown as spellings and searched as names.
 *
 * The writer marks a description as one by putting it in `descriptions`. A `names` entry is
 * refused only on evidence that it is not a name: its note says the source does not name the
 * person, or it holds words that no personal name holds (a figure, or one of the descriptive
 * words below). Nothing is guessed from how a name begins: "An Myong Chol", "Han", "So", "Do",
 * "Moon", "Song" and "One" are names, not English words.
 */

/** Words that describe people rather than name them ("worker", "refugees", "who"), as patterns. */
// prettier-ignore
const DESCRIPTIVE = [
  'unnamed', 'unidentified', 'anonymous', 'refugees?', 'workers?', 'loggers?', 'students?', 'asylum-seekers?',
  'prisoners?', 'detainees?', 'escapees?', 'defectors?', 'relatives?', 'people', 'persons?', 'families', 'family',
  'citizens?', 'officials?', 'officers?', 'group', 'men', 'women', 'man', 'woman', 'who', 'whose', 'with', 'from', 'of',
];
/**
 * Of those, the ones a romanized name could hold as a capitalized part (만 is "Man"): they count
 * only in lower case, as a description writes them. Every other word counts at the start in
 * capitals too ("Unnamed …", "Refugees in Moscow"); elsewhere a name capitalizes every part.
 */
const NAME_LIKE = new Set(['men', 'women', 'man', 'woman', 'group', 'who', 'whose', 'with', 'from', 'of', 'family']);
const DESCRIPTIVE_WORDS = new RegExp(String.raw`(?:^|[\s(“"‘'])(?:${DESCRIPTIVE.join('|')})(?=$|[\s),.;:”"’'])`);
const capitalized = (w: string) => w.charAt(0).toUpperCase() + w.slice(1);
const DESCRIPTIVE_START = new RegExp(
  String.raw`^(?:${DESCRIPTIVE.filter((w) => !NAME_LIKE.has(w))
    .map(capitalized)
    .join('|')})\b`,
);
/** A people named as such: "Two North Koreans held with him". */
const NATIONALITY = /\b(?:North|South) Koreans?\b/;
/** A figure: "70 missing loggers", "2 men". No name holds one. */
const FIGURE = /\d/;
/** What a note says when the entry is not a name the source uses. */
const UNNAMED_NOTE =
  /^descriptive\b|\b(?:unnamed|does not name|do not name|names? none|gives no name|not named|no name)\b/i;

/**
 * The evidence that a `names` entry describes someone the source does not name, in words for the
 * writer, or undefined when there is none (then it is a name).
 */
export function descriptionEvidence(name: string, note?: string): string | undefined {
  const bare = name.replace(/^[“”"'‘’]+/, '').trim();
  if (UNNAMED_NOTE.test(note ?? '')) return 'its note says the source does not name the person';
  if (FIGURE.test(bare)) return 'it holds a figure, which no name does';
  const word =
    DESCRIPTIVE_START.exec(bare)?.[0] ??
    NATIONALITY.exec(bare)?.[0] ??
    DESCRIPTIVE_WORDS.exec(bare)?.[0].replace(/^[\s(“"‘']/, '');
  return word ? `it holds the descriptive word “${word}”` : undefined;
}

/** True when a `names` entry describes someone the source does not name, so it belongs in `descriptions`. */
export function describesUnnamed(name: string, note?: string): boolean {
  return descriptionEvidence(name, note) !== undefined;
}
