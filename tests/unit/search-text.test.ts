import { describe, it, expect } from 'vitest';
import { excerptOf, indexOnly } from '../../src/lib/excerpt.ts';
import { romanizeHangul, hasHangul } from '../../src/lib/hangul.ts';

const text = (parts: { text: string; mark: boolean }[]) => parts.map((p) => (p.mark ? `[${p.text}]` : p.text)).join('');

describe('search excerpts', () => {
  it('leave out the words that are there only for the index, keeping the hits where the index put them', () => {
    const content = `Case file. Tsoy Li. ${indexOnly('Tsoy Li Tsoi tsoi choe цой')} A doctor in Blagoveshchensk sought a lawyer; Tsoy fled.`;
    const words = content.split(/\s+/);
    const hits = words.map((w, i) => (/tsoy|tsoi/i.test(w) ? i : -1)).filter((i) => i >= 0);
    const out = text(excerptOf(content, hits));
    expect(out).not.toMatch(/⟪|⟫|tsoi|цой|choe/);
    expect(out).toBe('Case file. [Tsoy] Li. A doctor in Blagoveshchensk sought a lawyer; [Tsoy] fled.');
  });

  it('show the passage a spelling stands for when only the index-only spelling was hit, unmarked', () => {
    const content = `Intro text here. ${indexOnly('tsoi цой')} Tsoy was a doctor.`;
    const hit = content.split(/\s+/).indexOf('tsoi');
    expect(text(excerptOf(content, [hit], 4))).toBe('… Tsoy was a doctor.');
  });

  it('open the window on the most hits, with ellipses where the text goes on', () => {
    const words = Array.from({ length: 100 }, (_, i) => `w${i}`);
    const out = text(excerptOf(words.join(' '), [60, 62, 10], 10));
    expect(out).toBe('… w56 w57 w58 w59 [w60] w61 [w62] w63 w64 w65 …');
    expect(text(excerptOf('a b c', []))).toBe('a b c');
  });
});

describe('Hangul names', () => {
  it('are romanized syllable by syllable, McCune–Reischauer as the sources write it, then the Revised Romanization', () => {
    expect(romanizeHangul('최금철')).toEqual(['Choe Kum Chol', 'Choe Geum Cheol']);
    expect(romanizeHangul('이영호')).toEqual(['Ri Yong Ho', 'Lee Yeong Ho']);
    expect(romanizeHangul('김정은 Vladivostok')).toEqual(['Kim Chong Un Vladivostok', 'Kim Jeong Eun Vladivostok']);
    expect(romanizeHangul('Choe')).toEqual([]);
    expect(hasHangul('블라디보스토크')).toBe(true);
  });
});
