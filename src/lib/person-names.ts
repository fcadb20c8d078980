/** People's names in citations: how the content writes them, and what is not a name. */
export type CslName = { family: string; given?: string } | { literal: string };

/**
 * A person's name as written in the content: "Given Family" ("Lina Yoon"), or "Family, Given"
 * where the family name comes first or is more than one word ("Kim, Myung Se").
 */
export function personName(name: string): CslName {
  const n = name.trim().replace(/\s+/g, ' ');
  const comma = n.indexOf(',');
  if (comma > 0) return { family: n.slice(0, comma).trim(), given: n.slice(comma + 1).trim() };
  const space = n.lastIndexOf(' ');
  return space > 0 ? { family: n.slice(space + 1), given: n.slice(0, space) } : { family: n };
}

/** Why a name is not a person's name but a remark ("William Kim (contributed)"), or null. */
export function nameProblem(name: string): string | null {
  if (/[()[\]{}]/.test(name))
    return `"${name}" is not a name: write the name alone (a remark such as “contributed” belongs in contributors or provenance)`;
  if (/\b(contributed|contributor|reporting|additional|staff|edited|editor|translated|via)\b/i.test(name))
    return `"${name}" is not a name: write the name alone, and a contributor under contributors`;
  if (!/\p{L}/u.test(name)) return `"${name}" is not a name`;
  return null;
}
