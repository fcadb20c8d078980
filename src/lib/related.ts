/**
 * Related cases: cases that share places, people, organizations or cited documents,
 * ranked by how much they share.
 */
export interface CaseLinks {
  id: string;
  places: string[];
  people: string[];
  organizations: string[];
  documents: string[];
}

export interface Related {
  id: string;
  shared: { places: string[]; people: string[]; organizations: string[]; documents: string[] };
  score: number;
}

const common = (a: string[], b: string[]) => a.filter((x) => b.includes(x));

export function relatedCases(all: CaseLinks[], id: string, limit = 6): Related[] {
  const me = all.find((c) => c.id === id);
  if (!me) return [];
  return all
    .filter((c) => c.id !== id)
    .map((c) => {
      const shared = {
        places: common(me.places, c.places),
        people: common(me.people, c.people),
        organizations: common(me.organizations, c.organizations),
        documents: common(me.documents, c.documents),
      };
      // People and places say more about a connection than a shared source document.
      const score = 3 * shared.people.length + 2 * shared.places.length + shared.organizations.length + 0.5 * shared.documents.length;
      return { id: c.id, shared, score };
    })
    .filter((r) => r.score >= 2)
    .sort((a, b) => b.score - a.score || a.id.localeCompare(b.id))
    .slice(0, limit);
}
