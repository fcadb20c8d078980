/**
 * How a sentence names an organization the sources name. The sources speak of some bodies
 * collectively ("Russian authorities"): those read with "the" and take "they"; any other
 * organization takes "it".
 */

/** Is the name a collective plural ("Russian authorities") rather than one body? */
export const isCollective = (name: string): boolean => / authorities$/.test(name);

/** The name as it reads inside a sentence: "the Russian authorities", but "Federal Migration Service". */
export const inText = (name: string): string => (isCollective(name) ? `the ${name}` : name);

/** The pronouns that refer back to the organization: "them"/"themselves" or "it"/"itself". */
export function pronounsOf(name: string): { object: string; reflexive: string } {
  return isCollective(name) ? { object: 'them', reflexive: 'themselves' } : { object: 'it', reflexive: 'itself' };
}
