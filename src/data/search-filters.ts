/** The filters offered on /search/, with the same values the pages put into the index. */
import type { Archive } from './archive.ts';
import { must } from './archive.ts';
import { statusLabel, decades } from './cases.ts';
import { decadeOf } from '../lib/dates.ts';
import { caseActNames } from './record.ts';

export function searchFilterOptions(archive: Archive) {
  const sorted = (xs: Iterable<string>) => [...new Set(xs)].sort((a, b) => a.localeCompare(b));
  return [
    { name: 'type', label: 'Type', values: ['Case', 'Document section', 'Person', 'Place', 'Organization'] },
    {
      name: 'place',
      label: 'Place',
      values: sorted(
        archive.cases.flatMap((c) => c.data.places.map((p) => must(archive.places, p, 'place').data.name)),
      ),
    },
    { name: 'status', label: 'Status', values: sorted(archive.cases.map((c) => statusLabel(c.data.status))) },
    { name: 'act', label: 'Act recorded', values: caseActNames(archive) },
    {
      name: 'decade',
      label: 'Decade',
      values: sorted([
        ...archive.cases.flatMap((c) => decades(c)),
        ...archive.documents.map((d) => decadeOf(d.data.published.date)),
      ]),
    },
    { name: 'document', label: 'Document', values: archive.documents.map((d) => d.data.citeAs) },
  ];
}
