/**
 * A fact taken from a footnote cites the passage that carries the footnote and says which
 * footnote it is ("footnote 12"), so a reader can find it in a printed copy. Checked on the
 * plain content files: every paragraph of a case's account, and every text of its frontmatter,
 * that speaks of a footnote names its number, and each numbered footnote is carried by one of
 * the passages that paragraph or event cites.
 */
import { describe, it, expect } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { visit } from 'unist-util-visit';
import { splitFrontmatter, parseBody } from '../../src/lib/parse-document.ts';
import { outlineDocument } from '../../src/lib/passages.ts';
import { ROOT } from '../support/project.ts';

const content = join(ROOT, 'content');

/** "<document>#<passage id>" → numbers of the footnotes whose references stand in that passage. */
function footnotesByPassage(): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>();
  for (const f of readdirSync(join(content, 'documents')).filter((n) => n.endsWith('.mdx'))) {
    const tree = parseBody(splitFrontmatter(readFileSync(join(content, 'documents', f), 'utf8')).body);
    outlineDocument(tree);
    visit(tree, (node: any) => {
      const id = node.data?.hProperties?.id;
      if (!id || !node.data?.hProperties?.dataPassage) return;
      const refs = new Set<string>();
      visit(node, 'footnoteReference', (r: any) => {
        refs.add(String(r.identifier));
      });
      out.set(`${f.replace(/\.mdx$/, '')}#${id}`, refs);
    });
  }
  return out;
}

/** Every piece of a case that states something, with the citations it rests on. */
function statements(file: string): { where: string; text: string; cites: string[] }[] {
  const { data, body } = splitFrontmatter(readFileSync(join(content, 'cases', file), 'utf8'));
  const out: { where: string; text: string; cites: string[] }[] = [];
  const status = [...((data.statusSources as string[]) ?? [])];
  out.push({ where: 'summary', text: String(data.summary ?? ''), cites: status });
  out.push({ where: 'statusAsOf.note', text: String((data.statusAsOf as any)?.note ?? ''), cites: status });
  for (const n of (data.names as any[]) ?? [])
    out.push({ where: `names “${n.name}”`, text: `${n.name} ${n.note ?? ''}`, cites: status });
  ((data.events as any[]) ?? []).forEach((e, i) => {
    const sources = (e.sources as string[]) ?? [];
    out.push({ where: `event ${i + 1}`, text: `${e.text} ${e.note ?? ''}`, cites: sources });
    for (const a of (e.acts as any[]) ?? [])
      out.push({ where: `event ${i + 1} ${a.act}`, text: String(a.note ?? ''), cites: a.sources ?? sources });
  });
  body.split(/\n\s*\n/).forEach((para, i) => {
    out.push({
      where: `paragraph ${i + 1}`,
      text: para,
      cites: [...para.matchAll(/\]\(doc:([^)\s]+)\)/g)].map((m) => m[1]),
    });
  });
  return out;
}

describe('facts from footnotes', () => {
  const carried = footnotesByPassage();
  const files = readdirSync(join(content, 'cases'))
    .filter((f) => f.endsWith('.mdx'))
    .sort();

  it('reads the footnotes of the documents', () => {
    expect([...carried.get('amnesty-1996#3-2-p6')!]).toEqual(['22']);
    expect([...carried.get('amnesty-1996#3-3-2-p7')!]).toEqual(['25', '26']);
  });

  it('name the footnote by its number wherever a case speaks of one', () => {
    const unnumbered: string[] = [];
    for (const f of files) {
      for (const s of statements(f)) {
        if (/\bfootnotes?\b/i.test(s.text) && !/\bfootnotes? \d+/i.test(s.text)) unnumbered.push(`${f} ${s.where}`);
      }
    }
    expect(unnumbered).toEqual([]);
  });

  it('cite a passage that carries the footnote they name', () => {
    const wrong: string[] = [];
    for (const f of files) {
      for (const s of statements(f)) {
        const numbers = [...s.text.matchAll(/\bfootnotes? (\d+)(?: and (\d+))?/gi)].flatMap((m) =>
          [m[1], m[2]].filter(Boolean),
        );
        for (const n of numbers) {
          if (!s.cites.some((c) => carried.get(c)?.has(n)))
            wrong.push(`${f} ${s.where}: footnote ${n} not in ${s.cites.join(', ') || 'no citation'}`);
        }
      }
    }
    expect(wrong).toEqual([]);
  });
});
