import { describe, it, expect } from 'vitest';
import { dateProblem, precisionOf, formatDate, describeDate, decadeOf } from '../../src/lib/dates.ts';
import { toCsv } from '../../src/lib/csv.ts';
import { labelOf } from '../../src/lib/vocabulary.ts';

describe('dates', () => {
  it('accepts year, month and day, and refuses what does not exist', () => {
    expect(dateProblem('1995')).toBeNull();
    expect(dateProblem('1995-03')).toBeNull();
    expect(dateProblem('2020-02-29')).toBeNull();
    expect(dateProblem('2021-02-29')).toMatch(/February 2021 has no day 29/);
    expect(dateProblem('1995-13')).toMatch(/month 13/);
    expect(dateProblem('March 1995')).toMatch(/YYYY, YYYY-MM or YYYY-MM-DD/);
    expect(dateProblem('95')).not.toBeNull();
  });
  it('knows its precision and says it in words', () => {
    expect(precisionOf('1995')).toBe('year');
    expect(precisionOf('1995-03')).toBe('month');
    expect(precisionOf('1995-03-15')).toBe('day');
    expect(formatDate('2022-02-17')).toBe('17 February 2022');
    expect(formatDate('1995-03')).toBe('March 1995');
    expect(describeDate({ date: '1995-03', certainty: 'approximate', note: 'late March' })).toBe('about March 1995');
    expect(describeDate({ date: '2020', certainty: 'inferred', note: 'x' })).toBe('2020 (inferred)');
    expect(decadeOf('1988-01')).toBe('1980s');
  });
});

describe('csv', () => {
  it('quotes fields with commas, quotes and line breaks, and joins lists', () => {
    expect(toCsv(['a', 'b'], [{ a: 'x, y', b: ['p', 'q'] }, { a: 'say "hi"', b: 'line\nbreak' }])).toBe('a,b\r\n"x, y",p; q\r\n"say ""hi""","line\nbreak"\r\n');
  });
});

describe('labels', () => {
  it('turns ids into words', () => {
    expect(labelOf('detention-centre')).toBe('Detention centre');
  });
});

describe('date order across precisions', () => {
  it('puts a decade before its years, a year before its months and a month before its days', async () => {
    const { compareDates, dateSpan } = await import('../../src/lib/dates.ts');
    const shuffled = ['1991', '1990-03-15', '1990s', '1989-12-31', '1990', '1990-03', '1990-12', '1980s', '2020-07-22', '2020-07', '2020'];
    expect([...shuffled].sort(compareDates)).toEqual(['1980s', '1989-12-31', '1990s', '1990', '1990-03', '1990-03-15', '1990-12', '1991', '2020', '2020-07', '2020-07-22']);
    expect(dateSpan('2020-02').end - dateSpan('2020-02').start).toBe(28);
    expect(() => dateSpan('spring 1995')).toThrow(/not a date/);
  });
});
