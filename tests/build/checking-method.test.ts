/** The About page states how the record is checked (issue 7): a section of its own, in plain words. */
import { describe, it, expect } from 'vitest';
import { parse, all, text } from '../support/html.ts';
import { page } from '../support/project.ts';

describe('the method on the About page', () => {
  it('has a section “How the record is checked” saying what the second reading checks and that corrections are public', () => {
    const tree = parse(page('about/index.html'));
    const heading = all(tree, 'h2').find((h) => text(h) === 'How the record is checked');
    expect(heading, 'an h2 “How the record is checked”').toBeTruthy();
    const body = text(tree);
    const section = body.slice(body.indexOf('How the record is checked'));
    for (const words of [
      'second reader',
      'hedge',
      'date',
      'citation',
      'pseudonym',
      'footnote',
      'corrected',
      'publicly',
    ]) {
      expect(section, words).toContain(words);
    }
    const link = all(tree, 'main a').find((a) => text(a) === 'list of corrections');
    expect(link?.properties?.href, 'a link to the corrections log').toMatch(/\/corrections\/$/);
  });
});
