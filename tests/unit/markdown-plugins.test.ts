/** The project's remark/rehype plugins, each run on a fixture through a real unified pipeline. */
import { describe, it, expect } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkGfm from 'remark-gfm';
import remarkRehype from 'remark-rehype';
import rehypeStringify from 'rehype-stringify';
import { VFile } from 'vfile';
import remarkPassageIds from '../../src/markdown/remark-passage-ids.ts';
import remarkCitationLinks from '../../src/markdown/remark-citation-links.ts';
import rehypeAnchorLinks from '../../src/markdown/rehype-anchor-links.ts';
import rehypePassageSpellings from '../../src/markdown/rehype-passage-spellings.ts';
import { CitationIndex } from '../../src/lib/citations.ts';
import { outlineSource } from '../../src/lib/parse-document.ts';
import { ROOT } from '../support/project.ts';

const fixture = (name: string) => readFileSync(join(ROOT, 'tests', 'fixtures', 'markdown', name), 'utf8');
const isDocument = (path: string) => path.includes('/documents/');

function render(source: string, path: string, plugins: { remark?: unknown[]; rehype?: unknown[] }) {
  const p = unified().use(remarkParse).use(remarkGfm);
  for (const [pl, opts] of (plugins.remark ?? []) as [never, never][]) p.use(pl, opts);
  p.use(remarkRehype);
  for (const [pl, opts] of (plugins.rehype ?? []) as [never, never][]) p.use(pl, opts);
  p.use(rehypeStringify);
  return String(p.processSync(new VFile({ value: source, path })));
}

describe('remark-passage-ids', () => {
  it('gives a document’s headings and passages their ids', () => {
    const html = render(fixture('document.md'), '/x/documents/sample.mdx', {
      remark: [[remarkPassageIds, { isDocument }]],
    });
    expect(html).toContain('<h2 id="1-introduction">');
    expect(html).toContain('<p id="1-p1" data-passage="1 ¶1">');
    expect(html).toContain('<blockquote id="1-1-p1" data-passage="1.1 ¶1">');
    expect(html).toContain('<li id="1-1-p2" data-passage="1.1 ¶2">');
  });
  it('leaves other files alone', () => {
    const html = render(fixture('document.md'), '/x/cases/a.mdx', { remark: [[remarkPassageIds, { isDocument }]] });
    expect(html).not.toContain('data-passage');
  });
});

describe('remark-citation-links', () => {
  const index = new CitationIndex([
    { id: 'sample', title: 'Sample', citeAs: 'Sample 1996', ...outlineSource(fixture('document.md'), false) },
  ]);
  it('turns doc: links into labelled links to the passage, keeping a given text', () => {
    const html = render(fixture('case.md'), '/x/cases/a.mdx', {
      remark: [[remarkCitationLinks, { index: () => index }]],
    });
    expect(html).toContain('<a href="/documents/sample/#1-p1" class="citation" title="Sample">Sample 1996, 1 ¶1</a>');
    expect(html).toContain('<a href="/documents/sample/#1-1-p1" class="citation" title="Sample">the quotation</a>');
  });
  it('stops on a citation of a passage that does not exist, naming file and line', () => {
    expect(() =>
      render('Text. [](doc:sample#9-p9)\n', join(ROOT, 'content/cases/bad.mdx'), {
        remark: [[remarkCitationLinks, { index: () => index }]],
      }),
    ).toThrow(/content\/cases\/bad\.mdx:1: citation link: "sample#9-p9": document "sample" has no passage "9-p9"/);
  });
});

describe('rehype-anchor-links', () => {
  it('adds a ¶ link to every passage and a § link to every heading, left out of search', () => {
    const html = render(fixture('document.md'), '/x/documents/sample.mdx', {
      remark: [[remarkPassageIds, { isDocument }]],
      rehype: [[rehypeAnchorLinks, { isDocument }]],
    });
    expect(html).toMatch(
      /<a class="self-link" href="#1-p1" aria-label="Link to 1 ¶1" data-pagefind-ignore(="")?>¶<\/a><\/p>/,
    );
    expect(html).toMatch(
      /<a class="self-link" href="#1-introduction" aria-label="Link to this section" data-pagefind-ignore(="")?>§<\/a><\/h2>/,
    );
    // In a block quotation the link goes inside its last paragraph.
    expect(html).toMatch(/<blockquote id="1-1-p1"[^>]*>\s*<p>A quotation\. <a class="self-link" href="#1-1-p1"/);
    // Footnote machinery gets no self-link.
    expect(html).not.toContain('href="#user-content-fn-1" aria-label="Link to');
  });
});

describe('rehype-passage-spellings', () => {
  const entities = () => [
    {
      kind: 'places',
      id: 'artem',
      names: ['Artem', 'Artyom', 'Артём'],
      russian: 'Артём',
      transliterate: true,
      placeKind: 'city',
    },
    { kind: 'cases', id: 'tsoy-li', names: ['Tsoy Li', 'Tsoi'] },
    { kind: 'places', id: 'russia', names: ['Russia'], placeKind: 'country' },
  ];
  it('puts the other spellings of the names a passage mentions into an indexed attribute, not into the text', () => {
    const html = render(fixture('document.md'), '/x/documents/sample.mdx', {
      remark: [[remarkPassageIds, { isDocument }]],
      rehype: [[rehypePassageSpellings, { isDocument, entities }]],
    });
    const p1 = /<p id="1-p1"[^>]*>/.exec(html)![0];
    expect(p1).toContain('data-pagefind-index-attrs="data-spellings"');
    expect(p1).toMatch(/data-spellings="[^"]*\bartyom\b[^"]*"/);
    expect(p1).toMatch(/data-spellings="[^"]*артем[^"]*"/);
    expect(html).toContain('>Workers left Artem in 1995.');
    const li = /<li id="1-1-p2"[^>]*>/.exec(html)![0];
    expect(li).toMatch(/data-spellings="[^"]*\btsoy\b[^"]*"/);
  });
});
