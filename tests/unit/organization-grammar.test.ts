import { describe, it, expect } from 'vitest';
import { inText, isCollective, pronounsOf } from '../../src/lib/organization-grammar.ts';

describe('organization grammar', () => {
  it('reads a collective "… authorities" with "the" and "they"', () => {
    expect(isCollective('Russian authorities')).toBe(true);
    expect(inText('Russian authorities')).toBe('the Russian authorities');
    expect(pronounsOf('Russian authorities')).toEqual({ object: 'them', reflexive: 'themselves' });
  });
  it('reads one body by its own name and "it"', () => {
    expect(isCollective('Federal Migration Service')).toBe(false);
    expect(inText('Federal Migration Service')).toBe('Federal Migration Service');
    expect(pronounsOf('Federal Migration Service')).toEqual({ object: 'it', reflexive: 'itself' });
  });
  it('takes only a name that ends in " authorities" as collective', () => {
    expect(isCollective('Authorities of Primorsky Krai')).toBe(false);
    expect(isCollective('local authorities')).toBe(true);
  });
});
