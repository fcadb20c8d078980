/**
 * A synthetic archive for measuring the site at scale: the real content plus N generated case
 * files, each modelled on a real case (so it follows the schema as it is, whatever fields the
 * real cases carry) with another name, another place and its dates moved by a few years. Its
 * citations are the real case's, so every one resolves to a real passage. Deterministic: the
 * same N gives the same files, byte for byte.
 *
 * Used by `npm run bench -- --cases N` and by the build test that keeps pages within budget.
 */
import { cpSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse, stringify } from 'yaml';
import { copyProject } from './project.ts';

// prettier-ignore
const SURNAMES = ['Kim', 'Lee', 'Park', 'Choi', 'Jong', 'Kang', 'Cho', 'Yoon', 'Jang', 'Lim', 'Han', 'Oh', 'Seo', 'Shin', 'Kwon', 'Hwang', 'Ahn', 'Song', 'Ryu', 'Hong', 'Ri', 'Pak', 'Choe', 'Ko', 'Mun', 'Yang', 'Son', 'Bae', 'Baek', 'Nam'];
// prettier-ignore
const SYLLABLES = ['Chol', 'Su', 'Myong', 'Hyok', 'Il', 'Song', 'Nam', 'Gwang', 'Yong', 'Hui', 'Jin', 'Sun', 'Ok', 'Chun', 'Ho', 'Min', 'Hak', 'Dong', 'Kyu', 'Sik', 'Bok', 'Ran', 'Hwa', 'Mi', 'Un', 'Gil', 'Tae', 'Sok', 'Jae', 'Ung'];

/** A small deterministic pseudo-random generator (mulberry32). */
function random(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const FRONTMATTER = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/;

/** Moves a YYYY, YYYY-MM or YYYY-MM-DD date by whole years; other forms (periods) stay as they are. */
function shiftDate(value: unknown, years: number): unknown {
  if (typeof value !== 'string') return value;
  const m = /^(\d{4})(-\d{2}(?:-\d{2})?)?$/.exec(value);
  if (!m) return value;
  let rest = m[2] ?? '';
  const year = Math.min(2026, Number(m[1]) + years);
  if (rest === '-02-29') rest = '-02-28';
  return `${year}${rest}`;
}

function shiftDates(node: unknown, years: number): unknown {
  if (Array.isArray(node)) return node.map((n) => shiftDates(n, years));
  if (node && typeof node === 'object') {
    return Object.fromEntries(
      Object.entries(node).map(([k, v]) => [k, k === 'date' ? shiftDate(v, years) : shiftDates(v, years)]),
    );
  }
  return node;
}

/** The subject's name as the real case writes it (its first spelling, without quotation marks). */
const subjectOf = (data: { names?: { name: string }[]; title: string }) =>
  (data.names?.[0]?.name ?? data.title).replace(/[“”"]/g, '');

export interface SyntheticArchive {
  content: string;
  cases: number;
}

/**
 * Writes `<dir>/content`: a copy of `realContent` with `n` generated cases added to `cases/`.
 */
export function writeSyntheticContent(realContent: string, dir: string, n: number): SyntheticArchive {
  const content = join(dir, 'content');
  rmSync(content, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  cpSync(realContent, content, { recursive: true });
  const templates = readdirSync(join(realContent, 'cases'))
    .filter((f) => f.endsWith('.mdx'))
    .sort()
    .map((f) => {
      const m = FRONTMATTER.exec(readFileSync(join(realContent, 'cases', f), 'utf8'));
      if (!m) throw new Error(`synthetic archive: no frontmatter in cases/${f}`);
      return {
        data: parse(m[1]) as Record<string, unknown> & { title: string; names: { name: string }[]; places?: string[] },
        body: m[2],
      };
    });
  const places = (parse(readFileSync(join(realContent, 'places.yaml'), 'utf8')) as { id: string }[]).map((p) => p.id);
  const next = random(20261124);
  const pick = <T>(list: T[]) => list[Math.floor(next() * list.length)];

  for (let i = 1; i <= n; i++) {
    const t = templates[(i - 1) % templates.length];
    const name = `${pick(SURNAMES)} ${pick(SYLLABLES)} ${pick(SYLLABLES).toLowerCase()}`;
    const was = subjectOf(t.data);
    const years = Math.floor(next() * 7) - 3;
    const data = shiftDates(structuredClone(t.data), years) as typeof t.data;
    data.title = t.data.title.replace(was, name) === t.data.title ? name : t.data.title.replace(was, name);
    data.names = t.data.names.map((entry, k) => ({ ...entry, name: k === 0 ? name : entry.name.replace(was, name) }));
    const place = pick(places);
    data.places = [place, ...(t.data.places ?? []).filter((p) => p !== place)];
    for (const key of ['summary'] as const) {
      if (typeof data[key] === 'string') data[key] = (data[key] as string).split(was).join(name);
    }
    const body = t.body.split(was).join(name);
    const file = `synthetic-${String(i).padStart(5, '0')}.mdx`;
    writeFileSync(
      join(content, 'cases', file),
      `---\n${stringify(data, { lineWidth: 0, defaultStringType: 'QUOTE_DOUBLE', defaultKeyType: 'PLAIN' })}---\n${body}`,
    );
  }
  return { content, cases: templates.length + n };
}

/**
 * A throwaway project folder (code of `root` + synthetic content) that builds with the root's
 * node_modules, so that its content store and output never touch the real ones.
 */
export function writeSyntheticProject(root: string, dir: string, n: number): SyntheticArchive {
  copyProject(dir, { from: root });
  return writeSyntheticContent(join(root, 'content'), dir, n);
}
