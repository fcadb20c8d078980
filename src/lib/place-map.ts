/**
 * The map of the record: every place that has cases or events, where it is drawn (or why it
 * is not), and the panels that draw them. Pure: it takes the places, which cases name them and
 * the panels (content/map.yaml, read by src/lib/map-panels.ts).
 */
import { drawPanel, containsPoint, type Panel, type MapPlace, type PanelDrawing } from './geo-map.ts';
import { labelOf } from './vocabulary.ts';
import { routes } from './routes.ts';
import type { MapPanels } from './map-panels.ts';

/** A place as content/places.yaml gives it (the fields the map reads). */
export interface PlaceData {
  id: string;
  name: string;
  kind: string;
  parent?: string;
  coordinates?: [number, number];
  coordinatesPrecision?: string;
  /** Why the position is not known, where no coordinates are given. */
  noCoordinates?: string;
  [field: string]: unknown;
}
type PlaceEntry = { id: string; data: PlaceData };
/** The places and, for each place id, the ids of the cases that name it. */
export interface MapInput {
  places: PlaceEntry[];
  casesOf: Map<string, string[]>;
  /** Place id → how many dated facts of the documents (outside the cases) happened there. */
  factsOf?: Map<string, number>;
  /** The panels that draw the places. */
  panels: MapPanels;
}

function must<T extends { id: string }>(list: T[], id: string, what: string): T {
  const found = list.find((e) => e.id === id);
  if (!found) throw new Error(`no ${what} "${id}"`);
  return found;
}

/** Kinds drawn as a name across an area rather than as a point. */
const AREA_KINDS = new Set(['region', 'district']);

export type Position =
  | { state: 'point'; precision: 'exact' | 'approximate'; at: [number, number]; panel: string }
  | { state: 'area'; at: [number, number]; panel: string }
  | { state: 'country'; panel: string | null }
  | { state: 'within'; in: { id: string; name: string; href: string }; panel: string | null }
  | { state: 'outside'; at: [number, number] }
  | { state: 'unknown'; reason: string };

export interface MapRow {
  id: string;
  name: string;
  href: string;
  kind: string;
  /** Cases that name this place (itself only). */
  cases: number;
  /** Dated facts of the documents at this place. */
  facts: number;
  position: Position;
  /** What the list says about where the place is on the map. */
  where: string;
}

export interface MapView {
  panels: PanelDrawing[];
  rows: MapRow[];
  maxCases: number;
}

type Coordinates = [number, number];
/** A place's own position, if it has one (a place shown at its city's point has none of its own). */
function ownPosition(p: PlaceEntry): { at: Coordinates; precision: 'exact' | 'approximate' } | null {
  const at = p.data.coordinates;
  const precision = p.data.coordinatesPrecision ?? 'exact';
  if (!at || precision === 'city') return null;
  return { at, precision: precision === 'exact' ? 'exact' : 'approximate' };
}

function unknownReason(p: PlaceEntry): string {
  const reason = p.data.noCoordinates;
  return typeof reason === 'string' && reason.trim() ? reason : 'Its position is not known.';
}

/** What a place's page says of its position: the coordinates and how exact they are, or why there are none. */
export function positionText(p: PlaceData): string {
  if (!p.coordinates) return `Not known. ${unknownReason({ id: p.id, data: p })}`;
  const [lat, lon] = p.coordinates;
  const precision = p.coordinatesPrecision ?? 'exact';
  const qualifier =
    precision === 'exact' ? '' : precision === 'city' ? ' (the city’s, not the building’s)' : ' (approximate)';
  return `${lat.toFixed(4)}, ${lon.toFixed(4)}${qualifier}`;
}

/** The whole map. */
export function buildMap(archive: MapInput): MapView {
  const { panels: byDetail, shown } = archive.panels;
  const panelOf = (at: Coordinates) => byDetail.find((panel) => containsPoint(panel, at))?.id ?? null;
  const byId = new Map(archive.places.map((p) => [p.id, p]));
  const casesOf = (id: string) => archive.casesOf.get(id) ?? [];

  /** The nearest place up the chain that is drawn as a point (for places with no position of their own). */
  const drawnAncestor = (p: PlaceEntry): PlaceEntry | null => {
    let parent = p.data.parent ? byId.get(p.data.parent) : undefined;
    while (parent) {
      const own = ownPosition(parent);
      if (own && parent.data.kind !== 'country' && !AREA_KINDS.has(parent.data.kind)) return parent;
      parent = parent.data.parent ? byId.get(parent.data.parent) : undefined;
    }
    return null;
  };

  const positionOf = (p: PlaceEntry): Position => {
    if (p.data.kind === 'country') {
      const panel = byDetail.find((panel) => panel.areaLabels?.some((l) => l.id === p.id));
      return { state: 'country', panel: panel?.id ?? null };
    }
    const own = ownPosition(p);
    if (own) {
      const panel = panelOf(own.at);
      if (!panel) return { state: 'outside', at: own.at };
      if (AREA_KINDS.has(p.data.kind)) return { state: 'area', at: own.at, panel };
      return { state: 'point', precision: own.precision, at: own.at, panel };
    }
    const at = p.data.coordinates;
    const ancestor = at ? drawnAncestor(p) : null;
    if (ancestor) {
      const a = ownPosition(ancestor)!;
      return {
        state: 'within',
        in: { id: ancestor.id, name: ancestor.data.name, href: routes.place(ancestor.id) },
        panel: panelOf(a.at),
      };
    }
    return { state: 'unknown', reason: unknownReason(p) };
  };

  // Places on the map: every place with cases, and every point that stands for one.
  const withCases = archive.places.filter((p) => casesOf(p.id).length > 0 || (archive.factsOf?.get(p.id) ?? 0) > 0);
  const rows: MapRow[] = withCases.map((p) => {
    const position = positionOf(p);
    return {
      id: p.id,
      name: p.data.name,
      href: routes.place(p.id),
      kind: labelOf(p.data.kind),
      cases: casesOf(p.id).length,
      facts: archive.factsOf?.get(p.id) ?? 0,
      position,
      where: describePosition(position),
    };
  });

  // A marker counts the cases of its place and of the places within it that have no position of their own.
  const markerCases = new Map<string, Set<string>>();
  const add = (id: string, cases: string[]) => markerCases.set(id, new Set([...(markerCases.get(id) ?? []), ...cases]));
  for (const r of rows) {
    if (r.position.state === 'point' || r.position.state === 'area') add(r.id, casesOf(r.id));
    if (r.position.state === 'within') add(r.position.in.id, casesOf(r.id));
  }
  const mapPlaces: (MapPlace & { panel: string })[] = [...markerCases]
    .map(([id, cases]) => {
      const p = byId.get(id)!;
      const own = ownPosition(p)!;
      return {
        id,
        name: p.data.name,
        href: routes.place(id),
        at: own.at,
        precision: own.precision,
        cases: cases.size,
        area: AREA_KINDS.has(p.data.kind),
        panel: panelOf(own.at)!,
      };
    })
    .filter((p) => p.panel);
  const maxCases = Math.max(1, ...mapPlaces.filter((p) => !p.area).map((p) => p.cases));

  const countryHref = (id: string) => (byId.has(id) && casesOf(id).length > 0 ? routes.place(id) : undefined);
  const panels = shown.map((id) => {
    const panel = must(byDetail, id, 'map panel');
    const index = byDetail.indexOf(panel);
    const withLinks = { ...panel, areaLabels: panel.areaLabels?.map((l) => ({ ...l, href: countryHref(l.id) })) };
    return drawPanel(
      withLinks,
      mapPlaces.filter((p) => p.panel === id),
      { maxCases, insets: byDetail.slice(0, index) },
    );
  });
  return { panels, rows, maxCases };
}

export function describePosition(p: Position): string {
  switch (p.state) {
    case 'point':
      return p.precision === 'exact' ? 'On the map' : 'On the map, position approximate';
    case 'area':
      return 'On the map, name across the region (approximate)';
    case 'country':
      return p.panel ? 'Country: name on the map' : 'Country: beyond the maps';
    case 'within':
      return `No position of its own: counted at ${p.in.name}`;
    case 'outside':
      return 'Beyond the maps';
    case 'unknown':
      return `Not on the map: ${p.reason}`;
  }
}

/** A small map for one place's page: its point on its region's panel, or nothing if it has none. */
export function locatorView(archive: MapInput, placeId: string): { drawing: PanelDrawing; caption: string } | null {
  const p = must(archive.places, placeId, 'place');
  if (p.data.kind === 'country') return null;
  let own = ownPosition(p);
  let caption = '';
  if (!own) {
    const byId = new Map(archive.places.map((x) => [x.id, x]));
    let parent = p.data.parent ? byId.get(p.data.parent) : undefined;
    while (parent && !(ownPosition(parent) && !AREA_KINDS.has(parent.data.kind) && parent.data.kind !== 'country'))
      parent = parent.data.parent ? byId.get(parent.data.parent) : undefined;
    if (!parent || !p.data.coordinates) return null;
    own = { at: ownPosition(parent)!.at, precision: 'approximate' };
    caption = `The exact spot is not known: the point is ${parent.data.name}.`;
  } else if (own.precision === 'approximate') {
    caption = AREA_KINDS.has(p.data.kind) ? 'The circle marks the region roughly.' : 'The position is approximate.';
  }
  // The regional panels, not the close-ups: a locator shows where in the country a place is.
  const panel = archive.panels.regional.find((x) => containsPoint(x, own!.at));
  if (!panel) return null;
  // A portrait panel fits in 240 units across; a landscape one gets 340, so neither is a sliver.
  const [w, south, e, north] = panel.extent;
  const landscape = (e - w) * Math.cos((((south + north) / 2) * Math.PI) / 180) > north - south;
  const small: Panel = {
    ...panel,
    id: `locator-${panel.id}`,
    width: landscape ? 340 : 240,
    resolution: '110m',
    areaLabels: [],
  };
  const drawing = drawPanel(
    small,
    [{ id: p.id, name: p.data.name, href: routes.place(p.id), at: own.at, precision: own.precision, cases: 1 }],
    { maxCases: 1, radius: 6, digits: 0, fontSize: 13 },
  );
  return { drawing, caption };
}
