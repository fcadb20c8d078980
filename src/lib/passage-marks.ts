/**
 * The marks a document's reading page adds to its rendered text (plain HTML: no JavaScript needed):
 * - on each section and paragraph, its share of its citation (`data-cite`, see shareCitations in
 *   src/lib/cite.ts), which the ¶ and § links copy when followed;
 * - beside each paragraph that case files cite, a small link to that paragraph's entry in the
 *   list of the cases citing it.
 *
 * The sections and paragraphs are found on the HTML tree. The marks are then written into the
 * rendered HTML at the places the tree gives (the end of each start tag), and every other byte
 * of the text is kept: Astro escapes text as no HTML serializer does (an apostrophe as `&#39;`,
 * `>` as `&gt;`), so a text written out again from the tree would not be the page's own.
 */
import type { Element, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';
import { visit } from 'unist-util-visit';
import type { SharedCitation } from './cite.ts';

export interface PassageMarkOptions {
  /** Passage id → the number of cases citing it. */
  counts: Map<string, number>;
  /** The address of a paragraph's entry in the list of the cases citing it (routes.documentCited). */
  citedBy: (passage: string) => string;
  citations: SharedCitation;
}

/** A piece of HTML to write at an offset of the rendered text. */
interface Insertion {
  offset: number;
  html: string;
}

/** The elements that are a document's sections (headings) and paragraphs. */
const MARKED = new Set(['p', 'li', 'blockquote', 'h2', 'h3', 'h4', 'h5', 'h6']);

/** A double-quoted attribute value, escaped as Astro escapes its own. */
const attributeValue = (s: string) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/** The link to a cited paragraph's entry in the list of the cases citing it. */
function citedByLink(href: string, cases: number): Element {
  // No words inside the source's text: a sign and a number (read out as "Cited in n cases").
  const words = `Cited in ${cases} case${cases === 1 ? '' : 's'}`;
  return {
    type: 'element',
    tagName: 'a',
    properties: { className: ['cited-by'], href, dataPagefindIgnore: true, ariaLabel: words, title: words },
    children: [{ type: 'text', value: `⚖\u00a0${cases}` }],
  };
}

/** The marks of the sections and paragraphs of `tree` (parsed with positions), where they go in its source. */
export function passageMarks(tree: Root, options: PassageMarkOptions): Insertion[] {
  const insertions: Insertion[] = [];
  visit(tree, 'element', (node) => {
    const id = node.properties.id;
    const opening = node.data?.position?.opening?.end?.offset;
    if (!MARKED.has(node.tagName) || typeof id !== 'string' || opening === undefined) return;
    const own = options.citations.own.get(id);
    if (own !== undefined) insertions.push({ offset: opening - 1, html: ` data-cite="${attributeValue(own)}"` });
    const cases = options.counts.get(id);
    if (cases && node.properties.dataPassage !== undefined) {
      insertions.push({ offset: opening, html: toHtml(citedByLink(options.citedBy(id), cases)) });
    }
  });
  return insertions;
}

/** The rendered text of a document, `html`, with the marks of its sections and paragraphs. */
export function markPassages(html: string, options: PassageMarkOptions): string {
  const insertions = passageMarks(fromHtml(html, { fragment: true, verbose: true }), options);
  let marked = '';
  let from = 0;
  for (const { offset, html: mark } of insertions.sort((a, b) => a.offset - b.offset)) {
    marked += html.slice(from, offset) + mark;
    from = offset;
  }
  return marked + html.slice(from);
}
