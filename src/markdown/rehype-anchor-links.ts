/**
 * rehype plugin: in a source document, adds a visible self-link to every passage (¶) and
 * every section heading (§), so a reader can copy a link that lands exactly there.
 * Each is named for where it leads ("Link to 3.3.2 ¶4"); on a page that can copy citations,
 * src/browser/reading.ts adds that following it also copies one. The links are left out of the search index. A cross-reference within the document ("see
 * Chapter Three") also carries its full address (data-url), which a printed page shows.
 */
import type { Root, Element } from 'hast';
import type { VFile } from 'vfile';
import { visit } from 'unist-util-visit';
import { basename } from 'node:path';
import { createRoutes } from '../lib/routes.ts';

export interface AnchorLinkOptions {
  isDocument: (path: string) => boolean;
  /** The site's address and base path: a cross-reference's full address is printed on paper. */
  site?: string;
  base?: string;
}

const HEADINGS = new Set(['h2', 'h3', 'h4', 'h5', 'h6']);

function selfLink(id: string, symbol: string, label: string): Element {
  return {
    type: 'element',
    tagName: 'a',
    properties: { className: ['self-link'], href: `#${id}`, ariaLabel: label, dataPagefindIgnore: '' },
    children: [{ type: 'text', value: symbol }],
  };
}

export default function rehypeAnchorLinks(options: AnchorLinkOptions) {
  return (tree: Root, file: VFile) => {
    if (!file.path || !options.isDocument(file.path)) return;
    const page = options.site
      ? new URL(createRoutes(options.base ?? '/').document(basename(file.path).replace(/\.mdx?$/, '')), options.site)
          .href
      : null;
    visit(tree, 'element', (node: Element) => {
      const href = node.properties?.href;
      if (
        page &&
        node.tagName === 'a' &&
        typeof href === 'string' &&
        href.startsWith('#') &&
        !href.startsWith('#user-content-') &&
        !String(node.properties.className ?? '').includes('self-link')
      ) {
        node.properties.dataUrl = `${page}${href}`;
      }
      const id = node.properties?.id;
      if (typeof id !== 'string' || id.startsWith('user-content-') || id === 'footnote-label') return;
      const passage = node.properties.dataPassage;
      if (typeof passage === 'string') {
        const target = node.tagName === 'blockquote' ? lastBlock(node) : node;
        target.children.push({ type: 'text', value: ' ' }, selfLink(id, '¶', `Link to ${passage}`));
      } else if (HEADINGS.has(node.tagName)) {
        node.children.push({ type: 'text', value: ' ' }, selfLink(id, '§', 'Link to this section'));
      }
    });
  };
}

function lastBlock(node: Element): Element {
  const blocks = node.children.filter((c): c is Element => c.type === 'element');
  return blocks.at(-1) ?? node;
}
