/** The cases and their events as flat records, for /data/ (JSON and CSV from the same rows). */
import type { Archive } from './archive.ts';
import { precisionOf } from '../lib/dates.ts';

export const CASE_FIELDS: [string, string][] = [
  ['id', 'Stable id of the case; its page is /cases/<id>/'],
  ['title', 'How the case is known (pseudonyms keep their quotation marks)'],
  ['url', 'Address of the case page'],
  ['names', 'Every spelling of the name used by the sources'],
  ['pseudonym', 'true if the name is a pseudonym given by the source'],
  ['summary', 'One-line summary'],
  ['status', 'Status, from a fixed vocabulary'],
  ['status_as_of', 'Date the status was last known (YYYY, YYYY-MM or YYYY-MM-DD)'],
  ['status_as_of_certainty', 'exact, approximate or inferred'],
  ['places', 'Ids of places (see /places/<id>/)'],
  ['people', 'Ids of people (see /people/<id>/)'],
  ['organizations', 'Ids of organizations (see /organizations/<id>/)'],
  ['documents', 'Ids of the source documents cited'],
  ['first_year', 'Year of the earliest event'],
  ['last_year', 'Year of the latest event'],
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
];

export function caseRecords(archive: Archive, site: URL) {
  return archive.cases.map((c) => {
    const years = c.data.events.map((e) => Number(e.date.slice(0, 4)));
    return {
      id: c.id,
      title: c.data.title,
      url: new URL(`/cases/${c.id}/`, site).href,
      names: [...new Set(c.data.names.map((n) => n.name))],
      pseudonym: Boolean(c.data.pseudonym),
      summary: c.data.summary,
      status: c.data.status,
      status_as_of: c.data.statusAsOf.date,
      status_as_of_certainty: c.data.statusAsOf.certainty,
      places: c.data.places,
      people: c.data.people,
      organizations: c.data.organizations,
      documents: archive.documentsOfCase.get(c.id) ?? [],
      first_year: Math.min(...years),
      last_year: Math.max(...years),
    };
  });
}

export function eventRecords(archive: Archive) {
  return archive.cases.flatMap((c) =>
    [...c.data.events].sort((a, b) => a.date.localeCompare(b.date)).map((e, i) => ({
      case: c.id,
      n: i + 1,
      date: e.date,
      precision: precisionOf(e.date),
      certainty: e.certainty,
      date_note: e.note ?? '',
      text: e.text,
      place: e.place ?? '',
      sources: e.sources,
    })),
  );
}
