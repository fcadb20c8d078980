/** The timeline's order, grouping, pages and filters. */
import { describe, it, expect } from 'vitest';
import { sortEvents, groupEvents, facet, inEventOrder, type TimelineEvent } from '../../src/lib/timeline.ts';
import { describeDate, precisionOf } from '../../src/lib/dates.ts';

const ev = (date: string, text = date, extra: Partial<TimelineEvent> = {}): TimelineEvent => ({
  date,
  certainty: 'exact',
  when: describeDate({ date, certainty: 'exact' }),
  precision: precisionOf(date),
  text,
  kind: { id: 'case', label: 'Event in a case' },
  sources: [],
  ...extra,
});

describe('timeline', () => {
  it('orders events across precisions: a decade before its years, a year before its months, a month before its days', () => {
    const sorted = sortEvents([
      ev('1995-12'),
      ev('1995-03-29'),
      ev('1991'),
      ev('1995'),
      ev('1990s'),
      ev('1995-03'),
      ev('1988'),
      ev('2020-07-22'),
      ev('2020'),
    ]);
    expect(sorted.map((e) => e.date)).toEqual([
      '1988',
      '1990s',
      '1991',
      '1995',
      '1995-03',
      '1995-03-29',
      '1995-12',
      '2020',
      '2020-07-22',
    ]);
  });
  it('puts facts of the documents before the cases’ events on the same date, then orders by case', () => {
    const sorted = sortEvents([
      ev('1995', 'b', { case: { id: 'z', href: '', text: 'Zed' } }),
      ev('1995', 'a', { case: { id: 'a', href: '', text: 'Able' } }),
      ev('1995', 'law'),
    ]);
    expect(sorted.map((e) => e.text)).toEqual(['law', 'a', 'b']);
  });
  it('groups by decade and year, a decade-only date in its own group first', () => {
    const groups = groupEvents(sortEvents([ev('1991'), ev('1990s'), ev('1995-03'), ev('1995'), ev('2021-07')]));
    expect(groups.map((g) => [g.decade, g.count])).toEqual([
      ['1990s', 4],
      ['2020s', 1],
    ]);
    expect(groups[0].years.map((y) => [y.year, y.id, y.events.length])).toEqual([
      ['1990s', '1990s-undated', 1],
      ['1991', 'y1991', 1],
      ['1995', 'y1995', 2],
    ]);
  });
  it('says a date at its true precision and certainty', () => {
    expect(describeDate({ date: '1995-03', certainty: 'approximate', note: 'x' })).toBe('about March 1995');
    expect(describeDate({ date: '2020', certainty: 'inferred', note: 'x' })).toBe('2020 (inferred)');
    expect(describeDate({ date: '1990s', certainty: 'exact' })).toBe('1990s');
    expect(precisionOf('1995-03-29')).toBe('day');
    expect(precisionOf('1990s')).toBe('decade');
  });
  it('counts filter values, most frequent first', () => {
    const place = (id: string) => ({ id, href: `/places/${id}/`, text: id });
    const f = facet(
      [
        ev('1995', 'a', { place: place('moscow') }),
        ev('1996', 'b', { place: place('vladivostok') }),
        ev('1997', 'c', { place: place('vladivostok') }),
        ev('1998'),
      ],
      (e) => e.place,
    );
    expect(f.map((x) => [x.id, x.count])).toEqual([
      ['vladivostok', 2],
      ['moscow', 1],
    ]);
  });
});

describe('inEventOrder', () => {
  it('orders a case’s events by date across precisions, keeping the file’s order on the same date', () => {
    const events = [
      { date: '2020-09-10', text: 'c: returned to the centre' },
      { date: 'early-1990s', text: 'z: early nineties' },
      { date: '2020-09-10', text: 'a: went to Artem' },
      { date: '1990', text: 'y: in 1990' },
      { date: '2020', text: 'b: the year' },
    ];
    expect(inEventOrder(events).map((e) => e.text)).toEqual([
      'z: early nineties',
      'y: in 1990',
      'b: the year',
      'c: returned to the centre',
      'a: went to Artem',
    ]);
  });
});
