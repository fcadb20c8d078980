/** The marks of a document's reading page, run on a fixture of rendered text (input HTML → output HTML). */
import { describe, it, expect } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { markPassages, type PassageMarkOptions } from '../../src/lib/passage-marks.ts';
import { ROOT } from '../support/project.ts';

const fixture = (name: string) => readFileSync(join(ROOT, 'tests', 'fixtures', 'html', name), 'utf8');

const options: PassageMarkOptions = {
  counts: new Map([
    ['1-p1', 2],
    ['1-1-p1', 1],
    ['user-content-fn-1', 3],
  ]),
  citedBy: (passage) => `/documents/sample/cited/#${passage}`,
  citations: {
    head: '',
    link: '',
    tail: '',
    own: new Map([
      ['1-introduction', 's 1'],
      ['1-p1', 's 1, para 1'],
      ['1-p2', 's 1, para "2" & <3>'],
    ]),
  },
};

describe('markPassages', () => {
  it('gives sections and paragraphs their share of the citation and cited paragraphs a link to the cases', () => {
    expect(markPassages(fixture('passage-marks.input.html'), options)).toBe(fixture('passage-marks.output.html'));
  });
  it('keeps every other byte of the text as rendered (entities, quotes, bare attributes)', () => {
    const html = fixture('passage-marks.input.html');
    expect(
      markPassages(html, { ...options, counts: new Map(), citations: { ...options.citations, own: new Map() } }),
    ).toBe(html);
  });
});
