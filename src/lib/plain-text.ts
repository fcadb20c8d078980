/**
 * A document as plain text, for download: headings, passages with their ids, and the
 * footnotes at the end, from the same Markdown the page is built from.
 */
import type { Root, RootContent, FootnoteDefinition } from 'mdast';
import { outlineDocument, plainText } from './passages.ts';

function inline(node: RootContent): string {
  if (node.type === 'footnoteReference') return `[${node.label ?? node.identifier}]`;
  if (node.type === 'text' || node.type === 'inlineCode') return node.value;
  if ('children' in node) return (node.children as RootContent[]).map(inline).join('');
  return '';
}

export function documentToText(tree: Root, header: string): string {
  outlineDocument(tree);
  const out: string[] = [header.trim(), ''];
  const notes: FootnoteDefinition[] = [];
  const idOf = (n: RootContent) => (n.data as { hProperties?: { id?: string } } | undefined)?.hProperties?.id;
  for (const node of tree.children) {
    if (node.type === 'footnoteDefinition') {
      notes.push(node);
      continue;
    }
    if (node.type === 'heading') out.push('', inline(node), '');
    else if (node.type === 'paragraph') out.push(`[${idOf(node)}] ${inline(node)}`, '');
    else if (node.type === 'blockquote') out.push(`[${idOf(node)}] “${plainText(node).trim()}”`, '');
    else if (node.type === 'list') {
      node.children.forEach((item, i) =>
        out.push(
          `[${idOf(item as RootContent)}] ${node.ordered ? `${i + 1}.` : '-'} ${item.children.map((c) => inline(c as RootContent)).join(' ')}`,
          '',
        ),
      );
    } else if (node.type === 'mdxJsxFlowElement') out.push(plainText(node).trim(), '');
  }
  if (notes.length) {
    out.push('', 'NOTES', '');
    for (const n of notes)
      out.push(`[${n.label ?? n.identifier}] ${n.children.map((c) => inline(c as RootContent)).join(' ')}`, '');
  }
  return (
    out
      .join('\n')
      .replace(/\n{3,}/g, '\n\n')
      .trim() + '\n'
  );
}
