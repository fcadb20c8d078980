/**
 * `npm run check-citations` runs the build's own checks (checkArchive) on the files as they are:
 * it finds the same problems, act sources and the documents' dated facts included.
 */
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT } from '../support/project.ts';

let content: string;
beforeAll(() => {
  content = join(mkdtempSync(join(tmpdir(), 'check-')), 'content');
  cpSync(join(ROOT, 'tests', 'fixtures', 'archive'), content, { recursive: true });
});
afterAll(() => rmSync(join(content, '..'), { recursive: true, force: true }));

const run = () => {
  const r = spawnSync(process.execPath, [join(ROOT, 'scripts', 'check-citations.ts')], {
    cwd: ROOT,
    env: { ...process.env, ARCHIVE_CONTENT: content },
    encoding: 'utf8',
  });
  return { status: r.status, out: r.stdout + r.stderr };
};
const edit = (file: string, from: string, to: string) => {
  const before = readFileSync(join(content, file), 'utf8');
  if (!before.includes(from)) throw new Error(`fixture edit did nothing in ${file}`);
  writeFileSync(join(content, file), before.replace(from, to));
};

describe('npm run check-citations', () => {
  it('passes the sound fixture archive', () => {
    const r = run();
    expect(r.out).toMatch(/all citations and references resolve/);
    expect(r.status).toBe(0);
  });

  it('finds a broken act source, a broken dated fact and an act outside the vocabulary, naming file and field', () => {
    edit(
      'cases/sample-worker.mdx',
      'attribution: reported, sources: ["sample-report#1-p1"]',
      'attribution: reported, sources: ["sample-report#1-p7"]',
    );
    edit('cases/sample-worker.mdx', 'act: forcible-return,', 'act: deportation,');
    edit('document-events.yaml', 'sources: ["sample-report#1-p1"]', 'sources: ["sample-report#9-p1"]');
    const r = run();
    expect(r.status).toBe(1);
    expect(r.out).toMatch(/sample-worker\.mdx: events\[0\]\.acts\[0\]\.sources\[0\]: .*no passage "1-p7"/);
    expect(r.out).toMatch(/sample-worker\.mdx: events\[0\]\.acts\[0\]\.act: "deportation" is not an act/);
    expect(r.out).toMatch(/document-events\.yaml: entry "sample-agreement": sources\[0\]: .*no passage "9-p1"/);
    expect(r.out).toMatch(/3 problem\(s\)/);
  });
});
