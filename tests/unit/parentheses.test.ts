import { describe, it, expect } from 'vitest';
import { inParentheses } from '../../src/lib/parentheses.ts';

describe('inParentheses', () => {
  it('puts a text in parentheses, its own parentheses turned into brackets', () => {
    expect(inParentheses('VOA 2022 (reworded copy)')).toBe('(VOA 2022 [reworded copy])');
    expect(inParentheses('Amnesty 1996')).toBe('(Amnesty 1996)');
    expect(inParentheses('a (b) and (c)')).toBe('(a [b] and [c])');
  });
  it('never changes words quoted from a source', () => {
    expect(inParentheses('A changed name: the post writes “Jong Su (name has been changed)”.')).toBe(
      '(A changed name: the post writes “Jong Su (name has been changed)”.)',
    );
    expect(inParentheses('as "X (sic)" (editor\'s note)')).toBe('(as "X (sic)" [editor\'s note])');
    expect(inParentheses('the report’s ‘Mr (K)’ (twice)')).toBe('(the report’s ‘Mr (K)’ [twice])');
  });
});
