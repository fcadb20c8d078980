/** The settings and tables of content/*.yaml: read once, checked, and refused with the file and the field. */
import { describe, it, expect } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'astro/zod';
import { parseContentFile, readContentFile } from '../../src/lib/content-file.ts';
import { spellingTablesSchema } from '../../src/lib/spelling/tables.ts';
import { siteSchema } from '../../src/data/site.ts';
import { mapPanelsSchema } from '../../src/lib/map-panels.ts';

const schema = z
  .object({ name: z.string({ error: 'name is required (text)' }), contact: z.object({ email: z.string() }).strict() })
  .strict();

describe('reading a content file', () => {
  it('gives the checked data', () => {
    expect(parseContentFile('content/x.yaml', 'name: A\ncontact: { email: "" }\n', schema)).toEqual({
      name: 'A',
      contact: { email: '' },
    });
  });
  it('names the file and the field of each problem', () => {
    expect(() => parseContentFile('content/x.yaml', 'name: 3\ncontact: { email: "" }\n', schema)).toThrow(
      /^content\/x\.yaml: name: name is required \(text\)$/,
    );
    expect(() => parseContentFile('content/x.yaml', 'name: A\ncontact: { emial: "" }\n', schema)).toThrow(
      /content\/x\.yaml: contact\.emial: is not a field here/,
    );
  });
  it('says when the YAML itself is broken', () => {
    expect(() => parseContentFile('content/x.yaml', 'name: [A\n', schema)).toThrow(/^content\/x\.yaml: not valid YAML/);
  });
  it('says when the file is missing', () => {
    expect(() => readContentFile('no-such-file.yaml', schema)).toThrow(/no-such-file\.yaml: file not found/);
  });
});

describe('content/spellings.yaml', () => {
  const source = readFileSync(join('content', 'spellings.yaml'), 'utf8');
  it('is valid', () => {
    const tables = parseContentFile('content/spellings.yaml', source, spellingTablesSchema);
    expect(tables.koreanSurnames[0]).toContain('Choe');
    expect(tables.englishWords.has('human')).toBe(true);
  });
  it('refuses a spelling that is not one word, naming the group and the place in it', () => {
    const bad = source.replace('[Choe, Choi,', '[Choe, Choi Kum,');
    expect(() => parseContentFile('content/spellings.yaml', bad, spellingTablesSchema)).toThrow(
      /content\/spellings\.yaml: koreanSurnames\[0\]\[1\]: a spelling is one word/,
    );
  });
  it('refuses a ё word written without ё', () => {
    const bad = source.replace('Артём,', 'Артем,');
    expect(() => parseContentFile('content/spellings.yaml', bad, spellingTablesSchema)).toThrow(
      /yoWords\[0\]: must be one Russian word written with ё/,
    );
  });
});

describe('content/site.yaml', () => {
  const source = readFileSync(join('content', 'site.yaml'), 'utf8');
  it('is valid', () => {
    expect(parseContentFile('content/site.yaml', source, siteSchema).licences.texts.url).toMatch(/^https:\/\//);
  });
  it('refuses a contact address while the details are placeholders, and none once they are not', () => {
    expect(() =>
      parseContentFile('content/site.yaml', source.replace('email: ""', 'email: "editors@example.org"'), siteSchema),
    ).toThrow(/content\/site\.yaml: placeholder: placeholder is true, but a contact address is set/);
    expect(() =>
      parseContentFile('content/site.yaml', source.replace('placeholder: true', 'placeholder: false'), siteSchema),
    ).toThrow(/content\/site\.yaml: contact\.email: placeholder is false/);
  });
  it('refuses a licence without a full address', () => {
    expect(() =>
      parseContentFile(
        'content/site.yaml',
        source.replace('url: "https://creativecommons.org/licenses/by/4.0/"', 'url: "creativecommons.org"'),
        siteSchema,
      ),
    ).toThrow(/licences\.texts\.url: url must be the full address/);
  });
});

describe('content/map.yaml', () => {
  const source = readFileSync(join('content', 'map.yaml'), 'utf8');
  it('gives the panels as the map draws them: extent [west, south, east, north], country names as labels', () => {
    const map = parseContentFile('content/map.yaml', source, mapPanelsSchema);
    expect(map.panels[0]).toEqual({
      id: 'map-vladivostok',
      title: 'Vladivostok and around',
      frameLabel: 'Vladivostok area',
      extent: [131.55, 42.9, 132.35, 43.62],
      width: 360,
      resolution: '10m',
    });
    expect(map.panels[1]!.areaLabels![0]).toEqual({ id: 'russia', text: 'RUSSIA', at: [54.2, 124.5] });
    expect(map.regional.map((p) => p.id)).toEqual(['map-far-east', 'map-west']);
  });
  it('refuses a panel missing from shown, and a country name outside its panel', () => {
    expect(() =>
      parseContentFile(
        'content/map.yaml',
        source.replace('shown: [map-far-east, map-vladivostok, map-west]', 'shown: [map-far-east, map-west]'),
        mapPanelsSchema,
      ),
    ).toThrow(/content\/map\.yaml: shown: the panel "map-vladivostok" is missing/);
    expect(() =>
      parseContentFile('content/map.yaml', source.replace('at: [44.5, 123.2]', 'at: [24.5, 123.2]'), mapPanelsSchema),
    ).toThrow(/content\/map\.yaml: panels\[1\]\.countries\[1\]\.at: the name CHINA would be outside the panel/);
  });
});
