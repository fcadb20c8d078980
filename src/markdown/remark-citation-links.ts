/**
 * remark plugin: turns citation links `[](doc:amnesty-1996#3-3-2-p4)` into links to the cited
 * passage, labelled "Amnesty International 1996, 3.3.2 ¶4". Citations written side by side are
 * grouped per document, each paragraph number (or run of consecutive paragraphs) its own link:
 * "VOA 2022 (reworded copy), ¶¶ 2, 10–12, 14–18". A citation to a document or passage that does
 * not exist stops the build, naming the file and the citation.
 */
import type { Root, Link, RootContent, PhrasingContent, Text } from 'mdast';
import type { VFile } from 'vfile';
import { visit } from 'unist-util-visit';
import { relative } from 'node:path';
import { groupCitations, type CitationIndex, type ResolvedCitation } from '../lib/citations.ts';

export interface CitationLinkOptions {
  /** Called once per file; the index is reused while the documents are unchanged. Its links carry the site's base. */
  index: () => CitationIndex;
  /** The site's address: each citation also carries its absolute address (data-url), printed on paper. */
  site?: string;
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
      node.url = resolved.href;
      const bare = node.children.length === 0;
      if (bare) node.children = [{ type: 'text', value: resolved.label }];
      node.data = {
        ...node.data,
        hProperties: { className: ['citation'], title: resolved.document.title, ...abs(node.url, options.site) },
      };
      if (bare) (node.data as Record<string, unknown>).citation = resolved;
    });
    if (!index) return;
    visit(
      tree,
      (n) => Array.isArray((n as { children?: unknown }).children),
      (parent) => {
        const p = parent as unknown as { children: RootContent[] };
        p.children = regroup(p.children, options.site);
      },
    );
  };
}

const citationOf = (n: RootContent): ResolvedCitation | undefined =>
  n.type === 'link'
    ? ((n.data as Record<string, unknown> | undefined)?.citation as ResolvedCitation | undefined)
    : undefined;
const isSpace = (n: RootContent) => n.type === 'text' && /^\s*$/.test(n.value);

/** Replaces each run of bare citation links (with only spaces between) by one group per document. */
const abs = (url: string, site?: string) => (site ? { dataUrl: new URL(url, site).href } : {});

function regroup(children: RootContent[], site?: string): RootContent[] {
  const out: RootContent[] = [];
  for (let i = 0; i < children.length; i++) {
    if (!citationOf(children[i])) {
      out.push(children[i]);
      continue;
    }
    const run: ResolvedCitation[] = [];
    let j = i;
    for (; j < children.length; j++) {
      const c = citationOf(children[j]);
      if (c) run.push(c);
      else if (!(isSpace(children[j]) && j + 1 < children.length && citationOf(children[j + 1]))) break;
    }
    groupCitations(run).forEach((g, k) => {
      if (k > 0) out.push({ type: 'text', value: ' ' });
      out.push(groupNode(g, site) as unknown as RootContent);
    });
    i = j - 1;
  }
  return out;
}

function groupNode(g: ReturnType<typeof groupCitations>[number], site?: string) {
  const link = (url: string, text: string, title: string, label?: string): Link => {
    return {
      type: 'link',
      url,
      children: [{ type: 'text', value: text }],
      data: {
        hProperties: { className: ['citation'], title, ...abs(url, site), ...(label ? { ariaLabel: label } : {}) },
      },
    };
  };
  const children: PhrasingContent[] = [];
  if (g.single) {
    children.push(link(g.single.href, g.single.label, g.document.title));
  } else {
    children.push({ type: 'text', value: `${g.document.citeAs}, ` } as Text);
    g.parts.forEach((part, k) => {
      if (k > 0) children.push({ type: 'text', value: '; ' });
      children.push({
        type: 'text',
        value: `${part.section ? `${part.section} ` : ''}${part.count === 1 ? '¶' : '¶¶ '}`,
      });
      part.runs.forEach((r, m) => {
        if (m > 0) children.push({ type: 'text', value: ', ' });
        children.push(link(r.href, r.text, g.document.title, r.label));
      });
    });
  }
  return { type: 'citationGroup', children, data: { hName: 'span', hProperties: { className: ['citation-group'] } } };
}
