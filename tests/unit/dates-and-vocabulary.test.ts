import { describe, it, expect } from 'vitest';
import {
  dateProblem,
  precisionOf,
  formatDate,
  describeDate,
  describeSpan,
  range,
  decadeOf,
} from '../../src/lib/dates.ts';
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

describe('spans and runs', () => {
  it('gives a span that starts and ends on the same date once, keeping its certainty', () => {
    const day = (certainty: 'exact' | 'approximate' | 'inferred', date = '1995-06-29') => ({
      date,
      certainty,
      note: 'x',
    });
    expect(describeSpan(day('exact'), day('exact'))).toBe('29 June 1995');
    expect(describeSpan(day('inferred'), day('inferred'))).toBe('29 June 1995 (inferred)');
    expect(describeSpan(day('exact'), day('inferred'))).toBe('29 June 1995 (partly inferred)');
    expect(describeSpan(day('approximate'), day('exact'))).toBe('29 June 1995 (partly approximate)');
    expect(describeSpan(day('exact', '1995-03'), day('inferred'))).toBe('March 1995 to 29 June 1995 (inferred)');
    expect(describeSpan(day('approximate', 'late-1980s'), day('exact', '1996'))).toBe('about late 1980s to 1996');
    // A last date within the first: the span is the first ("1990s (inferred) to early 1990s" said nothing more).
    expect(describeSpan(day('inferred', '1990s'), day('exact', 'early-1990s'))).toBe('1990s (inferred)');
    expect(describeSpan(day('inferred', '2020'), day('approximate', '2020-09-10'))).toBe('2020 (inferred)');
  });
  it('writes a run of one as that one', () => {
    expect(range(3, 7)).toBe('3–7');
    expect(range(101, 101)).toBe('101');
    expect(range('1996', '2022', ' to ')).toBe('1996 to 2022');
    expect(range('2022', '2022', ' to ')).toBe('2022');
  });
});

describe('csv', () => {
  it('quotes fields with commas, quotes and line breaks, and joins lists', () => {
    expect(
      toCsv(
        ['a', 'b'],
        [
          { a: 'x, y', b: ['p', 'q'] },
          { a: 'say "hi"', b: 'line\nbreak' },
        ],
      ),
    ).toBe('\uFEFFa,b\r\n"x, y",p; q\r\n"say ""hi""","line\nbreak"\r\n');
  });
});

describe('labels', () => {
  it('turns ids into words', () => {
    expect(labelOf('detention-centre')).toBe('Detention centre');
    expect(labelOf('ngo')).toBe('NGO');
    expect(labelOf('un-agency')).toBe('UN agency');
  });
});

describe('date order across precisions', () => {
  it('puts a decade before its years, a year before its months and a month before its days', async () => {
    const { compareDates, dateSpan } = await import('../../src/lib/dates.ts');
    const shuffled = [
      '1991',
      '1990-03-15',
      '1990s',
      '1989-12-31',
      '1990',
      '1990-03',
      '1990-12',
      '1980s',
      '2020-07-22',
      '2020-07',
      '2020',
    ];
    expect([...shuffled].sort(compareDates)).toEqual([
      '1980s',
      '1989-12-31',
      '1990s',
      '1990',
      '1990-03',
      '1990-03-15',
      '1990-12',
      '1991',
      '2020',
      '2020-07',
      '2020-07-22',
    ]);
    expect(dateSpan('2020-02').end - dateSpan('2020-02').start).toBe(28);
    expect(() => dateSpan('spring 1995')).toThrow(/not a date/);
  });
});

describe('periods the sources give instead of dates', () => {
  it('accepts a decade and its parts, and reads them as the source says them', async () => {
    const { dateProblem, formatDate, precisionOf, describeDate, yearText } = await import('../../src/lib/dates.ts');
    for (const p of ['1990s', 'early-1990s', 'mid-1990s', 'late-1980s']) expect(dateProblem(p), p).toBeNull();
    expect(dateProblem('late-1985s')).toMatch(/not a date/);
    expect(formatDate('late-1980s')).toBe('late 1980s');
    expect(formatDate('1990s')).toBe('1990s');
    expect(precisionOf('mid-1990s')).toBe('part of a decade');
    expect(precisionOf('1990s')).toBe('decade');
    expect(describeDate({ date: '1990s', certainty: 'inferred', note: 'x' })).toBe('1990s (inferred)');
    expect(yearText('late-1980s')).toBe('late 1980s');
    expect(yearText('1995-03')).toBe('1995');
  });

  it('sorts periods among dates: a decade before its parts, a part before the years it covers', async () => {
    const { compareDates } = await import('../../src/lib/dates.ts');
    const shuffled = ['1991', 'late-1980s', '1990', '1990s', 'early-1990s', '1989-12', 'mid-1990s', '1993-05', '1988'];
    expect([...shuffled].sort(compareDates)).toEqual([
      'late-1980s',
      '1988',
      '1989-12',
      '1990s',
      'early-1990s',
      '1990',
      '1991',
      'mid-1990s',
      '1993-05',
    ]);
  });

  it('refuses a year picked inside a period the source gives, and a date its note calls a placeholder', async () => {
    const { madeUpDateProblem } = await import('../../src/lib/dates.ts');
    expect(
      madeUpDateProblem({ date: '1987', certainty: 'approximate', note: 'The report says only “in the late 1980s”.' }),
    ).toMatch(/date: "late-1980s"/);
    expect(
      madeUpDateProblem({
        date: '1990',
        certainty: 'approximate',
        note: 'Undated. 1990 is a placeholder for ordering.',
      }),
    ).toMatch(/placeholder/);
    expect(
      madeUpDateProblem({ date: 'late-1980s', certainty: 'exact', note: 'The report says “in the late 1980s”.' }),
    ).toBeNull();
    // A later date whose note only mentions a period is honest.
    expect(
      madeUpDateProblem({
        date: '1996',
        certainty: 'inferred',
        note: 'The last it says of him is from “the late 1980s”; 1996 is the report.',
      }),
    ).toBeNull();
  });
});

describe('sort keys for the search index', () => {
  it('gives a period the first day it covers, so that it sorts among dates as text', async () => {
    const { sortableDate } = await import('../../src/lib/dates.ts');
    expect(sortableDate('late-1980s')).toBe('1987-01-01');
    expect(sortableDate('1990s')).toBe('1990-01-01');
    expect(sortableDate('1995-03')).toBe('1995-03');
    expect(['2022', sortableDate('late-1980s'), '1990'].sort()).toEqual(['1987-01-01', '1990', '2022']);
  });
});
