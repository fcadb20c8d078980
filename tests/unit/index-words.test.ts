import { describe, it, expect } from 'vitest';
import { indexWords } from '../../src/lib/index-words.ts';

describe('index words', () => {
  it('gives a Korean name its romanizations, also under an honorific', () => {
    const words = indexWords({ names: ['Mr “Park”'] });
    expect(words).toEqual(expect.arrayContaining(['park', 'pak', 'bak']));
    expect(indexWords({ names: ['Choe Kum Chol'] })).toEqual(
      expect.arrayContaining(['choi', 'tsoy', 'цой', 'geum', 'cheol', 'kumchol']),
    );
  });
  it('transliterates the Russian name of a place both ways, with and without ё', () => {
    const words = indexWords({ names: ['Artem', 'Artyom'], russian: 'Артём', transliterate: true });
    expect(words).toEqual(expect.arrayContaining(['артём', 'артем', 'artyom', 'artiom']));
  });
  it('invents nothing for English names or organizations', () => {
    expect(indexWords({ names: ['Human Rights Watch', 'HRW'] })).toEqual(['human', 'rights', 'watch', 'hrw']);
    const amnesty = indexWords({ names: ['Amnesty International'], russian: 'Международная амнистия' });
    expect(amnesty).not.toContain('internatyonal');
    expect(amnesty).not.toContain('mezhdunarodnaya');
    expect(amnesty).toContain('международная');
  });
});
