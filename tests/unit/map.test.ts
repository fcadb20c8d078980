/** The map: label layout, where each place is drawn, and whether its coordinates are real. */
import { describe, it, expect } from 'vitest';
import { geoContains, geoDistance } from 'd3-geo';
import { feature } from 'topojson-client';
import countries10 from 'world-atlas/countries-10m.json' with { type: 'json' };
import {
  layoutLabels,
  collisions,
  markerBox,
  overlaps,
  textWidth,
  type LabelRequest,
} from '../../src/lib/label-layout.ts';
import { buildMap, type PlaceData } from '../../src/lib/place-map.ts';
import { mapPanels } from '../../src/lib/map-panels.ts';
import { wrapLabel, markerRadius, drawPanel } from '../../src/lib/geo-map.ts';
import { readPlaces, casesOfPlaces } from '../support/content.ts';

const places = readPlaces() as unknown as { id: string; data: PlaceData }[];
const casesOf = casesOfPlaces();
const panels = mapPanels();
const view = buildMap({ places, casesOf, panels });

describe('label layout', () => {
  const point = (id: string, x: number, y: number, name = id): LabelRequest => ({
    id,
    lines: [name],
    x,
    y,
    r: 4,
    kind: 'point',
    fontSize: 11,
  });
  it('places crowded labels without any overlap, on the computed boxes', () => {
    const requests = Array.from({ length: 9 }, (_, i) =>
      point(`p${i}`, 150 + (i % 3) * 14, 100 + Math.floor(i / 3) * 14, `Place number ${i}`),
    );
    const placed = layoutLabels(requests, { x: 0, y: 0, width: 360, height: 300 });
    expect(placed).toHaveLength(9);
    expect(
      collisions(
        placed,
        requests.map((r) => markerBox(r.x, r.y, r.r)),
      ),
    ).toEqual([]);
    expect(placed.some((l) => l.leader)).toBe(true);
  });
  it('stops with the name of the label when there is no room', () => {
    const requests = Array.from({ length: 6 }, (_, i) => point(`p${i}`, 20 + i * 2, 20, 'A very long name of a place'));
    expect(() => layoutLabels(requests, { x: 0, y: 0, width: 120, height: 60 })).toThrow(
      /no room for the label "A very long name of a place"/,
    );
  });
  it('finds overlaps when there are some', () => {
    const a = {
      id: 'a',
      lines: ['a'],
      box: { x: 0, y: 0, width: 10, height: 10 },
      anchor: 'start' as const,
      textX: 0,
      textY: 0,
      lineHeight: 12,
      fontSize: 10,
      italic: false,
    };
    expect(collisions([a, { ...a, id: 'b', box: { x: 5, y: 5, width: 10, height: 10 } }], [])).toEqual(['a × b']);
    expect(overlaps({ x: 0, y: 0, width: 10, height: 10 }, { x: 11, y: 0, width: 5, height: 5 })).toBe(false);
  });
  it('measures wide letters wider than narrow ones and wraps long names', () => {
    expect(textWidth('WWW', 10)).toBeGreaterThan(textWidth('iii', 10));
    expect(wrapLabel('Far Eastern Federal University campus, Russky Island')).toEqual([
      'Far Eastern',
      'Federal University',
      'campus,',
      'Russky Island',
    ]);
    expect(markerRadius(12, 12)).toBeGreaterThan(markerRadius(1, 12));
  });
});

describe('the map of the record', () => {
  it('lays out every panel without a label over another label or a marker', () => {
    for (const panel of view.panels) {
      const markers = panel.markers.map((m) => markerBox(m.x, m.y, m.r));
      expect(collisions(panel.labels, markers), panel.id).toEqual([]);
      for (const l of panel.labels) {
        expect(l.box.x, l.id).toBeGreaterThanOrEqual(0);
        expect(l.box.y, l.id).toBeGreaterThanOrEqual(0);
        expect(l.box.x + l.box.width, l.id).toBeLessThanOrEqual(panel.width);
        expect(l.box.y + l.box.height, l.id).toBeLessThanOrEqual(panel.height);
      }
    }
  });

  it('still lays out when every place in places.yaml has a case (room for the places writers will add)', () => {
    const everyPlace = new Map(places.map((p, i) => [p.id, [`case-${i}`]]));
    const v = buildMap({ places, casesOf: everyPlace, panels });
    for (const panel of v.panels)
      expect(
        collisions(
          panel.labels,
          panel.markers.map((m) => markerBox(m.x, m.y, m.r)),
        ),
        panel.id,
      ).toEqual([]);
    const drawn = new Set(v.panels.flatMap((p) => p.markers.flatMap((m) => m.places.map((x) => x.id))));
    for (const id of ['moscow', 'tver', 'novosibirsk', 'khabarovsk', 'vladivostok', 'chegdomyn'])
      expect(drawn.has(id), id).toBe(true);
  });

  it('lists every place that a case names, and draws each one that has a position (or says why not)', () => {
    const named = [...casesOf.keys()].sort();
    expect(view.rows.map((r) => r.id).sort()).toEqual(named);
    const drawn = new Set(
      view.panels.flatMap((p) => [
        ...p.markers.flatMap((m) => m.places.map((x) => x.id)),
        ...p.labels.map((l) => l.id),
      ]),
    );
    const labelled = new Set(view.panels.flatMap((p) => p.labels.flatMap((l) => l.id.split('+'))));
    for (const r of view.rows) {
      const s = r.position.state;
      if (s === 'point') {
        expect(drawn.has(r.id), r.id).toBe(true);
        expect(labelled.has(r.id), r.id).toBe(true);
      } else if (s === 'area') expect(labelled.has(r.id), r.id).toBe(true);
      else if (s === 'country') expect(r.position.panel === null || labelled.has(`country-${r.id}`), r.id).toBe(true);
      else if (s === 'within') {
        expect(drawn.has(r.position.in.id), r.id).toBe(true);
        expect(drawn.has(r.id), r.id).toBe(false);
      } else expect(drawn.has(r.id), r.id).toBe(false);
      expect(r.where.length).toBeGreaterThan(0);
    }
  });

  it('sizes a marker by its cases, counting the places inside it that have no position of their own', () => {
    const vladivostok = view.panels
      .flatMap((p) => p.markers)
      .find((m) => m.places.some((p) => p.id === 'vladivostok'))!;
    const inside = places.filter((p) => p.data.parent === 'vladivostok' && p.data.coordinatesPrecision === 'city');
    const expected = new Set([
      ...(casesOf.get('vladivostok') ?? []),
      ...inside.flatMap((p) => casesOf.get(p.id) ?? []),
    ]);
    expect(vladivostok.cases).toBe(expected.size);
  });

  it('draws an approximate position differently from an exact one', () => {
    const markers = view.panels.flatMap((p) => p.markers);
    for (const m of markers) {
      const precisions = m.places.map((p) => places.find((x) => x.id === p.id)!.data.coordinatesPrecision ?? 'exact');
      expect(m.approximate, m.places[0].id).toBe(precisions.every((x) => x === 'approximate'));
    }
    expect(markers.some((m) => m.approximate)).toBe(true);
  });

  it('leaves out a place with no position and says why', () => {
    const without = places.map((p) =>
      p.id === 'khabarovsk'
        ? { ...p, data: { ...p.data, coordinates: undefined, noCoordinates: 'The sources give no position.' } }
        : p,
    );
    const v = buildMap({ places: without as typeof places, casesOf, panels });
    const row = v.rows.find((r) => r.id === 'khabarovsk')!;
    expect(row.position.state).toBe('unknown');
    expect(row.where).toMatch(/The sources give no position/);
    expect(v.panels.flatMap((p) => p.markers).some((m) => m.places.some((x) => x.id === 'khabarovsk'))).toBe(false);
  });

  it('writes small outlines: rounded coordinates, clipped to the panel', () => {
    for (const panel of view.panels) {
      expect(panel.land).toMatch(/^M[\d.]+ [\d.]+l/);
      expect(panel.land).not.toMatch(/\d\.\d\d/);
      const numbers = [...panel.land.matchAll(/M(-?[\d.]+) (-?[\d.]+)/g)].map((m) => [Number(m[1]), Number(m[2])]);
      for (const [x, y] of numbers) {
        expect(x).toBeGreaterThanOrEqual(-0.1);
        expect(x).toBeLessThanOrEqual(panel.width + 0.1);
        expect(y).toBeLessThanOrEqual(panel.height + 0.1);
      }
    }
    const locator = drawPanel({ ...panels.panels[1]!, width: 240, resolution: '110m' }, [], { maxCases: 1, digits: 0 });
    expect(locator.land).not.toMatch(/\./);
  });
});

/**
 * Coordinates are real: each place lies in the bounding box of every region above it that is
 * listed here, and inside (or within 10 km of) its country's territory as Natural Earth draws it.
 */
const REGION_BOXES: Record<string, [number, number, number, number]> = {
  // [south, west, north, east]
  'primorsky-krai': [42.3, 130.4, 48.5, 139.1],
  'khabarovsk-krai': [46.5, 130.3, 62.6, 147.3],
  'verkhnebureinsky-district': [50.0, 130.3, 53.5, 136.0],
  'amur-oblast': [48.8, 119.6, 57.1, 134.95],
  'sakhalin-oblast': [43.3, 141.6, 54.5, 156.8],
  mordovia: [53.6, 42.1, 55.2, 46.8],
  'tver-oblast': [55.6, 30.7, 58.9, 38.4],
  'novosibirsk-oblast': [53.2, 75.0, 57.3, 85.1],
  'russian-far-east': [41.1, 97.0, 77.7, 180],
  siberia: [45.0, 56.0, 78.0, 142.0],
  vladivostok: [42.85, 131.7, 43.45, 132.25],
  'frunzensky-district': [43.07, 131.84, 43.15, 131.95],
  'russky-island': [42.94, 131.68, 43.1, 131.97],
  artem: [43.3, 131.95, 43.5, 132.4],
  moscow: [55.1, 36.8, 56.05, 38.0],
  khabarovsk: [48.3, 134.9, 48.7, 135.35],
  blagoveshchensk: [50.2, 127.35, 50.5, 127.75],
  chegdomyn: [51.05, 132.9, 51.2, 133.15],
  tver: [56.75, 35.7, 56.95, 36.1],
  novosibirsk: [54.8, 82.7, 55.2, 83.2],
  pyongyang: [38.85, 125.5, 39.25, 126.0],
  geneva: [46.15, 6.05, 46.3, 6.25],
};
/** Natural Earth's names for the countries in places.yaml (the Soviet Union is drawn as Russia). */
const NE_NAME: Record<string, string> = {
  russia: 'Russia',
  'soviet-union': 'Russia',
  'north-korea': 'North Korea',
  'south-korea': 'South Korea',
  china: 'China',
  ukraine: 'Ukraine',
  japan: 'Japan',
  'united-states': 'United States of America',
  switzerland: 'Switzerland',
};

describe('coordinates', () => {
  const byId = new Map(places.map((p) => [p.id, p]));
  const topo = countries10 as any;
  const shapes = (feature(topo, topo.objects.countries) as any).features as { properties: { name: string } }[];
  const shape = (name: string) => shapes.find((s) => s.properties.name === name)!;
  const nearTerritory = (f: any, [lat, lon]: [number, number]) => {
    if (geoContains(f, [lon, lat])) return true;
    const km = 10 / 6371;
    return Array.from({ length: 16 }, (_, i) => (i / 16) * 2 * Math.PI).some((a) => {
      const p: [number, number] = [
        lon + (km * (180 / Math.PI) * Math.cos(a)) / Math.cos((lat * Math.PI) / 180),
        lat + km * (180 / Math.PI) * Math.sin(a),
      ];
      return geoContains(f, p) && geoDistance(p, [lon, lat]) <= km * 1.01;
    });
  };
  const ancestors = (id: string) => {
    const out: string[] = [];
    let p = byId.get(id);
    while (p) {
      out.push(p.id);
      p = p.data.parent ? byId.get(p.data.parent) : undefined;
    }
    return out;
  };

  it('has a box for every region, and every place with an exact position, that has places within it', () => {
    const parents = new Set(places.flatMap((p) => (p.data.parent ? [p.data.parent] : [])));
    for (const id of parents) {
      const { kind, coordinates, coordinatesPrecision } = byId.get(id)!.data;
      if (kind === 'country') continue;
      // A place with no known position (Elkhilkan) or one placed only roughly has no box to check against.
      if (!['region', 'district'].includes(kind) && (!coordinates || (coordinatesPrecision ?? 'exact') !== 'exact'))
        continue;
      expect(REGION_BOXES[id], `a bounding box for "${id}" in tests/unit/map.test.ts`).toBeDefined();
    }
  });

  for (const p of places) {
    const at = p.data.coordinates;
    if (!at) continue;
    it(`${p.id} lies where it should`, () => {
      const [lat, lon] = at;
      for (const a of ancestors(p.id)) {
        const box = REGION_BOXES[a];
        if (box) {
          expect(lat, `${p.id} in ${a}`).toBeGreaterThanOrEqual(box[0]);
          expect(lat, `${p.id} in ${a}`).toBeLessThanOrEqual(box[2]);
          expect(lon, `${p.id} in ${a}`).toBeGreaterThanOrEqual(box[1]);
          expect(lon, `${p.id} in ${a}`).toBeLessThanOrEqual(box[3]);
        }
        const country = byId.get(a)!.data.kind === 'country' ? NE_NAME[a] : undefined;
        if (country && !(p.data.kind === 'border'))
          expect(nearTerritory(shape(country), at), `${p.id} in ${country}`).toBe(true);
      }
    });
  }
});
