/**
 * remark plugin: turns citation links `[](doc:amnesty-1996#3-3-2-p4)` into links to the cited
 * passage, labelled "Amnesty International 1996, 3.3.2 ¶4". A citation to a document or
 * passage that does not exist stops the build, naming the file and the citation.
 */
import type { Root, Link } from 'mdast';
import type { VFile } from 'vfile';
import { visit } from 'unist-util-visit';
import { relative } from 'node:path';
import type { CitationIndex } from '../lib/citations.ts';
import { sitePath } from '../lib/site-path.ts';

export interface CitationLinkOptions {
  /** Called once per file; the index is reused while the documents are unchanged. */
  index: () => CitationIndex;
  /** The site's base path (Astro `base`), so that links work under a sub-path. */
  base?: string;
}

export default function remarkCitationLinks(options: CitationLinkOptions) {
  return (tree: Root, file: VFile) => {
    let index: CitationIndex | undefined;
    visit(tree, 'link', (node: Link) => {
      if (!node.url.startsWith('doc:')) return;
      index ??= options.index();
      const ref = node.url.slice(4);
      let resolved;
      try {
        resolved = index.resolve(ref);
      } catch (e) {
        const where = file.path ? relative(process.cwd(), file.path) : 'a Markdown file';
        const line = node.position ? `:${node.position.start.line}` : '';
        throw new Error(`${where}${line}: citation link: ${(e as Error).message}`);
      }
      node.url = sitePath(resolved.href, options.base ?? '/');
      if (node.children.length === 0) node.children = [{ type: 'text', value: resolved.label }];
      node.data = { ...node.data, hProperties: { className: ['citation'], title: resolved.document.title } };
    });
  };
}
