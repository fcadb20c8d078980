/**
 * Published passage ids never move. Ids are positional ("3-3-2-p4" is the fourth passage of
 * section 3.3.2), so inserting or removing a paragraph would silently give every later id to
 * another paragraph, and a lawyer's pin cite would then point at the wrong words. The ids
 * published so far are recorded with the opening words of their text
 * (content/published-passages.json, written by `npm run record-ids`); the build compares.
 */

/** How many opening words of a passage are recorded. */
export const RECORDED_WORDS = 16;

/** Words of a text, folded for comparison (case, punctuation, quotation marks). */
function words(text: string): string[] {
  return text
    .toLowerCase()
    .normalize('NFKC')
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
}

/** The opening words recorded for a passage. */
export function openingWords(text: string): string {
  return words(text).slice(0, RECORDED_WORDS).join(' ');
}

/**
 * Whether a passage still carries the text it was published with: most of its recorded
 * opening words are still among its opening words (a corrected typo passes; another paragraph
 * does not).
 */
export function sameText(recorded: string, text: string): boolean {
  const was = recorded.split(' ').filter(Boolean);
  if (was.length === 0) return true;
  const now = new Set(words(text).slice(0, RECORDED_WORDS + 4));
  const kept = was.filter((w) => now.has(w)).length;
  return kept / was.length >= 0.6;
}

/** Document id → passage id → opening words, as published. */
export type PublishedPassages = Record<string, Record<string, string>>;

/** Problems with one document's passages against what was published: ids gone or moved to other text. */
export function shiftedPassages(
  file: string,
  documentId: string,
  passages: { id: string; text: string }[],
  published: PublishedPassages,
): string[] {
  const recorded = published[documentId];
  if (!recorded) return [];
  const byId = new Map(passages.map((p) => [p.id, p]));
  const problems: string[] = [];
  for (const [id, opening] of Object.entries(recorded)) {
    const now = byId.get(id);
    if (!now) {
      problems.push(
        `${file}: passage "${id}" was published and no longer exists: published passage ids must never disappear (citations to it would break). Put the paragraph back, or keep its place (content/README.md, "Published passages")`,
      );
    } else if (!sameText(opening, now.text)) {
      problems.push(
        `${file}: passage "${id}" was published as “${opening} …” but would now be “${openingWords(now.text)} …”: a paragraph inserted, removed or split before it shifts the ids of every passage after it, and citations would point at other words. Keep the published paragraphs as they are (content/README.md, "Published passages")`,
      );
    }
  }
  return problems;
}
