/**
 * Hedges of the sources and of our own texts (tests/build/hedges.test.ts): whether a title, a
 * description, a summary or a status states as fact what the sentence it rests on only reports,
 * claims or believes.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from './project.ts';
import type { CaseFile } from './content.ts';
import { outlineSource } from '../../src/lib/parse-document.ts';

// ── The source side: every cited passage, cut into sentences (the footnotes it refers to included) ──

const documents = new Map<string, Map<string, string>>();
export function passageText(doc: string, passage: string): string {
  if (!documents.has(doc)) {
    const { passages, footnotes } = outlineSource(
      readFileSync(join(ROOT, 'content', 'documents', `${doc}.mdx`), 'utf8'),
    );
    const notes = new Map(footnotes.map((f) => [f.number, f.text]));
    documents.set(
      doc,
      new Map(
        passages.map((p) => {
          const referred = (p.noted ?? [])
            .filter((x): x is number => typeof x === 'number')
            .map((n) => notes.get(n) ?? '');
          return [p.id, [p.text, ...referred].join(' ')];
        }),
      ),
    );
  }
  const text = documents.get(doc)!.get(passage);
  if (text === undefined) throw new Error(`no passage ${doc}#${passage}`);
  return text;
}

export const sentencesOf = (text: string) =>
  text
    .split(/(?<=[.!?;”])\s+(?=[A-Z“"(])/)
    .map((s) => s.trim())
    .filter(Boolean);
const sentencesOfRefs = (refs: Iterable<string>) => [
  ...new Set(
    [...refs].flatMap((r) => {
      const [doc, p] = r.split('#');
      return sentencesOf(passageText(doc, p));
    }),
  ),
];

/** Every sentence of the passages a case's frontmatter cites (status, events, acts). */
export function citedSentences(c: CaseFile): string[] {
  return sentencesOfRefs(
    new Set<string>([
      ...(c.data.statusSources ?? []),
      ...(c.data.events ?? []).flatMap((e: any) => [
        ...(e.sources ?? []),
        ...(e.acts ?? []).flatMap((a: any) => a.sources ?? []),
      ]),
    ]),
  );
}
export const statusSentences = (c: CaseFile) => sentencesOfRefs(c.data.statusSources ?? []);

// ── Hedges that govern the words after them ──

/** The words that keep each strength of hedge in our text. A weaker hedge keeps a firmer one's place (“claimed” for “reportedly”), never the reverse (“said” for “claimed”). */
const KEEPS_ALLEGED = /\b(claim\w*|alleg\w*|said to|believ\w*|suspect\w*)\b/i;
const KEEPS_REPORTED =
  /\b(claim\w*|alleg\w*|said to|believ\w*|suspect\w*|reportedly|reported|reports?|according to|apparently|said|says|told|informed)\b/i;

/**
 * A hedge of the source and the strength it asks for. `direct` hedges sit on the verb they
 * qualify (“reportedly cut open”, “claims to have been beaten up”, “was said to have been
 * ransacked”, “apparently have received”) and are asked for everywhere. Clause hedges
 * (“claimed the PSS threatened him”, “told Amnesty International that he had been picked up”,
 * “received reports claiming that”) cover a whole account, whose incidental words (“who had been a
 * student abroad”) a description or summary may repeat: they are asked for in titles, which state
 * the case.
 */
interface Hedge {
  name: 'claimed' | 'reportedly' | 'told';
  re: RegExp;
  keeps: RegExp;
  direct: boolean;
}
const HEDGES: Hedge[] = [
  {
    name: 'claimed',
    direct: true,
    keeps: KEEPS_ALLEGED,
    re: /\b(?:claim(?:s|ed)? to have(?: been)?|alleged(?:ly)?|(?:is|are|was|were) said to(?: have been| have)?)\s/gi,
  },
  {
    name: 'claimed',
    direct: false,
    keeps: KEEPS_ALLEGED,
    re: /\b(?:reports claiming that|claim(?:s|ed)?(?! to\b)(?: that)?)\s/gi,
  },
  { name: 'reportedly', direct: true, keeps: KEEPS_REPORTED, re: /\b(?:reportedly|apparently)(?: have| had)?\s/gi },
  {
    name: 'told',
    direct: false,
    keeps: KEEPS_REPORTED,
    re: /\b(?:told Amnesty International|told the organization|informed Amnesty International|said) that\s/gi,
  },
];

const COMMON = new Set([
  'north',
  'korea',
  'korean',
  'koreans',
  'refugee',
  'refugees',
  'amnesty',
  'international',
  'that',
  'this',
  'they',
  'them',
  'their',
  'there',
  'with',
  'from',
  'into',
  'have',
  'been',
  'were',
  'which',
  'whom',
  'when',
  'where',
  'while',
  'some',
  'other',
  'also',
  'only',
  'unnamed',
  'another',
  'after',
  'before',
  'being',
  'having',
  'then',
  'still',
  'every',
  'time',
  'already',
]);
const words = (t: string) =>
  t
    .toLowerCase()
    .replace(/[’']s\b/g, '')
    .split(/[^a-z]+/)
    .filter((w) => w.length >= 4 && !COMMON.has(w));
const stem = (w: string) => w.slice(0, 4);
/** How many content words after a hedge count as governed by it. */
const SPAN = 4;

/** Does a sentence hedge at all? */
export const hedged = (s: string) =>
  /\b(reportedly|reports?|reported|claim\w*|alleg\w*|said to|apparently|believ\w*|received information|informed|told|said that|says that|according to)\b/i.test(
    s,
  );

/**
 * Why `text` states as fact what a cited sentence hedges, or null. The text repeats at least two of
 * the content words a hedge governs, and has no hedge of that strength before them; unless an
 * unhedged cited sentence states the same words (the source also gives it in its own voice).
 */
export function droppedHedge(
  text: string,
  sentences: string[],
  kind: 'title' | 'description' | 'summary' = 'title',
): string | null {
  const own = words(text).map(stem);
  const firm = sentences.filter((s) => !hedged(s)).map((s) => new Set(words(s).map(stem))); // the source's own voice
  for (const sentence of sentences) {
    for (const hedge of HEDGES) {
      if (!hedge.direct && kind !== 'title') continue;
      for (const m of sentence.matchAll(hedge.re)) {
        const governed = words(sentence.slice(m.index! + m[0].length))
          .slice(0, SPAN)
          .map(stem);
        const shared = governed.filter((w, i) => own.includes(w) && governed.indexOf(w) === i);
        if (shared.length < 2) continue;
        if (firm.some((f) => shared.every((w) => f.has(w)))) continue;
        // The hedge must come before what it qualifies: before the first of the shared words as the
        // source has them (the one nearest the source's hedge), or before at least half of them.
        // “who said he was beaten up by people he believed …” keeps nothing for “beaten”; “in hiding
        // whom the PSS reportedly lured” keeps it for “lured”.
        const keep = hedge.keeps.exec(text);
        if (keep) {
          const rest = text.slice(keep.index + keep[0].length);
          const after = shared.filter((w) => new RegExp(`\\b${w}`, 'i').test(rest));
          if (after.includes(shared[0]) || after.length * 2 >= shared.length) continue;
        }
        return `“${text}” repeats what “${sentence}” gives as ${hedge.name} (“${m[0].trim()} …”), without that hedge`;
      }
    }
  }
  return null;
}

/** “The only …” where the source says “as far as Amnesty International is aware, only …”. */
export function droppedAwareness(text: string, sentences: string[]): string | null {
  if (!/\b(the only|the one)\b/i.test(text) || /\bas far as\b|\baware\b/i.test(text)) return null;
  const basis = sentences.find((s) => /\bas far as [\w ]{0,40}\bis aware\b[^.]*\bonly\b/i.test(s));
  return basis
    ? `“${text}” says “${/\bthe only\b/i.test(text) ? 'the only' : 'the one'}” where “${basis}” says “as far as … aware”`
    : null;
}

// ── Statuses: a firm status whose every source sentence about it hedges ──

const STATUS_WORDS: Record<string, RegExp> = {
  detained: /\b(detain\w*|arrest\w*|held|prison\w*|custody|confine\w*)\b/i,
  disappeared: /\b(disappear\w*|unknown destinations?|whereabouts)\b/i,
  'in-hiding': /\b(hiding|hide|hid)\b/i,
  released: /\b(releas\w*|saved|freed)\b/i,
  died: /\b(died|death|dead|suicide|killed)\b/i,
};
/** Why a firm status should be a “reported-” one, or null. */
export function firmStatusProblem(status: string, sentences: string[]): string | null {
  const about = STATUS_WORDS[status];
  if (!about) return null;
  const basis = sentences.filter((s) => about.test(s));
  if (!basis.length || !basis.every(hedged)) return null;
  return `status “${status}” rests only on hedged sentences (“${basis[0]}”): use reported-${status}`;
}
