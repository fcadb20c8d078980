/**
 * What the search index is given of a built page. Pagefind records every element with an `id`
 * inside the indexed text as an "anchor", together with that element's whole text, and sends the
 * list with the page's excerpt data. Only headings are used from it (a result's sections); the
 * text of every paragraph, list item and footnote is already in the page's content, so a
 * document's anchors repeated the whole document a second time (amnesty-1996: 140 KB before
 * compression, half of it anchors). The indexer is therefore given the page with the `id`s of
 * its blocks (paragraphs, list items, quotations…) taken out; headings keep theirs, and so do
 * inline elements such as footnote marks, whose ids also keep "Doors.¹" two words for the indexer.
 * The published page keeps every id. The indexer's copy is the page written out again from its
 * HTML tree: its bytes differ (`<!doctype html>`, `data-pagefind-body=""`, `&#x22;` for `&quot;`),
 * its elements, attributes and text, which are all the indexer reads, do not.
 */
import type { Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';
import { visit } from 'unist-util-visit';

/** Blocks whose ids the index has no use for (headings are not among them). */
const BLOCKS = new Set([
  ...['p', 'li', 'ol', 'ul', 'dl', 'dt', 'dd', 'blockquote', 'div', 'section', 'aside', 'figure', 'figcaption'],
  ...['table', 'thead', 'tbody', 'tr', 'td', 'th', 'caption', 'details', 'pre'],
]);

/** Takes the ids off the page's blocks other than headings. */
export function removeBlockIds(tree: Root): void {
  visit(tree, 'element', (node) => {
    if (BLOCKS.has(node.tagName)) delete node.properties.id;
  });
}

/** The page (a whole HTML document) as the search indexer should read it: no ids on blocks other than headings. */
export function htmlForSearchIndex(html: string): string {
  const tree = fromHtml(html);
  removeBlockIds(tree);
  return toHtml(tree);
}
