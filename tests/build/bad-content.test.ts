/**
 * Bad content stops the build with a message naming the file and the field. Each test builds
 * a small fixture archive (tests/fixtures/archive) in a temporary folder with one thing broken.
 */
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { mkdirSync, rmSync, readFileSync, writeFileSync, existsSync, readdirSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { astroBuild, astroBuildAsync, copyProject, ROOT } from '../support/project.ts';
import { serveDist } from '../support/server.ts';
import { launch } from '../support/browser.ts';

const WORK = join(ROOT, '.fixtures');
const FIXTURE = join(ROOT, 'tests', 'fixtures', 'archive');

/** A copy of the project with the fixture archive as its content, edited by `edit` (given the content folder). */
function project(name: string, edit: (content: string) => void) {
  const dir = copyProject(join(WORK, name), { content: FIXTURE });
  edit(join(dir, 'content'));
  return dir;
}
const replaceIn = (file: string, from: string | RegExp, to: string) => {
  const before = readFileSync(file, 'utf8');
  const after = before.replace(from, to);
  if (after === before) throw new Error(`fixture edit did nothing in ${file}`);
  writeFileSync(file, after);
};

beforeAll(() => mkdirSync(WORK, { recursive: true }));
afterAll(() => rmSync(WORK, { recursive: true, force: true }));

describe('the fixture archive', () => {
  it('builds as it is (so each failure below comes from the one thing broken)', () => {
    const dir = project('valid', () => {});
    const r = astroBuild(dir);
    expect(r.status, r.output.slice(-3000)).toBe(0);
    expect(existsSync(join(dir, 'dist', 'cases', 'sample-worker', 'index.html'))).toBe(true);
    // Names that begin like English words ("An", one of the commonest Korean surnames) are names.
    expect(readFileSync(join(dir, 'dist', 'cases', 'sample-worker', 'index.html'), 'utf8')).toMatch(
      /An Myong Chol[\s\S]*Han/,
    );
    expect(existsSync(join(dir, 'dist', 'pagefind', 'pagefind.js'))).toBe(true);
  });
});

describe('a moved address keeps working', () => {
  it('writes a page at each old address of content/redirects.yaml that names the new one and sends the reader on', async () => {
    const dist = join(WORK, 'valid', 'dist');
    for (const [from, to] of [
      ['cases/old-sample-worker', '/cases/sample-worker/'],
      ['documents/old-sample', '/documents/sample-report/#1-p1'],
    ]) {
      const html = readFileSync(join(dist, from, 'index.html'), 'utf8');
      expect(html, from).toContain(`<meta http-equiv="refresh" content="0; url=${to}">`);
      // An absolute address (a preview build's own, http://localhost:4321, unless SITE_URL is set).
      expect(html, from).toMatch(
        new RegExp(`<link rel="canonical" href="https?://[^"]+${to.replace(/[/#]/g, '\\$&')}"`),
      );
      expect(html, from).toContain('<meta name="robots" content="noindex">');
      expect(readFileSync(join(dist, 'sitemap.xml'), 'utf8'), from).not.toContain(from);
    }
    const server = await serveDist(dist);
    const browser = await launch();
    try {
      const page = await browser.newPage();
      await page.goto(`${server.url}/cases/old-sample-worker/`);
      await page.waitForURL(`${server.url}/cases/sample-worker/`);
      expect(await page.locator('h1').first().textContent()).toContain('Sample worker');
      await page.goto(`${server.url}/documents/old-sample/`);
      await page.waitForURL(`${server.url}/documents/sample-report/#1-p1`);
    } finally {
      await browser.close();
      await server.close();
    }
  });
});

const broken: [string, (c: string) => void, RegExp[]][] = [
  [
    'a missing frontmatter field',
    (c) => replaceIn(join(c, 'documents/sample-report.mdx'), /^title: .*\n/m, ''),
    [/sample-report/, /title/],
  ],
  [
    'a wrongly typed field',
    (c) => replaceIn(join(c, 'documents/sample-report.mdx'), 'date: "1996"', 'date: 1996'),
    [/sample-report/, /published\.date|date/],
  ],
  [
    'an unknown status',
    (c) => replaceIn(join(c, 'cases/sample-worker.mdx'), 'status: forcibly-returned', 'status: vanished'),
    [/sample-worker/, /status/, /forcibly-returned/],
  ],
  [
    'a malformed date',
    (c) => replaceIn(join(c, 'cases/sample-worker.mdx'), 'date: "1995"', 'date: "1995-13"'),
    [/sample-worker/, /events\.0\.date|events/, /month 13/],
  ],
  [
    'a reference to a missing place',
    (c) => replaceIn(join(c, 'cases/sample-worker.mdx'), 'places: [chegdomyn]', 'places: [atlantis]'),
    [/content\/cases\/sample-worker\.mdx/, /places\[0\]/, /atlantis/],
  ],
  [
    'a reference to a missing person',
    (c) => replaceIn(join(c, 'cases/sample-worker.mdx'), 'people: [sample-lawyer]', 'people: [nobody]'),
    [/sample-worker\.mdx/, /people\[0\]/, /nobody/],
  ],
  [
    'a reference to a missing organization',
    (c) => replaceIn(join(c, 'documents/sample-report.mdx'), 'publisher: sample-ngo', 'publisher: ghost-ngo'),
    [/sample-report\.mdx/, /publisher/, /ghost-ngo/],
  ],
  [
    'a reference to a missing document',
    (c) => replaceIn(join(c, 'cases/sample-worker.mdx'), 'source: sample-report }', 'source: lost-report }'),
    [/sample-worker\.mdx/, /names\[0\]\.source/, /lost-report/],
  ],
  [
    'a citation of a passage that does not exist',
    (c) =>
      replaceIn(
        join(c, 'cases/sample-worker.mdx'),
        'sources: ["sample-report#1-p1"]',
        'sources: ["sample-report#1-p9"]',
      ),
    [/sample-worker\.mdx/, /events\[0\]\.sources\[0\]/, /no passage "1-p9"/],
  ],
  [
    'a citation link in the narrative to a passage that does not exist',
    (c) => replaceIn(join(c, 'cases/sample-worker.mdx'), '(doc:sample-report#1-p1)', '(doc:sample-report#7-p1)'),
    [/sample-worker\.mdx/, /7-p1/],
  ],
  [
    'an act that is not in the vocabulary',
    (c) => replaceIn(join(c, 'cases/sample-worker.mdx'), 'act: forcible-return,', 'act: deportation,'),
    [/sample-worker\.mdx/, /events\[0\]\.acts\[0\]\.act/, /"deportation" is not an act in content\/acts\.yaml/],
  ],
  [
    'a perpetrator that is not an organization',
    (c) =>
      replaceIn(join(c, 'cases/sample-worker.mdx'), 'perpetrators: [sample-authorities]', 'perpetrators: [chegdomyn]'),
    [/sample-worker\.mdx/, /events\[0\]\.acts\[0\]\.perpetrators\[0\]/, /"chegdomyn" is not an organization/],
  ],
  [
    'an attribution outside the scale',
    (c) => replaceIn(join(c, 'cases/sample-worker.mdx'), 'attribution: reported', 'attribution: certain'),
    [/sample-worker/, /attribution/, /alleged, reported, established/],
  ],
  [
    'an act coded without a citation',
    (c) =>
      replaceIn(
        join(c, 'cases/sample-worker.mdx'),
        'attribution: reported, sources: ["sample-report#1-p1"]',
        'attribution: reported, sources: []',
      ),
    [/sample-worker/, /sources/, /at least one citation/],
  ],
  [
    'an event whose acts are not coded',
    (c) => replaceIn(join(c, 'cases/sample-worker.mdx'), /    acts:\n      - .*\n/, ''),
    [/sample-worker/, /acts/, /acts: \[\] where it records none/],
  ],
  [
    'HTML or JSX in a case narrative (case narratives are plain Markdown)',
    (c) =>
      writeFileSync(
        join(c, 'cases/sample-worker.mdx'),
        readFileSync(join(c, 'cases/sample-worker.mdx'), 'utf8') + '\nHe said <Quote>no</Quote>.\n',
      ),
    [/content\/cases\/sample-worker\.mdx:\d+/, /plain Markdown/],
  ],
  [
    'a dated fact of a document citing a passage that does not exist',
    (c) =>
      replaceIn(join(c, 'document-events.yaml'), 'sources: ["sample-report#1-p1"]', 'sources: ["sample-report#1-p9"]'),
    [/document-events\.yaml/, /sample-agreement/, /sources\[0\]/, /no passage "1-p9"/],
  ],
  [
    'a dated fact of a document of an unknown kind',
    (c) => replaceIn(join(c, 'document-events.yaml'), 'kind: agreement', 'kind: rumour'),
    [/document-events/, /kind/, /agreement, law, policy/],
  ],
  [
    'an approximate dated fact without a note',
    (c) => replaceIn(join(c, 'document-events.yaml'), 'certainty: exact', 'certainty: approximate'),
    [/document-events/, /note/, /needs a note/],
  ],
  [
    'a YAML syntax error in a case file, with its line',
    (c) => replaceIn(join(c, 'cases/sample-worker.mdx'), 'status: forcibly-returned', 'status: [forcibly-returned'),
    [/content\/cases\/sample-worker\.mdx:\d+/, /not valid YAML/],
  ],
  [
    'a correction about a case that does not exist',
    (c) =>
      writeFileSync(
        join(c, 'corrections.yaml'),
        '- id: fix-1\n  date: "2026-11-24"\n  about: cases/no-such-case\n  fields: [summary]\n  change: "x"\n  why: "y"\n',
      ),
    [/corrections\.yaml/, /fix-1/, /about/, /no-such-case/],
  ],
  [
    'a correction with an impossible date',
    (c) =>
      writeFileSync(
        join(c, 'corrections.yaml'),
        '- id: fix-1\n  date: "2026-02-30"\n  about: cases/sample-worker\n  fields: [summary]\n  change: "x"\n  why: "y"\n',
      ),
    [/fix-1|corrections/, /date/],
  ],
  [
    'a year picked inside a period the source gives (late 1980s entered as 1987)',
    (c) =>
      replaceIn(
        join(c, 'cases/sample-worker.mdx'),
        'date: "1995"\n    certainty: exact',
        'date: "1987"\n    certainty: approximate\n    note: "The report says “in the late 1980s”."',
      ),
    [/sample-worker/, /late-1980s/],
  ],
  [
    'two entries with the same id',
    (c) =>
      writeFileSync(
        join(c, 'places.yaml'),
        readFileSync(join(c, 'places.yaml'), 'utf8') +
          '- id: chegdomyn\n  name: Chegdomyn again\n  kind: town\n  coordinates: [51, 133]\n',
      ),
    [/places\.yaml/, /entry 2/, /"chegdomyn" is already used/],
  ],
  [
    'an MDX syntax error in a document (an unclosed element), with its file',
    (c) =>
      writeFileSync(
        join(c, 'documents/sample-report.mdx'),
        readFileSync(join(c, 'documents/sample-report.mdx'), 'utf8') + '\nA paragraph <span>never closed.\n',
      ),
    [/documents\/sample-report\.mdx:\d+/, /closing tag/],
  ],
  [
    'a place with no coordinates and no reason why',
    (c) => replaceIn(join(c, 'places.yaml'), '  coordinates: [51.12, 133.02]\n', ''),
    [/places\.yaml/, /chegdomyn/, /coordinates/, /noCoordinates/],
  ],
  [
    'a placeholder point shown as data',
    (c) =>
      replaceIn(
        join(c, 'places.yaml'),
        '  coordinates: [51.12, 133.02]\n',
        '  coordinates: [51.12, 133.02]\n  note: "The coordinates are a placeholder in the region."\n',
      ),
    [/places\.yaml/, /chegdomyn/, /coordinates/, /placeholder/],
  ],
  [
    'a description listed as a name the source uses',
    (c) =>
      replaceIn(
        join(c, 'cases/sample-worker.mdx'),
        '  - { name: "An Myong Chol", source: sample-report }',
        '  - { name: "An Myong Chol", source: sample-report }\n  - { name: "Unnamed worker from the site", source: sample-report }',
      ),
    [/sample-worker/, /names/, /Move it to descriptions/],
  ],
  [
    'a name whose note says the source does not name the person',
    (c) =>
      replaceIn(
        join(c, 'cases/sample-worker.mdx'),
        '  - { name: "An Myong Chol", source: sample-report }',
        '  - { name: "An Myong Chol", source: sample-report }\n  - { name: "The Logger", source: sample-report, note: "The report does not name him." }',
      ),
    [/sample-worker/, /names/, /The Logger/, /Move it to descriptions/],
  ],
  [
    'a paragraph inserted before published passages (their ids would shift)',
    (c) =>
      replaceIn(
        join(c, 'documents/sample-report.mdx'),
        '## 1 Introduction\n\n',
        '## 1 Introduction\n\nA new opening paragraph, added later by an editor.\n\n',
      ),
    [/documents\/sample-report\.mdx/, /passage "1-p1" was published as “in 1995 a worker left/, /shifts the ids/],
  ],
  [
    'a published passage removed',
    (c) => replaceIn(join(c, 'documents/sample-report.mdx'), 'He was returned in 1996.', ''),
    [/documents\/sample-report\.mdx/, /passage "2-p1" was published and no longer exists/],
  ],
  [
    'a redirect to an address that has itself moved',
    (c) =>
      writeFileSync(
        join(c, 'redirects.yaml'),
        readFileSync(join(c, 'redirects.yaml'), 'utf8') +
          '- id: chain\n  from: /cases/older-sample-worker/\n  to: /cases/old-sample-worker/\n  date: "2026-12-01"\n  why: "x"\n',
      ),
    [/redirects\.yaml/, /chain/, /to:/, /has itself moved/],
  ],
  [
    'a contact address that is not an e-mail address (content/site.yaml)',
    (c) => replaceIn(join(c, 'site.yaml'), 'email: ""', 'email: "editors at example"'),
    [/content\/site\.yaml: contact\.email: email must be an e-mail address/],
  ],
  [
    'a map panel whose extent lacks a side (content/map.yaml)',
    (c) => replaceIn(join(c, 'map.yaml'), /extent: \{ west: [\d.]+, /, 'extent: { '),
    [/content\/map\.yaml: panels\[0\]\.extent\.west: west is required/],
  ],
  [
    'two case files with the same slug',
    (c) => writeFileSync(join(c, 'cases/Sample-Worker.mdx'), readFileSync(join(c, 'cases/sample-worker.mdx'), 'utf8')),
    [/sample-worker/i, /already used/],
  ],
];

// Two builds at a time (two cores): each is mostly starting up and stopping at the bad file.
let running = 0;
const waiting: (() => void)[] = [];
async function twoAtATime<T>(work: () => Promise<T>): Promise<T> {
  if (running >= 2) await new Promise<void>((go) => waiting.push(go));
  running++;
  try {
    return await work();
  } finally {
    running--;
    waiting.shift()?.();
  }
}

describe.concurrent('bad content stops the build, naming file and field', () => {
  for (const [what, edit, expected] of broken) {
    it(
      what,
      async ({ expect }) => {
        const r = await twoAtATime(() => astroBuildAsync(project(what.replace(/\W+/g, '-'), edit)));
        expect(r.status, r.output.slice(-2000)).not.toBe(0);
        for (const re of expected) expect(r.output, `expected ${re} in:\n${r.output.slice(-2500)}`).toMatch(re);
      },
      120_000,
    );
  }
});

describe('a failed build never loses work', () => {
  it('npm run build that fails leaves the previous site in its folder as it was', () => {
    const dir = project('failed-build-keeps-site', (c) =>
      replaceIn(join(c, 'cases/sample-worker.mdx'), 'status: forcibly-returned', 'status: vanished'),
    );
    const out = join(dir, 'previous-site');
    mkdirSync(out, { recursive: true });
    writeFileSync(join(out, 'index.html'), '<p>the site before</p>');
    const r = spawnSync(process.execPath, [join(ROOT, 'scripts', 'build.mjs'), '--outDir', out], {
      cwd: dir,
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
      env: { ...process.env, ARCHIVE_CONTENT: join(dir, 'content'), ASTRO_TELEMETRY_DISABLED: '1' },
    });
    expect(r.status).not.toBe(0);
    expect(readFileSync(join(out, 'index.html'), 'utf8')).toBe('<p>the site before</p>');
    expect(readdirSync(dir).filter((f) => f.includes('.building-'))).toEqual([]);
  });
});
