import { readFileSync, readdirSync } from 'node:fs';
import { parse } from 'yaml';
import { outlineSource } from '/work/wt/acts/src/lib/parse-document.ts';
const root = '/work/wt/acts/content';
const passages = new Map<string,string>();
for (const f of readdirSync(root + '/documents')) {
  const id = f.replace(/\.mdx$/, '');
  for (const p of outlineSource(readFileSync(`${root}/documents/${f}`, 'utf8'), true).passages) passages.set(`${id}#${p.id}`, p.text);
}
const seen = new Set<string>();
for (const f of readdirSync(root + '/cases').filter(f => !process.argv[2] || f.startsWith(process.argv[2]))) {
  const src = readFileSync(`${root}/cases/${f}`, 'utf8');
  const fm = parse(src.split(/^---$/m)[1]);
  console.log(`\n######## ${f}  status=${fm.status}  orgs=${fm.organizations}`);
  fm.events.forEach((e: any, i: number) => {
    console.log(`\n[${i}] ${e.date} ${e.place ?? ''}: ${e.text}`);
    for (const s of e.sources) {
      const t = passages.get(s);
      console.log(`   - ${s}: ${seen.has(s) ? '(seen) ' + t?.slice(0, 80) : t}`);
      seen.add(s);
    }
  });
}
