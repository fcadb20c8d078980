/**
 * The record in numbers (/record/), the act and perpetrator pages and the data files, checked
 * against the content files themselves (read here with the YAML parser, not through the site's
 * code): every count, every link, every event coded.
 */
import { describe, it, expect } from 'vitest';
import { decadeOf } from '../../src/lib/dates.ts';
import { inEventOrder } from '../../src/lib/timeline.ts';
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { parse as yaml } from 'yaml';
import { ROOT, DIST } from '../support/project.ts';
import { parse, all, one, text, attr } from '../support/html.ts';

interface Coding {
  act: string;
  perpetrators: string[];
  attribution: string;
  sources: string[];
  note?: string;
}
interface Event {
  date: string;
  acts?: Coding[];
}
const content = join(ROOT, 'content');
const cases = readdirSync(join(content, 'cases'))
  .filter((f) => f.endsWith('.mdx'))
  .map((f) => {
    const fm = yaml(readFileSync(join(content, 'cases', f), 'utf8').split(/^---$/m)[1]) as {
      title: string;
      events: Event[];
    };
    return { id: f.replace(/\.mdx$/, ''), title: fm.title, events: fm.events };
  });
const acts = yaml(readFileSync(join(content, 'acts.yaml'), 'utf8')) as { id: string; name: string }[];
const orgs = yaml(readFileSync(join(content, 'organizations.yaml'), 'utf8')) as {
  id: string;
  name: string;
  parent?: string;
}[];
const parentOf = (id: string) => orgs.find((o) => o.id === id)?.parent;
const within = (id: string) => {
  const out = [id];
  let p = parentOf(id);
  while (p && !out.includes(p)) {
    out.push(p);
    p = parentOf(p);
  }
  return out;
};

/** Every coded act, flat, with its event key. */
const coded = cases.flatMap((c) =>
  inEventOrder(c.events).flatMap((e, i) =>
    (e.acts ?? []).map((a) => ({
      case: c.id,
      title: c.title,
      key: `${c.id}/${i + 1}`,
      decade: decadeOf(e.date),
      ...a,
      within: new Set(a.perpetrators.flatMap(within)),
    })),
  ),
);
const count = (list: typeof coded) => ({
  events: new Set(list.map((c) => c.key)).size,
  cases: new Set(list.map((c) => c.case)).size,
});

const page = (path: string) => parse(readFileSync(join(DIST, path, 'index.html'), 'utf8'));
const record = page('record');
/** The table whose caption starts with `caption`, as rows of cells' text and links. */
function table(caption: string) {
  const t = all(record, 'table').find((x) => text(one(x, 'caption')!).startsWith(caption));
  if (!t) throw new Error(`no table "${caption}" on /record/`);
  const head = all(t, 'thead th').map(text);
  const rows = all(t, 'tbody tr').map((tr) => ({
    name: text(one(tr, 'th')!),
    cells: all(tr, 'td').map((td) => ({
      value: Number(text(td)),
      href: one(td, 'a') ? attr(one(td, 'a')!, 'href') : undefined,
    })),
  }));
  return { head, rows };
}

describe('every event is coded', () => {
  it('has an acts list on every event of every case file, empty where it records no act', () => {
    const missing = cases.flatMap((c) =>
      c.events.map((e, i) => (Array.isArray(e.acts) ? null : `${c.id} events[${i}]`)).filter(Boolean),
    );
    expect(missing).toEqual([]);
    expect(coded.length).toBeGreaterThan(0);
  });
  it('rests every act on at least one citation, with an attribution on the scale', () => {
    for (const c of coded) {
      expect(c.sources.length, c.key).toBeGreaterThan(0);
      expect(['alleged', 'reported', 'established']).toContain(c.attribution);
    }
  });
});

describe('/record/ counts match the content', () => {
  it('counts events and cases per act, each number linking to its events', () => {
    const t = table('Events and cases by act');
    expect(t.rows.map((r) => r.name)).toEqual(acts.map((a) => a.name));
    for (const [i, a] of acts.entries()) {
      const n = count(coded.filter((c) => c.act === a.id));
      expect(
        t.rows[i].cells.map((c) => c.value),
        a.id,
      ).toEqual([n.events, n.cases]);
      if (n.events > 0) {
        expect(t.rows[i].cells[0].href).toBe(`/acts/${a.id}/`);
        expect(t.rows[i].cells[1].href).toBe(`/cases/act/${a.id}/`);
        // The act's lists by decade hold exactly those events; the case list exactly those cases.
        const decades = [...new Set(coded.filter((c) => c.act === a.id).map((c) => c.decade))];
        expect(
          decades.reduce((k, d) => k + all(page(`acts/${a.id}/${d}`), '.coded-acts > li').length, 0),
          a.id,
        ).toBe(n.events);
        expect(all(page(`cases/act/${a.id}`), '.case-table tbody tr').length, a.id).toBe(n.cases);
      }
    }
  });
  it('counts events per perpetrator and act, bodies counted under the authorities they belong to', () => {
    const t = table('Events by perpetrator and act');
    const used = acts.filter((a) => coded.some((c) => c.act === a.id));
    expect(t.head.slice(2)).toEqual(used.map((a) => a.name));
    const ids = [...new Set(coded.flatMap((c) => [...c.within]))];
    expect(t.rows.length).toBe(ids.length + 1);
    for (const id of ids) {
      const name = orgs.find((o) => o.id === id)!.name;
      const row = t.rows.find((r) => r.name === name)!;
      expect(row, name).toBeDefined();
      const mine = coded.filter((c) => c.within.has(id));
      expect(row.cells[0].value, name).toBe(count(mine).events);
      used.forEach((a, k) => {
        const n = count(mine.filter((c) => c.act === a.id)).events;
        expect(row.cells[k + 1].value, `${name} × ${a.id}`).toBe(n);
        expect(row.cells[k + 1].href, `${name} × ${a.id}`).toBe(n > 0 ? `/perpetrators/${id}/${a.id}/` : undefined);
        if (n > 0)
          expect(all(page(`perpetrators/${id}/${a.id}`), '.coded-acts > li').length, `${name} × ${a.id}`).toBe(n);
      });
    }
    const unnamed = t.rows.at(-1)!;
    expect(unnamed.name).toBe('Not named in the source');
    expect(unnamed.cells[0].value).toBe(count(coded.filter((c) => c.perpetrators.length === 0)).events);
  });
  it('counts events per decade and act', () => {
    const t = table('Events by decade and act');
    for (const row of t.rows) {
      const mine = coded.filter((c) => c.decade === row.name);
      expect(row.cells[0].value, row.name).toBe(count(mine).events);
      if (mine.length) expect(row.cells[0].href).toBe(`/record/${row.name}/`);
    }
    expect(t.rows.reduce((n, r) => n + r.cells[0].value, 0)).toBe(count(coded).events);
  });
  it('draws each chart as an SVG with a title and a description, its bars linking where the tables do, without script', () => {
    const svgs = all(record, 'figure.bar-chart svg');
    expect(svgs.length).toBe(3);
    for (const svg of svgs) {
      expect(text(one(svg, 'title')!).length).toBeGreaterThan(0);
      expect(text(one(svg, 'desc')!).length).toBeGreaterThan(0);
    }
    const actBars = all(svgs[0], 'a').map((a) => attr(a, 'href'));
    expect(actBars).toEqual(acts.filter((a) => coded.some((c) => c.act === a.id)).map((a) => `/acts/${a.id}/`));
    expect(all(record, 'script').filter((s) => !attr(s, 'type')?.includes('json'))).toEqual([]);
  });
  it('leads from every number to a page that exists, and to an anchor that exists', () => {
    for (const a of all(record, 'main a[href^="/"]')) {
      const [path, hash] = attr(a, 'href')!.split('#');
      const file = join(DIST, path, path.endsWith('/') ? 'index.html' : '');
      expect(existsSync(file), path).toBe(true);
      if (hash && path.endsWith('/'))
        expect(one(parse(readFileSync(file, 'utf8')), `[id="${hash}"]`), `${path}#${hash}`).toBeDefined();
    }
  });
});

describe('forcible return by the Russian authorities, and on what evidence', () => {
  it('lists on /perpetrators/russian-authorities/forcible-return/ every case the content codes so, with its passages linked', () => {
    const expected = coded.filter((c) => c.act === 'forcible-return' && c.within.has('russian-authorities'));
    expect(expected.length).toBeGreaterThan(0);
    const items = all(page('perpetrators/russian-authorities/forcible-return'), '.coded-acts > li');
    expect(items.length).toBe(count(expected).events);
    const shownCases = items.map((li) => attr(one(li, '.coded-head a')!, 'href'));
    expect(new Set(shownCases)).toEqual(new Set(expected.map((c) => `/cases/${c.case}/`)));
    // A run of passages is one link to its first, named for the run (“3.3.2 ¶¶ 10–11”): it covers each of them.
    const evidence = items.flatMap((li) =>
      all(li, 'a.citation').flatMap((a) => {
        const href = attr(a, 'href')!;
        const run = /^(.*-p)(\d+)$/.exec(href);
        const upTo = /¶¶ \d+–(\d+)$/.exec(attr(a, 'ariaLabel') ?? '');
        if (!run || !upTo) return [href];
        return Array.from({ length: Number(upTo[1]) - Number(run[2]) + 1 }, (_, i) => `${run[1]}${Number(run[2]) + i}`);
      }),
    );
    for (const c of expected)
      for (const s of c.sources) expect(evidence).toContain(`/documents/${s.replace('#', '/#')}`);
  });
});

describe('the data files carry the coding', () => {
  it('has one row per coded act in event-acts.json and .csv, and the acts of each event in events.json', () => {
    const rows = JSON.parse(readFileSync(join(DIST, 'data/event-acts.json'), 'utf8')) as {
      case: string;
      n: number;
      act: string;
      perpetrators: string[];
      attribution: string;
      sources: string[];
    }[];
    expect(rows.length).toBe(coded.length);
    expect(rows.map((r) => `${r.case}/${r.n}/${r.act}/${r.attribution}/${r.perpetrators.join('+')}`).sort()).toEqual(
      coded.map((c) => `${c.key}/${c.act}/${c.attribution}/${c.perpetrators.join('+')}`).sort(),
    );
    const csv = readFileSync(join(DIST, 'data/event-acts.csv'), 'utf8')
      .replace(/^\uFEFF/, '')
      .trim()
      .split(/\r\n(?=[a-z0-9-]+,\d+,)/);
    expect(csv[0].split(',').slice(0, 5)).toEqual(['case', 'n', 'date', 'decade', 'act']);
    expect(csv.length - 1).toBe(coded.length);
    const events = JSON.parse(readFileSync(join(DIST, 'data/events.json'), 'utf8')) as { acts: string[] }[];
    expect(events.every((e) => Array.isArray(e.acts))).toBe(true);
    expect(events.reduce((n, e) => n + e.acts.length, 0)).toBe(coded.length);
    const vocabulary = JSON.parse(readFileSync(join(DIST, 'data/acts.json'), 'utf8')) as { id: string }[];
    expect(vocabulary.map((a) => a.id)).toEqual(acts.map((a) => a.id));
  });
  it('describes every field of the files on /data/', () => {
    const data = page('data');
    const described = (caption: string) =>
      all(
        all(data, 'table').find((t) => text(one(t, 'caption')!) === caption)!,
        'tbody code',
      ).map(text);
    const rows = JSON.parse(readFileSync(join(DIST, 'data/event-acts.json'), 'utf8')) as Record<string, unknown>[];
    expect(described('Fields of an act recorded by an event')).toEqual(Object.keys(rows[0]));
    const vocabulary = JSON.parse(readFileSync(join(DIST, 'data/acts.json'), 'utf8')) as Record<string, unknown>[];
    expect(described('Fields of an act')).toEqual(Object.keys(vocabulary[0]));
    expect(described('Fields of an event')).toContain('acts');
    // The same dictionary as a data file, for use beside the data.
    const dictionary = JSON.parse(readFileSync(join(DIST, 'data/dictionary.json'), 'utf8')) as {
      file: string;
      field: string;
      meaning: string;
    }[];
    for (const file of ['cases', 'events', 'event-acts', 'acts']) {
      const first = (JSON.parse(readFileSync(join(DIST, `data/${file}.json`), 'utf8')) as Record<string, unknown>[])[0];
      expect(
        dictionary.filter((d) => d.file === file).map((d) => d.field),
        file,
      ).toEqual(Object.keys(first));
    }
    expect(dictionary.every((d) => d.meaning.length > 10)).toBe(true);
  });
});

describe('the coding quotes its sources faithfully', () => {
  it('finds every quotation in an act’s note in the passages that act cites', async () => {
    const { outlineSource } = await import('../../src/lib/parse-document.ts');
    const passages = new Map<string, string>();
    for (const f of readdirSync(join(content, 'documents'))) {
      for (const p of outlineSource(readFileSync(join(content, 'documents', f), 'utf8'), true).passages)
        passages.set(`${f.replace(/\.mdx$/, '')}#${p.id}`, p.text);
    }
    const norm = (s: string) => s.replace(/[‘’']/g, "'").replace(/\s+/g, ' ').toLowerCase();
    const unfaithful: string[] = [];
    for (const c of coded) {
      const cited = norm(c.sources.map((s) => passages.get(s) ?? '').join(' '));
      for (const m of (c.note ?? '').matchAll(/“([^”]+)”/g)) {
        if (!m[1].split(' … ').every((part) => cited.includes(norm(part))))
          unfaithful.push(`${c.key} ${c.act}: “${m[1]}”`);
      }
    }
    expect(unfaithful).toEqual([]);
  });
});
