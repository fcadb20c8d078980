/**
 * Names and descriptions of a case's subject. A name is a spelling a source uses ("Tsoy Li",
 * "“Mr Park”"); a description is how the case file refers to someone the source does not name
 * ("Unnamed North Korean student …"). Only names are shown as spellings and searched as names.
 */

/** Words that begin a description rather than a name: an article, a number, a quantity. */
const DESCRIPTION_START = /^(?:unnamed|an?|the|another|one|two|three|four|five|several|some|many|at least|\d+)\b/i;
/** What a note says when the entry is not a name the source uses. */
const UNNAMED_NOTE = /^descriptive\b|\b(?:unnamed|does not name|do not name|names? none|gives no name|not named|no name)\b/i;

/** True when a `names` entry describes someone the source does not name, so it belongs in `descriptions`. */
export function describesUnnamed(name: string, note?: string): boolean {
  const bare = name.replace(/^[“”"'‘’]+/, '').trim();
  return DESCRIPTION_START.test(bare) || /\bunnamed\b/i.test(bare) || UNNAMED_NOTE.test(note ?? '');
}
