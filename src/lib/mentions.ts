/**
 * Finding where an entity is mentioned: every spelling of its name is looked for in the
 * text of document passages, as whole words, ignoring case and accents.
 */
export interface Named {
  id: string;
  names: string[];
}

function fold(s: string): string {
  return s
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[’‘]/g, "'")
    .toLowerCase();
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The folded names worth looking for (3 letters or more), longest first, and their whole-word pattern. */
function namePattern(names: string[]): { usable: string[]; re: RegExp } | null {
  const usable = [...new Set(names.map((n) => fold(n.trim())).filter((n) => n.length >= 3))];
  if (usable.length === 0) return null;
  usable.sort((a, b) => b.length - a.length);
  return { usable, re: new RegExp(`(?<![\\p{L}\\p{N}])(?:${usable.map(escape).join('|')})(?![\\p{L}\\p{N}])`, 'u') };
}

/** A matcher for any of the names, as whole words (letters of any script count as word characters). */
export function nameMatcher(names: string[]): (text: string) => boolean {
  const pattern = namePattern(names);
  if (!pattern) return () => false;
  return (text) => pattern.re.test(fold(text));
}

export interface PassageRef {
  document: string;
  passage: string;
  text: string;
}

const WORD = /[^\p{L}\p{N}]+/u;

/**
 * A finder for many entities at once: given a text, the ids of the entities it mentions, in the
 * order of `entities`. Each name's first word must be a word of the text before its full pattern
 * is tried, so the cost grows with the words of the text, not with the number of entities.
 */
export function mentionFinder(entities: Named[]): (text: string) => string[] {
  const byWord = new Map<string, { order: number; id: string; re: RegExp }[]>();
  entities.forEach((e, order) => {
    const pattern = namePattern(e.names);
    if (!pattern) return;
    const { usable, re } = pattern;
    const entry = { order, id: e.id, re };
    for (const word of new Set(usable.map((n) => n.split(WORD).find(Boolean) ?? n))) {
      const list = byWord.get(word) ?? [];
      list.push(entry);
      byWord.set(word, list);
    }
  });
  return (text) => {
    const folded = fold(text);
    const found = new Map<string, number>();
    for (const word of new Set(folded.split(WORD))) {
      for (const c of byWord.get(word) ?? []) if (!found.has(c.id) && c.re.test(folded)) found.set(c.id, c.order);
    }
    return [...found].sort((a, b) => a[1] - b[1]).map(([id]) => id);
  };
}

/** Passages that mention each entity: Map entity id → passages, in document order. */
export function findMentions(entities: Named[], passages: PassageRef[]): Map<string, PassageRef[]> {
  const out = new Map<string, PassageRef[]>(entities.map((e) => [e.id, []]));
  const find = mentionFinder(entities);
  for (const p of passages) for (const id of find(p.text)) out.get(id)!.push(p);
  return out;
}
