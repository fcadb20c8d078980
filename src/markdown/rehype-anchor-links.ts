/**
 * rehype plugin: in a source document, adds a visible self-link to every passage (¶) and
 * every section heading (§), so a reader can copy a link that lands exactly there.
 * The links are left out of the search index.
 */
import type { Root, Element } from 'hast';
import type { VFile } from 'vfile';
import { visit } from 'unist-util-visit';

export interface AnchorLinkOptions {
  isDocument: (path: string) => boolean;
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
    visit(tree, 'element', (node: Element) => {
      const id = node.properties?.id;
      if (typeof id !== 'string' || id.startsWith('user-content-') || id === 'footnote-label') return;
      const passage = node.properties.dataPassage;
      if (typeof passage === 'string') {
        const target = node.tagName === 'blockquote' ? lastBlock(node) : node;
        target.children.push({ type: 'text', value: ' ' }, selfLink(id, '¶', `Paragraph ${passage}`));
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
