// Renders a document's body to plain HTML inside <main> (for checking fidelity while editing):
//   npm run preview-document -- content/documents/x.mdx /tmp/x.html
//   node ../shared/tools/fidelity.mjs ../shared/seeds/SEED.txt /tmp/x.html
import { readFileSync, writeFileSync } from 'node:fs';
import { unified } from 'unified';
import remarkRehype from 'remark-rehype';
import rehypeStringify from 'rehype-stringify';
import { splitFrontmatter, parseBody } from '../src/lib/parse-document.ts';
import { outlineDocument } from '../src/lib/passages.ts';

const [file, out] = process.argv.slice(2);
const { data, body } = splitFrontmatter(readFileSync(file, 'utf8'));
const tree = parseBody(body);
outlineDocument(tree);
const hast = unified()
  .use(remarkRehype, { allowDangerousHtml: true, passThrough: ['mdxJsxFlowElement', 'mdxJsxTextElement'] })
  .runSync(tree);
const html = unified()
  .use(rehypeStringify, { allowDangerousHtml: true })
  .stringify(hast as never);
const header = [data.title, data.subtitle]
  .filter(Boolean)
  .map((t) => `<h1>${t}</h1>`)
  .join('');
writeFileSync(out, `<html><body><main>${header}${html}</main></body></html>`);
console.log(`wrote ${out}`);
