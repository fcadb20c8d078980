/**
 * A case file's citation put together from the stand-in record's (src/lib/cite.ts,
 * formatCaseCitation) must be exactly the engine's own, in every style, for every title of the
 * record and for titles made to trip it; and the shortcut must really be taken for plain titles.
 */
import { describe, it, expect } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { caseItem, formatCaseCitation, formatCitation, citedFromStandIn, STYLES } from '../../src/lib/cite.ts';

const CASES = join(import.meta.dirname, '../../content/cases');
const realTitles = readdirSync(CASES)
  .filter((f) => f.endsWith('.mdx'))
  .map(
    (f) => (parse(/^---\n([\s\S]*?)\n---/.exec(readFileSync(join(CASES, f), 'utf8'))![1]) as { title: string }).title,
  );

const tricky = [
  'Kim’s case',
  "Kim's case",
  'A refugee who asked: “why?”',
  'Case ending with a question?',
  'Case ending with a period.',
  'lower-case first letter',
  'Mr. Park',
  'Two  spaces',
  'Double--hyphen',
  'Case (1995)',
  'Case — with a dash – and another',
  'Ünïcödé Çase Ærø',
  'Беженец в Хабаровске',
  '김정은 사건',
  'A & B',
  'x < y > z',
  'Title with <i>markup</i>',
  'ALL CAPITALS TITLE',
  'Title; with: punctuation, inside',
  'Title/with/slashes',
  'The 1990s: loggers of Chegdomyn',
];

const records = (title: string) => [
  caseItem({
    id: 'a-case',
    title,
    archive: 'North Koreans in Russia: the documented record',
    changed: '2026-11-24',
    url: 'https://archive.example.org/cases/a-case/',
  }),
  caseItem({
    id: 'b-case',
    title,
    archive: 'North Koreans in Russia: the documented record',
    changed: '2025-02-03',
    url: 'http://localhost:4321/sub/cases/b-case/',
  }),
];

describe('a case file cited from the stand-in record', () => {
  it('is the engine’s own citation, in every style, for every title of the record and every tricky one', () => {
    expect(realTitles.length).toBeGreaterThan(30);
    for (const title of [...realTitles, ...tricky]) {
      for (const item of records(title)) {
        for (const style of STYLES)
          expect(formatCaseCitation(item, style.id), `${style.id}: ${title}`).toEqual(formatCitation(item, style.id));
      }
    }
  });
  it('is taken for plain titles in every style, and not for titles the engine may change', () => {
    const [item] = records('North Korean refugee said to have been beaten by the PSS in the Ukraine');
    for (const style of STYLES) expect(citedFromStandIn(item, style.id), style.id).toBe(true);
    const plain = realTitles.filter((t) => STYLES.every((s) => citedFromStandIn(records(t)[0], s.id)));
    expect(plain.length).toBeGreaterThan(realTitles.length / 2);
    for (const title of [
      'Kim’s case',
      '“Jong Su”',
      'Mr. Park',
      'Case ending with a question?',
      'lower-case first letter',
      'A & B',
    ]) {
      for (const style of STYLES)
        expect(citedFromStandIn(records(title)[0], style.id), `${style.id}: ${title}`).toBe(false);
    }
  });
});
