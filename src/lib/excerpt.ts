/**
 * Excerpts of search results from a page's indexed text, without the words that are there only
 * for the index (other spellings of names). Those words are written between the two marks below
 * (as words of their own, which the index keeps in the text but does not make searchable), so
 * that an excerpt can leave them out while the word positions of the hits stay those of the index.
 */
export const INDEX_ONLY_OPEN = '⟪';
export const INDEX_ONLY_CLOSE = '⟫';

/** Words for the search index only, marked so that no excerpt shows them. */
export function indexOnly(words: string): string {
  return `${INDEX_ONLY_OPEN} ${words} ${INDEX_ONLY_CLOSE}`;
}

export interface ExcerptPart {
  text: string;
  mark: boolean;
}

/**
 * The excerpt of `length` words around the hits (word positions in `content`, split at white
 * space as the index splits it), with the hit words marked. Hits inside index-only words count
 * for the real text that follows them (the passage whose names they spell); when nothing real
 * is hit, the excerpt is the beginning of the text. Parts are text, spaces included.
 */
export function excerptOf(content: string, hits: number[], length = 26): ExcerptPart[] {
  const words = content.split(/[\r\n\s]+/g);
  const real: number[] = [];
  const softHits = new Set<number>();
  const hitSet = new Set(hits);
  let depth = 0;
  let pendingSoft = false;
  for (let i = 0; i < words.length; i++) {
    const w = words[i];
    if (w === INDEX_ONLY_OPEN) {
      depth++;
      continue;
    }
    if (w === INDEX_ONLY_CLOSE) {
      depth = Math.max(0, depth - 1);
      continue;
    }
    if (depth > 0) {
      if (hitSet.has(i)) pendingSoft = true;
      continue;
    }
    if (!w) continue;
    if (pendingSoft) {
      softHits.add(real.length);
      pendingSoft = false;
    }
    real.push(i);
  }
  if (!real.length) return [];
  const hard = real.map((i, k) => (hitSet.has(i) ? k : -1)).filter((k) => k >= 0);
  const anchors = hard.length ? hard : [...softHits];
  let start = 0;
  if (anchors.length) {
    // The window of `length` words holding the most hits, opened a few words before its first.
    let best = anchors[0];
    let bestCount = 0;
    for (const a of anchors) {
      const count = anchors.filter((b) => b >= a && b < a + length).length;
      if (count > bestCount) {
        best = a;
        bestCount = count;
      }
    }
    // A real hit gets a few words of what leads to it; a passage hit by a spelling starts at its beginning.
    start = Math.max(0, Math.min(best - (hard.length ? 4 : 0), real.length - length));
  }
  const end = Math.min(real.length, start + length);
  const marked = new Set(hard);
  const parts: ExcerptPart[] = [];
  const push = (text: string, mark: boolean) => {
    const last = parts.at(-1);
    if (last && !last.mark && !mark) last.text += text;
    else parts.push({ text, mark });
  };
  if (start > 0) push('… ', false);
  for (let k = start; k < end; k++) {
    if (k > start) push(' ', false);
    push(words[real[k]], marked.has(k));
  }
  if (end < real.length) push(' …', false);
  return parts;
}
