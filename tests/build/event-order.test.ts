/**
 * One order of a case's events everywhere: the case page, the case's timeline and the exports
 * (whose `n` joins events.json to event-acts.json) list them the same way, by date across
 * precisions, and events of the same date in the order of the case file.
 */
import { describe, it, expect } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DIST, page } from '../support/project.ts';
import { parse, all, text } from '../support/html.ts';
import { readCases } from '../support/content.ts';

const events = JSON.parse(readFileSync(join(DIST, 'data', 'events.json'), 'utf8')) as {
  case: string;
  n: number;
  text: string;
}[];
const eventActs = JSON.parse(readFileSync(join(DIST, 'data', 'event-acts.json'), 'utf8')) as {
  case: string;
  n: number;
  act: string;
}[];
const shown = (path: string) => all(parse(page(`${path}index.html`)), '.tl-event .tl-text').map(text);

describe('the order of a case’s events', () => {
  const cases = readCases();
  it('is the same on the case page, its timeline and in events.json, for every case', () => {
    expect(cases.length).toBeGreaterThan(40);
    for (const c of cases) {
      const exported = events
        .filter((e) => e.case === c.id)
        .sort((a, b) => a.n - b.n)
        .map((e) => e.text);
      expect(exported.length, c.id).toBe(c.data.events.length);
      expect(shown(`/cases/${c.id}/`), `${c.id}: case page`).toEqual(exported);
      // The record's timeline puts the case's title before each event: "Jong Su: He fled …".
      const timeline = shown(`/timeline/case/${c.id}/`);
      expect(timeline.length, `${c.id}: its timeline`).toBe(exported.length);
      timeline.forEach((t, i) =>
        expect(t.endsWith(exported[i]), `${c.id}: its timeline, event ${i + 1}: ${t}`).toBe(true),
      );
    }
  });

  it('keeps the case file’s order for events of the same date (Jong Su, 10 September 2020)', () => {
    const jong = cases.find((c) => c.id === 'jong-su')!;
    const sameDay = jong.data.events.filter((e) => e.date === '2020-09-10').map((e) => e.text);
    expect(sameDay.length).toBeGreaterThan(2);
    const exported = events
      .filter((e) => e.case === 'jong-su' && sameDay.includes(e.text))
      .sort((a, b) => a.n - b.n)
      .map((e) => e.text);
    expect(exported).toEqual(sameDay);
  });

  it('gives each act the n of its event', () => {
    const byId = new Map(readCases().map((c) => [c.id, c]));
    for (const a of eventActs) {
      const c = byId.get(a.case)!;
      const e = events.find((x) => x.case === a.case && x.n === a.n)!;
      const source = c.data.events.find((x) => x.text === e.text)!;
      expect(
        (source.acts ?? []).map((x) => x.act),
        `${a.case} #${a.n}`,
      ).toContain(a.act);
    }
  });
});
