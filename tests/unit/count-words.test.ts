import { describe, it, expect } from 'vitest';
import { countOf } from '../../src/lib/count-words.ts';

describe('countOf', () => {
  it('gives the noun for one only to exactly one', () => {
    expect(countOf(1, 'case', 'cases')).toBe('1 case');
    expect(countOf(3, 'case', 'cases')).toBe('3 cases');
    expect(countOf(0, 'event', 'events')).toBe('0 events');
  });
  it('writes plain digits unless asked to group them', () => {
    expect(countOf(1234, 'event', 'events')).toBe('1234 events');
    expect(countOf(1234, 'case', 'cases', { grouped: true })).toBe('1,234 cases');
    expect(countOf(1, 'case', 'cases', { grouped: true })).toBe('1 case');
  });
  it('uses the words for none only for zero', () => {
    expect(countOf(0, 'case', 'cases', { none: 'No cases' })).toBe('No cases');
    expect(countOf(1, 'case', 'cases', { none: 'No cases' })).toBe('1 case');
  });
  it('keeps a verb that agrees with the noun', () => {
    expect(countOf(1, 'case file cites', 'case files cite')).toBe('1 case file cites');
    expect(countOf(2, 'case file cites', 'case files cite')).toBe('2 case files cite');
  });
});
