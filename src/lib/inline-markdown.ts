/**
 * Small Markdown strings from frontmatter (an editor's note) rendered to HTML with the same
 * Markdown parser as the site; raw HTML in them is not passed through.
 */
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkGfm from 'remark-gfm';
import remarkRehype from 'remark-rehype';
import rehypeStringify from 'rehype-stringify';

const processor = unified().use(remarkParse).use(remarkGfm).use(remarkRehype).use(rehypeStringify);

export function marked(markdown: string): string {
  return String(processor.processSync(markdown));
}
