/**
 * Finding where an entity is mentioned: every spelling of its name is looked for in the
 * text of document passages, as whole words, ignoring case and accents.
 */
export interface Named {
  id: string;
  names: string[];
}

function fold(s: string): string {
  return s.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').replace(/[’‘]/g, "'").toLowerCase();
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A matcher for any of the names, as whole words (letters of any script count as word characters). */
export function nameMatcher(names: string[]): (text: string) => boolean {
  const usable = [...new Set(names.map((n) => fold(n.trim())).filter((n) => n.length >= 3))];
  if (usable.length === 0) return () => false;
  usable.sort((a, b) => b.length - a.length);
  const re = new RegExp(`(?<![\\p{L}\\p{N}])(?:${usable.map(escape).join('|')})(?![\\p{L}\\p{N}])`, 'u');
  return (text) => re.test(fold(text));
}

export interface PassageRef {
  document: string;
  passage: string;
  text: string;
}

/** Passages that mention each entity: Map entity id → passages, in document order. */
export function findMentions(entities: Named[], passages: PassageRef[]): Map<string, PassageRef[]> {
  const out = new Map<string, PassageRef[]>();
  for (const e of entities) {
    const matches = nameMatcher(e.names);
    out.set(e.id, passages.filter((p) => matches(p.text)));
  }
  return out;
}
