/**
 * Where acts sit, their dates and their perpetrators, checked against the content files and the
 * passages each act cites (read here with the YAML parser and the archive's passage outline).
 *
 * - An act is coded on an event the source dates, or on an event of its own with the source's
 *   date or lack of one: an event that carries acts and shows an exact date must have that date
 *   in the passages (with their footnotes) its acts cite. A date of another event (a report's
 *   issue, a letter, a marriage) must not stand for the act's.
 * - An act whose note says the source does not date it does not sit on an exact date, nor does
 *   an act on an event whose own note says the source does not say when the coded thing happened.
 * - An act whose note says the source does not say who did it names no perpetrator.
 */
import { describe, it, expect } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from '../support/project.ts';
import { readCases } from '../support/content.ts';
import { formatDate, isPeriod } from '../../src/lib/dates.ts';
import { outlineSource } from '../../src/lib/parse-document.ts';

interface Coding {
  act: string;
  perpetrators: string[];
  attribution: string;
  sources: string[];
  note?: string;
}
interface Event {
  date: string;
  certainty: string;
  note?: string;
  text: string;
  sources: string[];
  acts: Coding[];
}
const content = join(ROOT, 'content');

const cases = readCases().map((c) => ({ id: c.id, events: c.data.events as Event[] }));
const coded = cases.flatMap((c) =>
  c.events.flatMap((e, i) =>
    (e.acts ?? []).map((a) => ({ key: `${c.id} events[${i}] (${e.date}) ${a.act}`, event: e, ...a })),
  ),
);

/** Each cited passage's text followed by the text of the footnotes it refers to. */
const passages = new Map<string, string>();
for (const f of readdirSync(join(content, 'documents')).filter((x) => x.endsWith('.mdx'))) {
  const outline = outlineSource(readFileSync(join(content, 'documents', f), 'utf8'), true);
  const notes = new Map(outline.footnotes.map((n) => [n.number, n.text]));
  for (const p of outline.passages) {
    const own = (p.noted ?? []).filter((x): x is number => typeof x === 'number').map((n) => notes.get(n) ?? '');
    passages.set(`${f.replace(/\.mdx$/, '')}#${p.id}`, [p.text, ...own].join(' '));
  }
}
const norm = (s: string) => s.replace(/\u00a0/g, ' ').replace(/\s+/g, ' ');

/** The ways a source writes a date: "1993"; "September 1995"; "29 June 1995" or "June 29, 1995"; "early 1990s". */
function spellings(date: string): RegExp[] {
  if (isPeriod(date)) return [new RegExp(`\\b${formatDate(date).replace(/ /g, '[- ]')}\\b`, 'i')];
  const [y, m, d] = date.split('-');
  if (!m) return [new RegExp(`\\b${y}\\b`)];
  const month = formatDate(`${y}-${m}`).split(' ')[0];
  if (!d) return [new RegExp(`\\b${month},? ${y}\\b`, 'i'), new RegExp(`\\b${y}-${m}\\b`)];
  const day = String(Number(d));
  return [
    new RegExp(`\\b${day}(?:st|nd|rd|th)? ${month},? ${y}\\b`, 'i'),
    new RegExp(`\\b${month} ${day}(?:st|nd|rd|th)?,? ${y}\\b`, 'i'),
    new RegExp(`\\b${y}-${m}-${d}\\b`),
  ];
}

/** Words by which an act's note says the source gives no date for it. */
const UNDATED =
  /\b(?:does not|do not|doesn[’']t) (?:date|give (?:a |the )?date|say when)\b|\bno date\b|\bgives? no date\b|\bnot dated\b|\bdate[^.;]{0,40}\bis not given\b/i;
/** Words by which an event's note says the source does not say when the thing it records happened. */
const EVENT_UNDATED = /\b(?:does not|do not|doesn[’']t) say when\b|\bgives? no date for\b/i;

/** Words by which a note says the source does not say who did it. */
const NO_ONE =
  /\b(?:does not|do not|doesn[’']t) (?:say|name|state|identify) (?:who (?:did|made|carried|committed|beat|arrested|searched|ransacked|took|returned|held|imposed|imposes|ordered|transported|was transporting|was responsible|were responsible)\b|by whom\b)|\bnames no one\b/i;

describe('where acts sit and how they are dated', () => {
  it('has passages for every citation of an act', () => {
    const missing = coded.flatMap((c) => c.sources.filter((s) => !passages.has(s)).map((s) => `${c.key}: ${s}`));
    expect(missing).toEqual([]);
    expect(coded.length).toBeGreaterThan(50);
  });

  it('codes an act on an exact date only where the passages the act cites give that date', () => {
    const wrong = coded
      .filter((c) => c.event.certainty === 'exact')
      .filter((c) => {
        const cited = norm(c.sources.map((s) => passages.get(s) ?? '').join(' '));
        return !spellings(c.event.date).some((re) => re.test(cited));
      })
      .map((c) => `${c.key}: “${formatDate(c.event.date)}” is not in ${c.sources.join(', ')}`);
    expect(
      wrong,
      'an act must sit on an event the source dates, or on one of its own with the coarsest honest date, certainty inferred or approximate, and a note',
    ).toEqual([]);
  });

  it('does not put an act the source leaves undated on an exact date', () => {
    const wrong = coded
      .filter(
        (c) => c.event.certainty === 'exact' && (UNDATED.test(c.note ?? '') || EVENT_UNDATED.test(c.event.note ?? '')),
      )
      .map((c) => `${c.key}: ${UNDATED.test(c.note ?? '') ? `act note “${c.note}”` : `event note “${c.event.note}”`}`);
    expect(wrong).toEqual([]);
  });
});

describe('who is said to have done it', () => {
  it('names no perpetrator where the act’s note says the source does not say who', () => {
    const wrong = coded
      .filter((c) => c.perpetrators.length > 0 && NO_ONE.test(c.note ?? ''))
      .map((c) => `${c.key} [${c.perpetrators.join(', ')}]: “${c.note}”`);
    expect(wrong).toEqual([]);
  });
});
