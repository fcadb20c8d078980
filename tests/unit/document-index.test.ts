/** The build's one citation index (src/lib/document-index.ts), read from the documents on disk and checked. */
import { describe, it, expect, afterEach } from 'vitest';
import { mkdtempSync, mkdirSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadCitationIndex } from '../../src/lib/document-index.ts';

const document = (frontmatter: string) => `---\n${frontmatter}\n---\n\n## 1 Introduction\n\nA paragraph.\n`;

/** A documents folder of its own per test. */
function contentFolder(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'document-index-'));
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(join(dir, path, '..'), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  return dir;
}

const made: string[] = [];
afterEach(() => {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe('loadCitationIndex', () => {
  it('is one index for every reader of the same documents under the same base, however the base is written', () => {
    const dir = contentFolder({ 'documents/sample.mdx': document('title: " Sample "\nciteAs: Sample 1996') });
    made.push(dir);
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
    made.push(dir);
    expect(() => loadCitationIndex(join(dir, 'documents'))).toThrow(/documents\/untitled\.mdx: title: /);
  });
});
