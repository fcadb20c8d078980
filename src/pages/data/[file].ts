/** /data/cases, events, event-acts, acts, dated-facts, places, people, organizations and the dictionary of their fields, each as .json and .csv — generated from the same content as the pages. */
import type { APIRoute } from 'astro';
import { getArchive } from '../../data/archive.ts';
import {
  caseRecords,
  eventRecords,
  eventActRecords,
  actRecords,
  datedFactRecords,
  placeRecords,
  personRecords,
  organizationRecords,
  CASE_FIELDS,
  EVENT_FIELDS,
  EVENT_ACT_FIELDS,
  ACT_FIELDS,
  DATED_FACT_FIELDS,
  PLACE_FIELDS,
  PERSON_FIELDS,
  ORGANIZATION_FIELDS,
  DICTIONARY_FIELDS,
} from '../../data/export.ts';
import { toCsv } from '../../lib/csv.ts';

export function getStaticPaths() {
  return [
    'cases',
    'events',
    'event-acts',
    'acts',
    'dated-facts',
    'places',
    'people',
    'organizations',
    'dictionary',
  ].flatMap((name) => ['json', 'csv'].map((ext) => ({ params: { file: `${name}.${ext}` } })));
}

export const GET: APIRoute = async ({ params, site }) => {
  const archive = await getArchive();
  const [name, ext] = params.file!.split('.');
  const tables: Record<string, [() => Record<string, unknown>[], [string, string][]]> = {
    cases: [() => caseRecords(archive, site!), CASE_FIELDS],
    events: [() => eventRecords(archive), EVENT_FIELDS],
    'event-acts': [() => eventActRecords(archive), EVENT_ACT_FIELDS],
    acts: [() => actRecords(archive), ACT_FIELDS],
    'dated-facts': [() => datedFactRecords(archive), DATED_FACT_FIELDS],
    places: [() => placeRecords(archive, site!), PLACE_FIELDS],
    people: [() => personRecords(archive, site!), PERSON_FIELDS],
    organizations: [() => organizationRecords(archive, site!), ORGANIZATION_FIELDS],
  };
  // The data dictionary: every field of every file above, with its meaning.
  tables.dictionary = [
    () =>
      Object.entries(tables).flatMap(([file, [, described]]) =>
        described.map(([field, meaning]) => ({ file, field, meaning })),
      ),
    DICTIONARY_FIELDS,
  ];
  const [records, described] = tables[name];
  const rows = records();
  const fields = described.map(([f]) => f);
  if (ext === 'json') {
    return new Response(JSON.stringify(rows, null, 2) + '\n', {
      headers: { 'Content-Type': 'application/json; charset=utf-8' },
    });
  }
  return new Response(toCsv(fields, rows), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
