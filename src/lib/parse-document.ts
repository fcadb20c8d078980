/**
 * Reads a document's MDX source outside Astro (for checks, back-links and scripts):
 * frontmatter split off, body parsed with the same Markdown syntax the site uses.
 */
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import { parse as parseYaml } from 'yaml';
import type { Root } from 'mdast';
import { outlineDocument, type DocumentOutline } from './passages.ts';

export function splitFrontmatter(source: string): { data: Record<string, unknown>; body: string } {
  const m = source.match(/^---\r?\n([\s\S]*?)\r?\n---\r?\n?/);
  if (!m) return { data: {}, body: source };
  return { data: (parseYaml(m[1]) ?? {}) as Record<string, unknown>, body: source.slice(m[0].length) };
}

export function parseBody(body: string, mdx = true): Root {
  const processor = unified().use(remarkParse).use(remarkGfm);
  if (mdx) processor.use(remarkMdx);
  return processor.runSync(processor.parse(body)) as Root;
}

export function outlineSource(source: string, mdx = true): DocumentOutline & { data: Record<string, unknown> } {
  const { data, body } = splitFrontmatter(source);
  return { data, ...outlineDocument(parseBody(body, mdx)) };
}
