// Lists the section and passage ids of a document: npm run passages -- content/documents/x.mdx
import { readFileSync } from 'node:fs';
import { outlineSource } from '../src/lib/parse-document.ts';

for (const file of process.argv.slice(2)) {
  const { sections, passages } = outlineSource(readFileSync(file, 'utf8'), file.endsWith('.mdx'));
  console.log(`# ${file}`);
  for (const s of sections) console.log(`§ ${s.id}`);
  for (const p of passages) console.log(`${p.id.padEnd(14)} ${p.text.slice(0, 100)}`);
}
