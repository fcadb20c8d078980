/**
 * schema.org descriptions (JSON-LD) of the archive's places, people and organizations: what a
 * search engine or a linked-data tool reads of an entry page. A place carries its position only
 * where the archive knows it (never a made-up point); its precision is said in words.
 */
import type { Archive } from './archive.ts';
import { must } from './archive.ts';
import { routes } from '../lib/routes.ts';

type Kind = 'places' | 'people' | 'organizations';
const TYPE: Record<Kind, string> = { places: 'Place', people: 'Person', organizations: 'Organization' };

export function entityJsonLd(archive: Archive, kind: Kind, id: string, site: URL): object {
  const url = (address: string) => new URL(address, site).href;
  const self = url(routes.entity(kind, id));
  if (kind === 'places') {
    const p = must(archive.places, id, 'place');
    const names = [
      ...new Set([...p.data.spellings, p.data.russian, p.data.native].filter((n): n is string => Boolean(n))),
    ];
    const precision = p.data.coordinatesPrecision ?? 'exact';
    return {
      '@context': 'https://schema.org',
      '@type': TYPE.places,
      '@id': self,
      url: self,
      name: p.data.name,
      ...(names.length ? { alternateName: names } : {}),
      ...(p.data.coordinates
        ? {
            geo: {
              '@type': 'GeoCoordinates',
              latitude: p.data.coordinates[0],
              longitude: p.data.coordinates[1],
              ...(precision !== 'exact'
                ? {
                    description:
                      precision === 'city' ? 'The city’s position, not the building’s' : 'Approximate position',
                  }
                : {}),
            },
          }
        : {}),
      ...(p.data.parent
        ? {
            containedInPlace: {
              '@type': 'Place',
              '@id': url(routes.place(p.data.parent)),
              name: must(archive.places, p.data.parent, 'place').data.name,
            },
          }
        : {}),
      ...(p.data.note ? { description: p.data.note } : {}),
    };
  }
  const e = kind === 'people' ? must(archive.people, id, 'person') : must(archive.organizations, id, 'organization');
  const d = e.data as {
    name: string;
    spellings: string[];
    russian?: string;
    korean?: string;
    acronyms?: string[];
    note?: string;
    role?: string;
  };
  const names = [
    ...new Set([...(d.acronyms ?? []), ...d.spellings, d.russian, d.korean].filter((n): n is string => Boolean(n))),
  ];
  return {
    '@context': 'https://schema.org',
    '@type': TYPE[kind],
    '@id': self,
    url: self,
    name: d.name,
    ...(names.length ? { alternateName: names } : {}),
    ...(d.role ? { description: d.role } : d.note ? { description: d.note } : {}),
  };
}
