import { describe, it, expect } from 'vitest';
import {
  spellingVariants,
  koreanNameVariants,
  cyrillicToLatin,
  latinToCyrillic,
  russianLatinVariants,
  searchWords,
  restoreYo,
  isKoreanName,
  spellingTables,
} from '../../src/lib/spelling/index.ts';

/** Case-insensitive "contains". */
const lower = (list: string[]) => list.map((s) => s.toLowerCase());
function expectAll(list: string[], wanted: string[]) {
  const have = lower(list);
  for (const w of wanted) expect(have, `missing "${w}"`).toContain(w.toLowerCase());
}
function expectNone(list: string[], unwanted: string[]) {
  const have = lower(list);
  for (const w of unwanted) expect(have, `unexpected "${w}"`).not.toContain(w.toLowerCase());
}

describe('Korean names', () => {
  it('links Choe, Choi, Chwe, Tsoy and Цой, and the given-name romanizations', () => {
    const v = spellingVariants('Choe Kum Chol');
    expectAll(v, ['Choi Kum Chol', 'Choe Geum Cheol', 'Tsoy Kum Chol', 'Tsoi Kum Chol', 'Chwe Kum Chol']);
    expectAll(v, ['Choe Kum-chol', 'Choe Kumchol', 'Цой Кым Чхоль']);
    expectAll(spellingVariants('Choi Kum Chol'), ['Choe Kum Chol', 'Choe Geum Cheol']);
    expectAll(spellingVariants('Choe Geum Cheol'), ['Choe Kum Chol', 'Choi Kum Chol']);
    expectAll(spellingVariants('Tsoy Kum Chol'), ['Choe Kum Chol', 'Choi Kum Chol']);
    expectAll(spellingVariants('Tsoi Kum Chol'), ['Choe Kum Chol']);
  });

  it('puts every spelling of every part into the search words', () => {
    const words = searchWords(['Choe Kum Chol']);
    for (const w of [
      'choe',
      'kum',
      'chol',
      'choi',
      'chwe',
      'tsoy',
      'tsoi',
      'цой',
      'geum',
      'cheol',
      'kumchol',
      'geumcheol',
      'кым',
      'чхоль',
    ]) {
      expect(words).toContain(w);
    }
    for (const w of words) {
      expect(w).toBe(w.toLowerCase());
      expect(w).not.toMatch(/[\s-]/);
    }
    expect(new Set(words).size).toBe(words.length);
  });

  it('gives spaced, hyphenated and joined given names', () => {
    const v = spellingVariants('Choi Gyong Ho');
    expectAll(v, ['Choi Kyong Ho', 'Choe Gyeong Ho', 'Choi Kyung-ho', 'Choi Gyongho']);
    const words = searchWords(['Choi Gyong Ho']);
    expect(words).toContain('kyung');
    expect(words).toContain('gyeong');
    expect(words).toContain('gyongho');
    expect(words).toContain('kyungho');
  });

  it('recognises hyphenated and joined given names as input', () => {
    expectAll(spellingVariants('Choi Kyung-ho'), ['Choe Gyong Ho', 'Choi Gyongho', 'Choi Kyung Ho']);
    expectAll(spellingVariants('Choi Gyongho'), ['Choi Gyong Ho', 'Choi Kyung-ho', 'Choe Gyeong Ho']);
    expect(isKoreanName('Choi Gyongho')).toBe(true);
  });

  it('handles Lee, Song, Park and Jong', () => {
    expectAll(koreanNameVariants('Lee Yen Sen'), ['Yi Yen Sen', 'Ri Yen Sen', 'Li Yen Sen', 'Lee Yeon Seon']);
    expectAll(koreanNameVariants('Song Chang Keun'), ['Song Chang Geun', 'Song Chang-geun', 'Song Jang Keun']);
    const words = searchWords(['Song Chang Keun']);
    expect(words).toContain('geun');
    expect(words).toContain('kun');
    expectAll(koreanNameVariants('Park Chang Su'), ['Pak Chang Su', 'Bak Chang Su']);
    expectAll(spellingVariants('Park'), ['Pak', 'Bak', 'Пак']);
    expectAll(koreanNameVariants('Jong Su'), ['Jeong Su', 'Chong Su']);
    expectAll(koreanNameVariants('Kim Jong Su'), ['Kim Jeong Su', 'Kim Chong Su', 'Kim Jong-su', 'Kim Jongsu']);
  });

  it('gives the union of all groups a syllable belongs to', () => {
    // "Song" is a given-name spelling of Sung/Seong; "Son" of Sen/Seon.
    expectAll(koreanNameVariants('Kim Il Song'), ['Kim Il Sung', 'Kim Il Seong', 'Ким Ир Сон', 'Ким Иль Сын']);
    expectAll(koreanNameVariants('Kim Jong Un'), ['Kim Jong-un', 'Kim Jeong Eun', 'Ким Чон Ын']);
  });

  it('reads Cyrillic Korean names, quotation marks and McCune–Reischauer accents', () => {
    expectAll(koreanNameVariants('Цой Кым Чхоль'), ['Choe Kum Chol', 'Choi Geum Cheol', 'Цой Кым Чоль']);
    expectAll(koreanNameVariants("Ch'oe Kŭm-ch'ŏl"), ['Choe Kum Chol', 'Choi Kum-chol']);
    expectAll(koreanNameVariants('“Choe” Kum Chol'), ['Choi Kum Chol']);
  });

  it('excludes the input, does not repeat itself and stays bounded', () => {
    const v = koreanNameVariants('Choe Kum Chol');
    expectNone(v, ['Choe Kum Chol']);
    expect(new Set(lower(v)).size).toBe(v.length);
    const latinPhrases = v.filter((s) => /[a-z]/i.test(s));
    expect(latinPhrases.length).toBeLessThanOrEqual(60);
    expect(latinPhrases.length).toBeGreaterThan(20);
    // Upper-case surnames, as in UN documents, are the same name.
    expectNone(spellingVariants('CHOE Kum Chol'), ['Choe Kum Chol']);
    // Stable order.
    expect(spellingVariants('Choe Kum Chol')).toEqual(spellingVariants('Choe Kum Chol'));
  });

  it('keeps every syllable variant in the search words even when phrases are capped', () => {
    const words = searchWords(['Choe Kyung Chol']);
    const { koreanSurnames, koreanGivenSyllables } = spellingTables();
    for (const group of [koreanSurnames[0]!, koreanGivenSyllables[0]!, koreanGivenSyllables[2]!]) {
      for (const spelling of group) expect(words).toContain(spelling.toLowerCase());
    }
  });

  it('does not take other names for Korean ones', () => {
    for (const name of [
      'Human Rights Watch',
      'UNHCR',
      'Ivan Petrov',
      'Kim',
      'Moon Jae-in',
      'Park Hotel Vladivostok',
      '',
    ]) {
      expect(koreanNameVariants(name)).toEqual([]);
    }
    expect(isKoreanName('Kim Aleksandr')).toBe(false);
  });
});

describe('Cyrillic → Latin', () => {
  it('gives the standard form first, then the others', () => {
    expect(cyrillicToLatin('Артём').slice(0, 4)).toEqual(['Artyom', 'Artem', 'Artiom', 'Artjom']);
    expect(cyrillicToLatin('Владивосток')).toEqual(['Vladivostok']);
    expectAll(cyrillicToLatin('Благовещенск'), ['Blagoveshchensk', 'Blagoveschensk']);
    expect(cyrillicToLatin('Благовещенск')[0]).toBe('Blagoveshchensk');
    expectAll(cyrillicToLatin('Хабаровск'), ['Khabarovsk', 'Habarovsk']);
  });

  it('has the endings -ий, -ый, -ский and -ое', () => {
    const krai = lower(cyrillicToLatin('Приморский край'));
    expect(krai.includes('primorsky krai') || krai.includes('primorskiy kray')).toBe(true);
    expectAll(cyrillicToLatin('Фрунзенский'), ['Frunzensky', 'Frunzenskiy', 'Frunzenskii', 'Frunzenski']);
    expectAll(cyrillicToLatin('Дмитрий'), ['Dmitriy', 'Dmitry', 'Dmitrii', 'Dmitri']);
    expectAll(cyrillicToLatin('Раздольное'), ['Razdolnoe', 'Razdolnoye', "Razdol'noye"]);
    expectAll(cyrillicToLatin('Красный'), ['Krasny', 'Krasnyy']);
  });

  it('treats е at the start and after vowels as ye/e', () => {
    expectAll(cyrillicToLatin('Евгений'), ['Yevgeniy', 'Evgeniy']);
    expectAll(cyrillicToLatin('Андреев'), ['Andreyev', 'Andreev']);
    expectAll(cyrillicToLatin('Сергей'), ['Sergey', 'Sergei']);
    expectAll(cyrillicToLatin('Татьяна'), ['Tatyana', 'Tatiana', "Tat'yana"]);
    expectAll(cyrillicToLatin('Горбачёв'), ['Gorbachov', 'Gorbachev']);
    expectAll(cyrillicToLatin('Александр'), ['Aleksandr', 'Alexandr']);
  });

  it('spells every occurrence of a letter the same way, and keeps case', () => {
    const v = cyrillicToLatin('Тютюник');
    expectAll(v, ['Tyutyunik', 'Tiutiunik', 'Tjutjunik']);
    expectNone(v, ['Tiutyunik', 'Tyutiunik']);
    expect(cyrillicToLatin('ЩУКИН')[0]).toBe('SHCHUKIN');
    expect(cyrillicToLatin('Щукин')[0]).toBe('Shchukin');
  });

  it('is bounded and tolerates anything', () => {
    expect(cyrillicToLatin('Щёкин Ёлкин Юрьевич Объединённый Хабаровский Цыганков').length).toBeLessThanOrEqual(12);
    expect(cyrillicToLatin('')).toEqual([]);
    expect(cyrillicToLatin('UNHCR')).toEqual(['UNHCR']);
    expect(cyrillicToLatin('г. Владивосток (1995)')[0]).toBe('g. Vladivostok (1995)');
  });
});

describe('Latin → Cyrillic', () => {
  it('transliterates by longest match', () => {
    expect(latinToCyrillic('Vladivostok')).toEqual(['Владивосток']);
    expect(latinToCyrillic('Khabarovsk')).toContain('Хабаровск');
    expect(latinToCyrillic('Blagoveshchensk')).toEqual(['Благовещенск']);
    expect(latinToCyrillic('Blagoveschensk')).toContain('Благовещенск');
    expect(latinToCyrillic('Chegdomyn')).toContain('Чегдомын');
    expect(latinToCyrillic('Sergey')).toContain('Сергей');
    expect(latinToCyrillic('Sergei')).toContain('Сергей');
    expect(latinToCyrillic('Tsoi')).toContain('Цой');
    expect(latinToCyrillic('Ussuriysk')).toContain('Уссурийск');
    expect(latinToCyrillic('Frunzenskii')).toContain('Фрунзенский');
    expect(latinToCyrillic('Primorsky krai')).toContain('Приморский край');
    expect(latinToCyrillic('Zhukov')).toContain('Жуков');
  });

  it('gives ё and е forms, and 1–3 forms in all', () => {
    expect(latinToCyrillic('Artyom')).toEqual(['Артём', 'Артем']);
    expectAll(latinToCyrillic('Artem'), ['Артем', 'Артём']);
    expectAll(latinToCyrillic('Kovalyov'), ['Ковалёв', 'Ковалев']);
    expectAll(latinToCyrillic('Tatyana'), ['Татьяна']);
    for (const name of ['Tyutyunik', 'Sovetskaya Gavan', 'Yevgeniy Tyutyunnik', 'Elena']) {
      const forms = latinToCyrillic(name);
      expect(forms.length).toBeGreaterThanOrEqual(1);
      expect(forms.length).toBeLessThanOrEqual(3);
    }
    expect(latinToCyrillic('')).toEqual([]);
  });

  it('restores ё in words known to have it', () => {
    expect(restoreYo('Артем Ковалева')).toBe('Артём Ковалёва');
    expect(restoreYo('Иван')).toBe('Иван');
  });
});

describe('informal Latin spellings of Russian names', () => {
  it('doubles and undoubles consonants', () => {
    expect(russianLatinVariants('Tyutyunik')).toContain('Tyutyunnik');
    expect(russianLatinVariants('Tyutyunnik')).toContain('Tyutyunik');
  });

  it('knows the usual alternations', () => {
    const pairs: [string, string][] = [
      ['Razdolnoe', 'Razdolnoye'],
      ['Razdolnoye', 'Razdolnoe'],
      ['Kovalyov', 'Kovalev'],
      ['Kovalyov', 'Kovalyev'],
      ['Kovalev', 'Kovalyov'],
      ['Gorbachov', 'Gorbachev'],
      ['Gorbachev', 'Gorbachov'],
      ['Sergey', 'Sergei'],
      ['Sergei', 'Sergey'],
      ['Tatiana', 'Tatyana'],
      ['Tatyana', 'Tatiana'],
      ['Frunzenskiy', 'Frunzensky'],
      ['Frunzenskiy', 'Frunzenskii'],
      ['Frunzensky', 'Frunzenskiy'],
      ['Frunzenskii', 'Frunzensky'],
      ['Blagoveshchensk', 'Blagoveschensk'],
      ['Blagoveschensk', 'Blagoveshchensk'],
      ['Artyom', 'Artem'],
      ['Artem', 'Artyom'],
      ['Andreyev', 'Andreev'],
      ['Aleksey', 'Alexei'],
      ['Mikhail', 'Mihail'],
      ['Yevgeniy', 'Evgeniy'],
      ["Razdol'noye", 'Razdolnoye'],
    ];
    for (const [from, to] of pairs) expect(russianLatinVariants(from), `${from} → ${to}`).toContain(to);
  });

  it('works word by word in a phrase, keeping case and excluding the input', () => {
    const v = russianLatinVariants('Primorsky Krai');
    expectAll(v, ['Primorskiy Krai', 'Primorsky Kray']);
    expectNone(v, ['Primorsky Krai']);
    expect(russianLatinVariants('')).toEqual([]);
  });
});

describe('spellingVariants', () => {
  it('links Latin and Cyrillic spellings of Russian names', () => {
    expectAll(spellingVariants('Artem'), ['Artyom', 'Артём', 'Артем']);
    expectAll(spellingVariants('Artyom'), ['Artem', 'Артём', 'Артем']);
    expectAll(spellingVariants('Артём'), ['Artyom', 'Artem', 'Артем']);
    expectAll(spellingVariants('Артем'), ['Artyom', 'Artem', 'Артём']);
    expectAll(spellingVariants('Khabarovsk'), ['Хабаровск', 'Habarovsk']);
    expectAll(spellingVariants('Владивосток'), ['Vladivostok']);
    expectAll(spellingVariants('Kovalyov'), ['Kovalev', 'Kovalyev', 'Ковалёв']);
    expectAll(spellingVariants('Tyutyunik'), ['Tyutyunnik', 'Тютюник']);
    expectAll(spellingVariants('Chegdomyn'), ['Чегдомын']);
    expectAll(spellingVariants('Frunzensky'), ['Frunzenskiy', 'Frunzenskii', 'Фрунзенский']);
  });

  it('gives phrases and the variants of their words', () => {
    const v = spellingVariants('Приморский край');
    expectAll(v, ['Primorsky kray', 'Primorskiy', 'Primorsky']);
    const y = spellingVariants('Yevgeniy Tyutyunnik');
    expectAll(y, ['Evgeniy Tyutyunnik', 'Евгений Тютюнник', 'Tyutyunik', 'Evgeniy']);
    expectNone(y, ['Yevgeniy', 'Tyutyunnik', 'Yevgeniy Tyutyunnik']);
  });

  it('leaves names that are neither Korean nor Russian alone', () => {
    expect(spellingVariants('Human Rights Watch')).toEqual([]);
    expect(spellingVariants('UNHCR')).toEqual([]);
    expect(spellingVariants('')).toEqual([]);
    expect(spellingVariants('   ')).toEqual([]);
    expect(spellingVariants('Moon Jae-in')).toEqual([]);
  });

  it('handles the Russian words of mixed names', () => {
    const v = spellingVariants('Vladivostok City Court');
    expect(v).toContain('Владивосток');
    expectNone(v, ['Vladivostok']);
    expectAll(spellingVariants('Kim Aleksandr'), ['Александр', 'Alexandr']);
  });

  it('is deduplicated case-insensitively and excludes the input', () => {
    for (const name of ['Choe Kum Chol', 'Artem', 'Приморский край', 'Blagoveshchensk', 'Park']) {
      const v = spellingVariants(name);
      expect(new Set(lower(v)).size).toBe(v.length);
      expect(lower(v)).not.toContain(name.toLowerCase());
    }
  });
});

describe('searchWords', () => {
  it('collects the lower-case words of all names and variants', () => {
    const words = searchWords(['Blagoveshchensk', 'Razdolnoye', 'Приморский край']);
    expectAll(words, [
      'blagoveshchensk',
      'blagoveschensk',
      'благовещенск',
      'razdolnoe',
      'раздолное',
      'primorsky',
      'primorskiy',
      'krai',
      'kray',
      'приморский',
      'край',
    ]);
    for (const w of words) expect(w).toMatch(/^[\p{L}\p{N}]+$/u);
    expect(new Set(words).size).toBe(words.length);
  });

  it('keeps the words of names without variants, and tolerates nothing', () => {
    expect(searchWords(['Human Rights Watch'])).toEqual(['human', 'rights', 'watch']);
    expect(searchWords(['UNHCR', ''])).toEqual(['unhcr']);
    expect(searchWords([])).toEqual([]);
  });
});
