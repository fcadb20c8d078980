import { describe, it, expect } from 'vitest';
import { outlineSource } from '../../src/lib/parse-document.ts';
import { parseHeading } from '../../src/lib/passages.ts';
import { slug } from '../../src/lib/slug.ts';
import { openingWords, shiftedPassages } from '../../src/lib/published-passages.ts';

describe('slug', () => {
  it('drops accents, quotes and apostrophes; dashes everything else', () => {
    expect(slug('Amnesty International’s position on North Korean refugees')).toBe(
      'amnesty-internationals-position-on-north-korean-refugees',
    );
    expect(slug('Allegations of repercussions against relatives of North Korean “defectors”')).toBe(
      'allegations-of-repercussions-against-relatives-of-north-korean-defectors',
    );
    expect(slug('  Ärger — Café!  ')).toBe('arger-cafe');
  });
});

describe('parseHeading', () => {
  it('reads section numbers and appendices, and leaves other headings unnumbered', () => {
    expect(parseHeading('3.3.2 Violations by the Russian authorities')).toEqual({
      number: '3.3.2',
      prefix: '3-3-2',
      title: 'Violations by the Russian authorities',
    });
    expect(parseHeading('1. Introduction')).toMatchObject({ number: '1', prefix: '1' });
    expect(parseHeading('Appendix 1 - Statement by North Korean refugees')).toMatchObject({
      number: 'Appendix 1',
      prefix: 'appendix-1',
      title: 'Statement by North Korean refugees',
    });
    expect(parseHeading('220302 NEWS POST SEVEN').number).toBeNull();
    expect(parseHeading('Forcible Return').number).toBeNull();
  });
});

describe('section and passage ids', () => {
  const doc = `---
title: T
---
## 1 Introduction

First.[^1]

Second.

[^1]: A note, which is not a passage.

### 1.1 Background, in brief

> A quotation.

- item one
- item two

#### Forcible Return

After a sub-heading the count goes on.

## Appendix 1 - Statement

1. Appeal.
`;
  const { sections, passages } = outlineSource(doc);

  it('numbers passages within their numbered section', () => {
    expect(passages.map((p) => p.id)).toEqual([
      '1-p1',
      '1-p2',
      '1-1-p1',
      '1-1-p2',
      '1-1-p3',
      '1-1-p4',
      'appendix-1-p1',
    ]);
    expect(passages.map((p) => p.label)).toEqual([
      '1 ¶1',
      '1 ¶2',
      '1.1 ¶1',
      '1.1 ¶2',
      '1.1 ¶3',
      '1.1 ¶4',
      'Appendix 1 ¶1',
    ]);
    expect(passages[0].text).toBe('First.');
    expect(passages[2].kind).toBe('quotation');
    expect(passages[3].kind).toBe('list item');
  });

  it('gives sections ids that begin with their number', () => {
    expect(sections.map((s) => s.id)).toEqual([
      '1-introduction',
      '1-1-background-in-brief',
      'forcible-return',
      'appendix-1-statement',
    ]);
  });

  it('counts through the whole document when it has no numbered sections', () => {
    const flat = outlineSource('One.\n\n## A heading\n\nTwo.\n\n## A heading\n\nThree.\n');
    expect(flat.passages.map((p) => p.id)).toEqual(['p1', 'p2', 'p3']);
    expect(flat.sections.map((s) => s.id)).toEqual(['a-heading', 'a-heading-2']);
  });

  it('does not count JSX blocks (a photo caption) as passages', () => {
    const withFigure = outlineSource('<figure>\n  <figcaption>\n    Caption\n  </figcaption>\n</figure>\n\nText.\n');
    expect(withFigure.passages.map((p) => [p.id, p.text])).toEqual([['p1', 'Text.']]);
  });
});

describe('published passages', () => {
  const published = {
    doc: {
      p1: openingWords('In 1995 a worker left a logging site near Chegdomyn.'),
      p2: openingWords('He was returned in 1996.'),
    },
  };
  it('accepts the same text, and a corrected word', () => {
    expect(
      shiftedPassages(
        'd.mdx',
        'doc',
        [
          { id: 'p1', text: 'In 1995 a worker left a logging site near Chegdomyn.' },
          { id: 'p2', text: 'He was returned in 1996.' },
        ],
        published,
      ),
    ).toEqual([]);
    expect(
      shiftedPassages(
        'd.mdx',
        'doc',
        [
          { id: 'p1', text: 'In 1995 a worker left the logging site near Chegdomyn.' },
          { id: 'p2', text: 'He was returned in 1996.' },
          { id: 'p3', text: 'New.' },
        ],
        published,
      ),
    ).toEqual([]);
  });
  it('refuses an id that moved to other words or disappeared, naming file and id', () => {
    const shifted = shiftedPassages(
      'd.mdx',
      'doc',
      [
        { id: 'p1', text: 'A new paragraph.' },
        { id: 'p2', text: 'In 1995 a worker left a logging site near Chegdomyn.' },
      ],
      published,
    );
    expect(shifted).toHaveLength(2);
    expect(shifted[0]).toMatch(/^d\.mdx: passage "p1" was published as “in 1995/);
    expect(
      shiftedPassages(
        'd.mdx',
        'doc',
        [{ id: 'p1', text: 'In 1995 a worker left a logging site near Chegdomyn.' }],
        published,
      )[0],
    ).toMatch(/"p2" was published and no longer exists/);
  });
  it('ignores documents never published', () => {
    expect(shiftedPassages('e.mdx', 'other', [{ id: 'p1', text: 'x' }], published)).toEqual([]);
  });
});
