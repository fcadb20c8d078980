/** Names a source uses, told apart from descriptions of people it does not name. */
import { describe, it, expect } from 'vitest';
import { describesUnnamed } from '../../src/lib/case-names.ts';
import { positionText } from '../../src/lib/place-map.ts';
import { readCases } from '../support/content.ts';

describe('describesUnnamed', () => {
  it('accepts names, pseudonyms and short forms the sources use', () => {
    for (const n of ['Choe Kum Chol', 'Choe Kum [Chol]', '“Mr Park”', 'Mr “Choi”', 'Tsoi', 'Jong', 'Song Chang Keun'])
      expect(describesUnnamed(n), n).toBe(false);
    expect(describesUnnamed('Choe Kum Choi', 'Once, in the last paragraph; a slip for Choe Kum Chol.')).toBe(false);
  });

  it('accepts real Korean names that begin or read like English words', () => {
    // An (안), Han (한), So (소), Do (도), Moon (문), Song (송), Ha (하), Man (만), One (원, as some spell it),
    // Bang (방), Ban (반), Yoon; names of real people, in the forms English-language sources print them.
    const names = [
      'An Myong Chol',
      'An Chol',
      'An Chang Il',
      'Han Song Il',
      'So Jae Pil',
      'Do Hee Yoon',
      'Moon Jae-in',
      'Song Il Ho',
      'Ha Tae Kyung',
      'Kim Man Bok',
      'Man Sik',
      'One Kil Nam',
      'Bang Mi Sun',
      'Ban Ki-moon',
      'Yoon Mi Hyang',
      'The Jin',
      'Some Li',
      'Two',
    ];
    for (const n of names) expect(describesUnnamed(n), n).toBe(false);
    for (const n of ['Ли Ен Сен', '안명철', '“Mr An”', 'Mr “Han”']) expect(describesUnnamed(n), n).toBe(false);
  });

  it('refuses descriptions, by their words or by what their note says', () => {
    for (const n of [
      'Unnamed North Korean student',
      'Two North Koreans held with him',
      'At least three North Koreans',
      'Several workers',
      '70 missing loggers',
      'Another North Korean refugee (unnamed)',
      'The only North Korean granted refugee status',
    ]) {
      expect(describesUnnamed(n), n).toBe(true);
    }
    expect(
      describesUnnamed('Former worker from the Chegdomyn logging site', 'Descriptive; the report does not name him.'),
    ).toBe(true);
    expect(describesUnnamed('North Korean refugee who cut open his stomach', 'The report gives no name.')).toBe(true);
    // On the note's evidence alone, whatever the entry looks like.
    expect(describesUnnamed('The Logger', 'The report does not name him.')).toBe(true);
    for (const n of [
      'Refugees in Moscow',
      'A man from Chegdomyn',
      'The students of the Institute',
      'Anonymous source',
      'Unidentified logger',
      'Worker 2',
    ])
      expect(describesUnnamed(n), n).toBe(true);
  });

  it('finds no description among the names of the real case files', () => {
    for (const c of readCases())
      for (const n of c.data.names) expect(describesUnnamed(n.name, n.note), `${c.id}: ${n.name}`).toBe(false);
  });
});

describe('positionText', () => {
  it('gives coordinates with their precision, or says why there are none', () => {
    expect(positionText({ id: 'a', name: 'A', kind: 'town', coordinates: [51.12, 133.02] })).toBe('51.1200, 133.0200');
    expect(
      positionText({ id: 'a', name: 'A', kind: 'prison', coordinates: [43.1, 131.9], coordinatesPrecision: 'city' }),
    ).toMatch(/the city’s, not the building’s/);
    expect(
      positionText({
        id: 'a',
        name: 'A',
        kind: 'village',
        coordinates: [50, 130],
        coordinatesPrecision: 'approximate',
      }),
    ).toMatch(/\(approximate\)$/);
    expect(positionText({ id: 'a', name: 'A', kind: 'village', noCoordinates: 'No source gives it.' })).toBe(
      'Not known. No source gives it.',
    );
  });
});
