/**
 * What the search index is given of a built page. Pagefind records every element with an `id`
 * inside the indexed text as an "anchor", together with that element's whole text, and sends the
 * list with the page's excerpt data. Only headings are used from it (a result's sections); the
 * text of every paragraph, list item and footnote is already in the page's content, so a
 * document's anchors repeated the whole document a second time (amnesty-1996: 140 KB before
 * compression, half of it anchors). The indexer is therefore given the page with the `id`s of
 * its blocks (paragraphs, list items, quotations…) taken out; headings keep theirs, and so do
 * inline elements such as footnote marks, whose ids also keep "Doors.¹" two words for the indexer.
 * The published page keeps every id; nothing else changes.
 */

/** A start tag, with attribute values in double or single quotes or unquoted. */
const START_TAG = /<([a-zA-Z][a-zA-Z0-9-]*)((?:\s+[^\s"'>/=]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'=<>`]+))?)*)(\s*\/?)>/g;
const ATTRIBUTE = /\s+([^\s"'>/=]+)(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'=<>`]+))?/g;
/** Blocks whose ids the index has no use for (headings are not among them). */
const BLOCK =
  /^(?:p|li|ol|ul|dl|dt|dd|blockquote|div|section|aside|figure|figcaption|table|thead|tbody|tr|td|th|caption|details|pre)$/i;

/** The page as the search indexer should read it: no ids on blocks other than headings. */
export function htmlForSearchIndex(html: string): string {
  return html.replace(START_TAG, (tag, name: string, attributes: string, end: string) => {
    if (!BLOCK.test(name) || !/\sid\b/i.test(attributes)) return tag;
    const kept = attributes.replace(ATTRIBUTE, (attribute, attributeName: string) =>
      attributeName.toLowerCase() === 'id' ? '' : attribute,
    );
    return `<${name}${kept}${end}>`;
  });
}
