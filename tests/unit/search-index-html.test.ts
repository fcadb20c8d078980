/** What the search indexer is given of a page, run on a fixture page (input HTML → output HTML). */
import { describe, it, expect } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { htmlForSearchIndex } from '../../src/lib/search-index-html.ts';
import { ROOT } from '../support/project.ts';

const fixture = (name: string) => readFileSync(join(ROOT, 'tests', 'fixtures', 'html', name), 'utf8');

describe('htmlForSearchIndex', () => {
  it('takes out the ids of blocks, keeps those of headings and inline elements, and leaves values and text alone', () => {
    expect(htmlForSearchIndex(fixture('search-index.input.html'))).toBe(fixture('search-index.output.html'));
  });
});
