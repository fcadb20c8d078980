/** The cases and their events as flat records, for /data/ (JSON and CSV from the same rows). */
import type { Archive } from './archive.ts';
import { precisionOf, compareDates, decadeOf } from '../lib/dates.ts';
import { inEventOrder } from '../lib/timeline.ts';
import { withAncestors } from '../lib/acts.ts';
import { years } from './cases.ts';
import { routes } from '../lib/routes.ts';

export const CASE_FIELDS: [string, string][] = [
  ['id', 'Stable id of the case; its page is /cases/<id>/'],
  ['title', 'How the case is known (pseudonyms keep their quotation marks)'],
  ['url', 'Address of the case page'],
  ['names', 'Every spelling of the name used by the sources; empty where no source names the subject'],
  ['descriptions', 'How the archive describes a subject the sources do not name (not names used by the sources)'],
  ['pseudonym', 'true if the name is a pseudonym given by the source'],
  ['summary', 'One-line summary'],
  ['status', 'Status, from a fixed vocabulary'],
  ['status_as_of', 'Date the status was last known (YYYY, YYYY-MM or YYYY-MM-DD)'],
  ['status_as_of_certainty', 'exact, approximate or inferred'],
  ['places', 'Ids of places (see /places/<id>/)'],
  ['people', 'Ids of people (see /people/<id>/)'],
  ['organizations', 'Ids of organizations (see /organizations/<id>/)'],
  ['documents', 'Ids of the source documents cited'],
  [
    'first_year',
    'Year of the earliest event (for a period the source gives, such as “late 1980s”, the first year it covers)',
  ],
  ['last_year', 'Year of the latest event (for a period, the last year it covers)'],
];

export const EVENT_FIELDS: [string, string][] = [
  ['case', 'Id of the case'],
  ['n', 'Position of the event in the case, from 1'],
  ['date', 'Date as the sources allow: YYYY, YYYY-MM or YYYY-MM-DD'],
  ['precision', 'year, month or day'],
  ['certainty', 'exact, approximate or inferred'],
  ['date_note', 'Why a date is approximate or inferred'],
  ['text', 'What happened, in the archive’s words'],
  ['place', 'Id of the place, if any'],
  ['sources', 'Citations "<document>#<passage>"; the passage is at /documents/<document>/#<passage>'],
  [
    'acts',
    'Ids of the acts the event records (see acts.json); empty where it records none. Who did them and on what evidence: event-acts.json',
  ],
];

export const EVENT_ACT_FIELDS: [string, string][] = [
  ['case', 'Id of the case'],
  ['n', 'Position of the event in the case, from 1 (as in events.json)'],
  ['date', 'Date of the event: YYYY, YYYY-MM or YYYY-MM-DD'],
  ['decade', 'Decade of the event, e.g. 1990s'],
  ['act', 'Id of the act (see acts.json); its page is /acts/<act>/'],
  [
    'perpetrators',
    'Ids of the organizations the source says did it, as the source names them (see /organizations/<id>/); empty where the source names no one',
  ],
  [
    'perpetrators_within',
    'The same organizations and every body above them (e.g. russian-police, russian-authorities), for counting by authority',
  ],
  [
    'attribution',
    'How firmly the source says it: alleged (a claim, belief or suspicion: “is said to”, “allegedly”), reported (information received, hedged: “reportedly”, “according to …”, a witness’s account) or established (the source’s own voice, no hedge; not a court’s finding). When in doubt, the weaker level',
  ],
  [
    'sources',
    'Citations of the passages the coding rests on, "<document>#<passage>"; the passage is at /documents/<document>/#<passage>',
  ],
  ['note', 'What the source says, where it matters: who is not named, what is only alleged, what is not coded and why'],
  ['case_title', 'How the case is known (as in cases.json), for reading the file on its own'],
  ['act_name', 'Name of the act'],
  ['perpetrator_names', 'Names of the organizations in perpetrators, in the same order'],
  ['event_text', 'What happened, in the archive’s words (as in events.json)'],
];

export const DICTIONARY_FIELDS: [string, string][] = [
  ['file', 'Name of the data file, without its ending (.json or .csv)'],
  ['field', 'Name of the field (a key in JSON, a column in CSV)'],
  ['meaning', 'What the field holds'],
];

export const ACT_FIELDS: [string, string][] = [
  ['id', 'Stable id of the act; its page is /acts/<id>/'],
  ['name', 'Name of the act'],
  ['definition', 'What the archive counts as this act'],
  ['basis', 'International instruments and articles the act touches, "<instrument>, <article>"'],
  ['scope', 'Where the line is drawn when events are coded'],
];

export function caseRecords(archive: Archive, site: URL) {
  return archive.cases.map((c) => {
    const span = years(c);
    return {
      id: c.id,
      title: c.data.title,
      url: new URL(routes.case(c.id), site).href,
      names: [...new Set(c.data.names.map((n) => n.name))],
      descriptions: [...new Set(c.data.descriptions.map((n) => n.label))],
      pseudonym: Boolean(c.data.pseudonym),
      summary: c.data.summary,
      status: c.data.status,
      status_as_of: c.data.statusAsOf.date,
      status_as_of_certainty: c.data.statusAsOf.certainty,
      places: c.data.places,
      people: c.data.people,
      organizations: c.data.organizations,
      documents: archive.documentsOfCase.get(c.id) ?? [],
      first_year: span.first,
      last_year: span.last,
    };
  });
}

export function eventRecords(archive: Archive) {
  return archive.cases.flatMap((c) =>
    inEventOrder(c.data.events).map((e, i) => ({
      case: c.id,
      n: i + 1,
      date: e.date,
      precision: precisionOf(e.date),
      certainty: e.certainty,
      date_note: e.note ?? '',
      text: e.text,
      place: e.place ?? '',
      sources: e.sources,
      acts: (e.acts ?? []).map((a) => a.act),
    })),
  );
}

/** One row per act recorded by an event: who the source says did it, how firmly, on what evidence. */
export function eventActRecords(archive: Archive) {
  const parentOf = (id: string) => archive.organizations.find((o) => o.id === id)?.data.parent;
  const actName = new Map(archive.acts.map((a) => [a.id, a.data.name]));
  const orgName = new Map(archive.organizations.map((o) => [o.id, o.data.name]));
  return archive.cases.flatMap((c) =>
    inEventOrder(c.data.events).flatMap((e, i) =>
      (e.acts ?? []).map((a) => ({
        case: c.id,
        n: i + 1,
        date: e.date,
        decade: decadeOf(e.date),
        act: a.act,
        perpetrators: a.perpetrators,
        perpetrators_within: [...new Set(a.perpetrators.flatMap((p) => withAncestors(p, parentOf)))],
        attribution: a.attribution,
        sources: a.sources,
        note: a.note ?? '',
        case_title: c.data.title,
        act_name: actName.get(a.act) ?? a.act,
        perpetrator_names: a.perpetrators.map((p) => orgName.get(p) ?? p),
        event_text: e.text,
      })),
    ),
  );
}

export function actRecords(archive: Archive) {
  return archive.acts.map((a) => ({
    id: a.id,
    name: a.data.name,
    definition: a.data.definition,
    basis: a.data.basis.map((b) => `${b.instrument}, ${b.article}`),
    scope: a.data.scope ?? '',
  }));
}

export const DATED_FACT_FIELDS: [string, string][] = [
  ['id', 'Stable id of the dated fact (content/document-events.yaml)'],
  ['date', 'Date as the sources allow: YYYY, YYYY-MM or YYYY-MM-DD'],
  ['precision', 'year, month or day'],
  ['certainty', 'exact, approximate or inferred'],
  ['date_note', 'Why a date is approximate or inferred, or what the source says of it'],
  ['kind', 'agreement, law, policy, statement, report or political-change'],
  ['text', 'What happened, in the archive’s words, with the source’s hedges'],
  ['place', 'Id of the place, if any'],
  ['sources', 'Citations "<document>#<passage>"; the passage is at /documents/<document>/#<passage>'],
];

/** The dated facts of the documents that belong to no case, as on the timeline. */
export function datedFactRecords(archive: Archive) {
  return [...archive.documentEvents]
    .sort((a, b) => compareDates(a.data.date, b.data.date) || a.id.localeCompare(b.id))
    .map((f) => ({
      id: f.id,
      date: f.data.date,
      precision: precisionOf(f.data.date),
      certainty: f.data.certainty,
      date_note: f.data.note ?? '',
      kind: f.data.kind,
      text: f.data.text,
      place: f.data.place ?? '',
      sources: f.data.sources,
    }));
}

export const PLACE_FIELDS: [string, string][] = [
  ['id', 'Stable id of the place; its page is /places/<id>/'],
  ['name', 'Name of the place as the archive writes it'],
  ['kind', 'Kind of place: city, region, country, building …'],
  ['russian', 'Russian (Cyrillic) name, if any'],
  ['native', 'Name in the local language or script, if any'],
  ['spellings', 'Other spellings of the name in the sources and in common use'],
  ['parent', 'Id of the place it lies within, if any'],
  ['latitude', 'Latitude in decimal degrees (WGS 84); empty where the position is not known'],
  ['longitude', 'Longitude in decimal degrees (WGS 84); empty where the position is not known'],
  [
    'coordinates_precision',
    'exact; approximate (the point is near, not at, the place); or city (the point is the city’s, not the building’s); empty if not stated',
  ],
  ['no_coordinates', 'Why the position is not known, where there are no coordinates'],
  ['note', 'Note on the place'],
  ['url', 'Address of the place’s page'],
];

export const PERSON_FIELDS: [string, string][] = [
  ['id', 'Stable id of the person; their page is /people/<id>/'],
  ['name', 'Name as the archive writes it'],
  ['russian', 'Name in Russian (Cyrillic), if any'],
  ['korean', 'Name in Korean (Hangul), if any'],
  ['spellings', 'Other spellings of the name'],
  ['role', 'Who the person is, as the documents describe them'],
  ['affiliations', 'Ids of the organizations they belong to (see organizations.json)'],
  ['note', 'Note on the person'],
  ['url', 'Address of the person’s page'],
];

export const ORGANIZATION_FIELDS: [string, string][] = [
  ['id', 'Stable id of the organization; its page is /organizations/<id>/'],
  ['name', 'Name as the archive writes it'],
  ['kind', 'Kind of organization, from a fixed list'],
  ['acronyms', 'Acronyms of the name'],
  ['russian', 'Name in Russian (Cyrillic), if any'],
  ['korean', 'Name in Korean (Hangul), if any'],
  ['spellings', 'Other spellings of the name'],
  ['parent', 'Id of the body it is part of, if any'],
  ['note', 'Note on the organization'],
  ['url', 'Address of the organization’s page'],
];

export function placeRecords(archive: Archive, site: URL) {
  return archive.places.map((p) => ({
    id: p.id,
    name: p.data.name,
    kind: p.data.kind,
    russian: p.data.russian ?? '',
    native: p.data.native ?? '',
    spellings: p.data.spellings,
    parent: p.data.parent ?? '',
    latitude: p.data.coordinates ? p.data.coordinates[0] : null,
    longitude: p.data.coordinates ? p.data.coordinates[1] : null,
    coordinates_precision: p.data.coordinatesPrecision ?? '',
    no_coordinates: p.data.noCoordinates ?? '',
    note: p.data.note ?? '',
    url: new URL(routes.place(p.id), site).href,
  }));
}

export function personRecords(archive: Archive, site: URL) {
  return archive.people.map((p) => ({
    id: p.id,
    name: p.data.name,
    russian: p.data.russian ?? '',
    korean: p.data.korean ?? '',
    spellings: p.data.spellings,
    role: p.data.role,
    affiliations: p.data.affiliations,
    note: p.data.note ?? '',
    url: new URL(routes.person(p.id), site).href,
  }));
}

export function organizationRecords(archive: Archive, site: URL) {
  return archive.organizations.map((o) => ({
    id: o.id,
    name: o.data.name,
    kind: o.data.kind,
    acronyms: o.data.acronyms,
    russian: o.data.russian ?? '',
    korean: o.data.korean ?? '',
    spellings: o.data.spellings,
    parent: o.data.parent ?? '',
    note: o.data.note ?? '',
    url: new URL(routes.organization(o.id), site).href,
  }));
}
