/** The build's one citation index (src/lib/document-index.ts), read from the documents on disk and checked. */
import { describe, it, expect, afterEach } from 'vitest';
import { join } from 'node:path';
import { contentFolder, removeFolders } from '../support/content.ts';
import { loadCitationIndex } from '../../src/lib/document-index.ts';

const document = (frontmatter: string) => `---\n${frontmatter}\n---\n\n## 1 Introduction\n\nA paragraph.\n`;

afterEach(() => {
  removeFolders();
});

describe('loadCitationIndex', () => {
  it('is one index for every reader of the same documents under the same base, however the base is written', () => {
    const dir = contentFolder({ 'documents/sample.mdx': document('title: " Sample "\nciteAs: Sample 1996') });
    const index = loadCitationIndex(join(dir, 'documents'), '/archive');
    expect(loadCitationIndex(join(dir, 'documents'), '/archive/')).toBe(index);
    const cited = index.resolve('sample#1-p1');
    expect(cited.href).toBe('/archive/documents/sample/#1-p1');
    // Titles as the documents' schema gives them: trimmed.
    expect(cited.document.title).toBe('Sample');
    expect(cited.label).toBe('Sample 1996, 1 ¶1');
  });
  it('refuses a document without the fields a citation shows, naming the file and the field', () => {
    const dir = contentFolder({ 'documents/untitled.mdx': document('citeAs: Untitled 2020') });
    expect(() => loadCitationIndex(join(dir, 'documents'))).toThrow(/documents\/untitled\.mdx: title: /);
  });
});
