/** Small, strict readers of built HTML (the tests use a real parser, not regular expressions). */
import { fromHtml } from 'hast-util-from-html';
import { selectAll, select } from 'hast-util-select';
import { toString } from 'hast-util-to-string';
import type { Root, Element } from 'hast';

export const parse = (html: string): Root => fromHtml(html);
export const all = (tree: Root | Element, selector: string) => selectAll(selector, tree) as Element[];
export const one = (tree: Root | Element, selector: string) => select(selector, tree) as Element | undefined;
export const text = (node: Root | Element) => toString(node).replace(/\s+/g, ' ').trim();
export const attr = (el: Element, name: string) => {
  const v = el.properties?.[name];
  return Array.isArray(v) ? v.join(' ') : v === undefined || v === null ? undefined : String(v);
};
