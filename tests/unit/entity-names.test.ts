/** The entities' names for the Markdown pipeline (src/lib/entity-names.ts), read from content/ and checked. */
import { describe, it, expect, afterEach } from 'vitest';
import { contentFolder, removeFolders } from '../support/content.ts';
import { readEntityNames } from '../../src/lib/entity-names.ts';

afterEach(() => {
  delete process.env.ARCHIVE_CONTENT;
  removeFolders();
});

describe('readEntityNames', () => {
  const entities = {
    'places.yaml': '- id: vladivostok\n  name: Vladivostok\n  russian: Владивосток\n  kind: city\n',
    'people.yaml': '- id: tsoy\n  name: Tsoy Li\n  spellings: [Tsoi Li]\n',
    'organizations.yaml': '- id: unhcr\n  name: UN refugee agency\n  acronyms: [UNHCR, UN]\n  kind: un\n',
  };
  it('gives every name and spelling of the places, people, organizations and named case subjects', () => {
    const dir = contentFolder({
      ...entities,
      'cases/choi.mdx': '---\nnames:\n  - { name: "Choi Gyong Ho", source: x }\n---\n',
    });
    process.env.ARCHIVE_CONTENT = dir;
    expect(readEntityNames()).toEqual([
      {
        kind: 'places',
        id: 'vladivostok',
        names: ['Vladivostok', 'Владивосток'],
        russian: 'Владивосток',
        transliterate: true,
        placeKind: 'city',
      },
      { kind: 'people', id: 'tsoy', names: ['Tsoy Li', 'Tsoi Li'], transliterate: true },
      { kind: 'organizations', id: 'unhcr', names: ['UN refugee agency', 'UNHCR'], transliterate: false },
      { kind: 'cases', id: 'choi', names: ['Choi Gyong Ho'] },
    ]);
  });
  it('refuses a wrong name, naming the file and the field', () => {
    const dir = contentFolder({ ...entities, 'people.yaml': '- id: tsoy\n  name: [Tsoy]\n' });
    process.env.ARCHIVE_CONTENT = dir;
    expect(() => readEntityNames()).toThrow(/people\.yaml: \[0\]\.name: /);
  });
});
