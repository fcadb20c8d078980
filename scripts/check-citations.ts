// Checks every citation in the case files against the documents' passage ids, and every
// entity id against the YAML lists: npm run check-citations
// (The build does the same checks; this is quicker while writing.)
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { contentDir } from '../src/lib/paths.ts';
import { loadCitationIndex } from '../src/lib/document-index.ts';
import { splitFrontmatter } from '../src/lib/parse-document.ts';
import { citationLinks } from '../src/lib/citations.ts';

const root = contentDir();
const index = loadCitationIndex(join(root, 'documents'));
const ids = (f: string) => new Set(existsSync(join(root, f)) ? (parse(readFileSync(join(root, f), 'utf8')) as { id: string }[]).map((e) => e.id) : []);
const known = { places: ids('places.yaml'), people: ids('people.yaml'), organizations: ids('organizations.yaml') };
let problems = 0;
const report = (file: string, msg: string) => { problems++; console.log(`${file}: ${msg}`); };

for (const f of readdirSync(join(root, 'cases')).filter((f) => f.endsWith('.mdx'))) {
  const file = `content/cases/${f}`;
  const { data, body } = splitFrontmatter(readFileSync(join(root, 'cases', f), 'utf8'));
  const refs: [string, string][] = [];
  const d = data as Record<string, any>;
  if (d.pseudonym) refs.push(['pseudonym.source', d.pseudonym.source]);
  (d.statusSources ?? []).forEach((s: string, i: number) => refs.push([`statusSources[${i}]`, s]));
  (d.events ?? []).forEach((e: any, i: number) => (e.sources ?? []).forEach((s: string, j: number) => refs.push([`events[${i}].sources[${j}]`, s])));
  for (const ref of citationLinks(body)) refs.push(['narrative', ref]);
  for (const [field, ref] of refs) {
    try { index.resolve(ref); } catch (e) { report(file, `${field}: ${(e as Error).message}`); }
  }
  for (const kind of ['places', 'people', 'organizations'] as const) {
    (d[kind] ?? []).forEach((id: string, i: number) => known[kind].has(id) || report(file, `${kind}[${i}]: no entry "${id}" in content/${kind}.yaml`));
  }
  (d.events ?? []).forEach((e: any, i: number) => e.place && !known.places.has(e.place) && report(file, `events[${i}].place: no entry "${e.place}" in content/places.yaml`));
  if (!/\]\(doc:/.test(body)) report(file, 'the narrative cites no passage');
}
console.log(problems ? `${problems} problem(s)` : 'all citations and references resolve');
process.exit(problems ? 1 : 0);
