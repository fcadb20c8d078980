/** The map of the record, computed once per build from the archive and content/map.yaml (see src/lib/place-map.ts). */
import type { Archive } from './archive.ts';
import { buildMap, locatorView, type MapInput, type MapView, type PlaceData } from '../lib/place-map.ts';
import { mapPanels } from '../lib/map-panels.ts';

const inputs = new WeakMap<Archive, MapInput>();
const views = new WeakMap<Archive, MapView>();

function input(archive: Archive): MapInput {
  let i = inputs.get(archive);
  if (!i) {
    const factsOf = new Map<string, number>();
    for (const f of archive.documentEvents)
      if (f.data.place) factsOf.set(f.data.place, (factsOf.get(f.data.place) ?? 0) + 1);
    i = {
      places: archive.places.map((p) => ({ id: p.id, data: p.data as PlaceData })),
      casesOf: archive.casesOf.places,
      factsOf,
      panels: mapPanels(),
    };
    inputs.set(archive, i);
  }
  return i;
}

export function mapView(archive: Archive): MapView {
  let v = views.get(archive);
  if (!v) {
    v = buildMap(input(archive));
    views.set(archive, v);
  }
  return v;
}

export function placeLocator(archive: Archive, placeId: string) {
  return locatorView(input(archive), placeId);
}
