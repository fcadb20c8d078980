/** Fixed vocabularies of the archive, with the words a reader sees. */
export const STATUSES = {
  detained: 'Detained',
  'reported-detained': 'Reportedly detained',
  'forcibly-returned': 'Forcibly returned',
  disappeared: 'Disappeared',
  'reported-disappeared': 'Reportedly disappeared',
  'in-hiding': 'In hiding',
  'reported-in-hiding': 'Reportedly in hiding',
  released: 'Released',
  'reported-released': 'Reportedly released',
  resettled: 'Resettled',
  'granted-asylum': 'Granted asylum',
  died: 'Died',
  'reported-died': 'Reportedly died',
  'reported-executed': 'Reported executed',
  unknown: 'Unknown',
} as const;
export type Status = keyof typeof STATUSES;
export const STATUS_IDS = Object.keys(STATUSES) as Status[];

// prettier-ignore
export const PLACE_KINDS = [
  'country', 'region', 'city', 'town', 'village', 'island', 'district', 'building', 'campus',
  'detention-centre', 'prison', 'police-station', 'consulate', 'airport', 'clinic',
  'logging-site', 'mine', 'construction-site', 'border',
] as const;

// prettier-ignore
export const ORGANIZATION_KINDS = [
  'intergovernmental', 'ngo', 'government', 'government-agency', 'security-service', 'police',
  'diplomatic-mission', 'media', 'court', 'university', 'legislature', 'association', 'company',
] as const;

/**
 * How firmly a source attributes an act, from weakest to firmest. Coded conservatively: when
 * in doubt, the weaker level.
 */
export const ATTRIBUTIONS = ['alleged', 'reported', 'established'] as const;
export type Attribution = (typeof ATTRIBUTIONS)[number];
export const ATTRIBUTION_MEANINGS: Record<Attribution, string> = {
  alleged:
    'The source gives it as a claim, belief or suspicion: “is said to”, “allegedly”, “believed to be”, “claimed”, or a party’s own statement.',
  reported:
    'The source reports it as information it received, with a hedge: “reportedly”, “according to …”, “apparently”, “X told us”.',
  established:
    'The source states it in its own voice, as a fact, without a hedge. This is the source’s word, not a court’s finding.',
};

export const DOCUMENT_KINDS = ['report', 'dispatch', 'post', 'update', 'news-article', 'translation'] as const;

/** Words of a vocabulary id written in capitals: "ngo" → "NGO". */
const ACRONYMS: Record<string, string> = { ngo: 'NGO', un: 'UN', dprk: 'DPRK', ussr: 'USSR', eu: 'EU' };

/** "detention-centre" → "Detention centre", "ngo" → "NGO" */
export function labelOf(id: string): string {
  const s = id
    .split('-')
    .map((w) => ACRONYMS[w] ?? w)
    .join(' ');
  return s.charAt(0).toUpperCase() + s.slice(1);
}

/** Kinds of the dated facts in content/document-events.yaml, with the words a reader sees. */
export const DOCUMENT_EVENT_KINDS = {
  agreement: 'Agreement',
  law: 'Law',
  policy: 'Policy',
  statement: 'Statement',
  report: 'Report',
  'political-change': 'Political change',
} as const;
export type DocumentEventKind = keyof typeof DOCUMENT_EVENT_KINDS;
export const DOCUMENT_EVENT_KIND_IDS = Object.keys(DOCUMENT_EVENT_KINDS) as DocumentEventKind[];
