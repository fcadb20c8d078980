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

/**
 * Words that describe people rather than name them, as a description writes them: in lower case
 * (a romanized Korean or Russian name capitalizes every part), or at the start in capitals for
 * the few that no name begins with ("Unnamed …").
 */
const DESCRIPTIVE_WORDS = new RegExp(
  String.raw`(?:^|[\s(“"‘'])(?:unnamed|unidentified|anonymous|refugees?|workers?|loggers?|students?|asylum-seekers?|` +
    String.raw`prisoners?|detainees?|escapees?|defectors?|relatives?|people|persons?|men|women|man|woman|families|family|` +
    String.raw`group|citizens?|officials?|officers?|who|whose|with|from|of)(?=$|[\s),.;:”"’'])`,
);
const DESCRIPTIVE_START =
  /^(?:Unnamed|Unidentified|Anonymous|Refugees?|Workers?|Loggers?|Students?|Asylum-seekers?|Prisoners?|Detainees?|Escapees?|Defectors?|Relatives|People|Families|Citizens)\b/;
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
