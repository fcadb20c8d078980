// Checks the archive's content as the build does, without building: every citation against the
// documents' passage ids, every reference against the entries, every act against the vocabulary.
//   npm run check-citations
// The checks are the build's own (checkArchive in src/data/check-archive.ts); only the reading
// differs: the files are read here as they are, without the schemas (npm run build applies those).
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { contentDir } from '../src/lib/paths.ts';
import { outlineSource, splitFrontmatter } from '../src/lib/parse-document.ts';
import { CitationIndex } from '../src/lib/citations.ts';
import { checkArchive, type ArchiveContent } from '../src/data/check-archive.ts';
import type { PublishedPassages } from '../src/lib/published-passages.ts';

const root = contentDir();
const yamlList = (f: string) => {
  const file = join(root, f);
  return existsSync(file)
    ? ((parse(readFileSync(file, 'utf8')) ?? []) as { id: string }[]).map((data) => ({
        id: String(data.id),
        filePath: file,
        data,
      }))
    : [];
};
const mdxFiles = (dir: string) =>
  existsSync(join(root, dir))
    ? readdirSync(join(root, dir))
        .filter((f) => f.endsWith('.mdx'))
        .sort()
        .map((f) => {
          const filePath = join(root, dir, f);
          const text = readFileSync(filePath, 'utf8');
          return { id: f.replace(/\.mdx$/, '').toLowerCase(), filePath, text, ...splitFrontmatter(text) };
        })
    : [];

const documents = mdxFiles('documents');
const outlines = new Map(documents.map((d) => [d.id, outlineSource(d.text)]));
const citations = new CitationIndex(
  documents.map((d) => ({
    id: d.id,
    title: String(d.data.title ?? d.id),
    citeAs: String(d.data.citeAs ?? d.id),
    ...outlines.get(d.id)!,
  })),
);
const publishedFile = join(root, 'published-passages.json');
const published = existsSync(publishedFile)
  ? (JSON.parse(readFileSync(publishedFile, 'utf8')) as PublishedPassages)
  : undefined;

const content = {
  documents,
  cases: mdxFiles('cases'),
  places: yamlList('places.yaml'),
  people: yamlList('people.yaml'),
  organizations: yamlList('organizations.yaml'),
  acts: yamlList('acts.yaml'),
  documentEvents: yamlList('document-events.yaml'),
} as unknown as ArchiveContent;

const problems = checkArchive(content, { outlines, citations, published });
for (const c of content.cases)
  if (!/\]\(doc:/.test(c.body ?? '')) problems.push(`${c.filePath}: the narrative cites no passage`);
for (const p of problems) console.log(p);
console.log(problems.length ? `${problems.length} problem(s)` : 'all citations and references resolve');
process.exit(problems.length ? 1 : 0);
