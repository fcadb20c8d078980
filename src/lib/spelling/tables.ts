/**
 * The editorial spelling tables (content/spellings.yaml): which spellings of a Korean surname or
 * given-name syllable are the same, which Russian words are written with ё, and which Latin words
 * are English. Editors change them; the transliteration rules stay in code.
 */
import { z } from 'astro/zod';
import { readContentFile } from '../content-file.ts';

const spelling = z
  .string({ error: 'each spelling must be a word, e.g. Choe or Цой' })
  .regex(
    /^(?:\p{Script=Latin}+|\p{Script=Cyrillic}+)$/u,
    'a spelling is one word of Latin or of Cyrillic letters, without spaces, hyphens or quotation marks, e.g. Choe or Цой',
  );

const spellingGroups = (what: string) =>
  z.array(
    z
      .array(spelling, { error: `each group of ${what} must be a list of spellings, e.g. [Choe, Choi, Цой]` })
      .min(2, 'a group lists at least two spellings of the same name'),
    { error: `must be a list of groups of ${what}, each a list of spellings, e.g. - [Choe, Choi, Цой]` },
  );

/** The schema of content/spellings.yaml. */
export const spellingTablesSchema = z
  .object(
    {
      koreanSurnames: spellingGroups('surname spellings'),
      koreanGivenSyllables: spellingGroups('syllable spellings'),
      yoWords: z.array(
        z
          .string({ error: 'each word must be a Russian word written with ё, e.g. Артём' })
          .regex(
            /^\p{Script=Cyrillic}*ё\p{Script=Cyrillic}*$/u,
            'must be one Russian word written with ё (a lower-case ё), e.g. Артём',
          ),
        { error: 'must be a list of Russian words written with ё, e.g. [Артём, Семён]' },
      ),
      englishWords: z
        .array(
          z
            .string({ error: 'each word must be an English word in lower case, e.g. human' })
            .regex(/^[a-z]+$/, 'must be one English word in lower-case letters a–z, e.g. human'),
          { error: 'must be a list of English words in lower case, e.g. [human, rights, watch]' },
        )
        .transform((words) => new Set(words)),
    },
    { error: 'must hold koreanSurnames, koreanGivenSyllables, yoWords and englishWords' },
  )
  .strict();

export type SpellingTables = z.output<typeof spellingTablesSchema>;

/** The tables, read from content/spellings.yaml on first use. */
export function spellingTables(): SpellingTables {
  return readContentFile('spellings.yaml', spellingTablesSchema);
}
