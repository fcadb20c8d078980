/**
 * Maps drawn once at build time as plain SVG from Natural Earth boundaries (the `world-atlas`
 * package, public domain), projected with d3-geo. A panel is a rectangle of the world; its
 * coastlines and borders are clipped to it and written with rounded coordinates, so the SVG
 * stays small. Nothing here draws tiles or asks another host for anything.
 */
import { geoConicConformal, geoPath, geoBounds, type GeoProjection } from 'd3-geo';
import { feature, mesh } from 'topojson-client';
import type { Topology, GeometryCollection } from 'topojson-specification';
import type { Feature, FeatureCollection, Geometry, MultiLineString } from 'geojson';
import countries50 from 'world-atlas/countries-50m.json' with { type: 'json' };
import countries110 from 'world-atlas/countries-110m.json' with { type: 'json' };
import countries10 from 'world-atlas/countries-10m.json' with { type: 'json' };
import { layoutLabels, type Box, type LabelRequest, type PlacedLabel } from './label-layout.ts';

export type Resolution = '10m' | '50m' | '110m';

export interface Panel {
  id: string;
  /** What the panel shows, for its title and the screen-reader description. */
  title: string;
  /** Extent: west, south, east, north in degrees. */
  extent: [number, number, number, number];
  /** Width of the drawing in SVG units (the height follows from the projection). */
  width: number;
  resolution: Resolution;
  /** Short name written beside this panel's frame on the wider maps. */
  frameLabel?: string;
  /** Labels for countries (and seas) drawn on this panel, at a chosen point [lat, lon]. */
  areaLabels?: { id: string; text: string; at: [number, number]; href?: string }[];
}

export interface MapPlace {
  id: string;
  name: string;
  href: string;
  /** [latitude, longitude] */
  at: [number, number];
  precision: 'exact' | 'approximate';
  /** How many cases the marker stands for (its size). */
  cases: number;
  /** A region drawn as a name over its area rather than as a point. */
  area?: boolean;
}

export interface Marker {
  x: number;
  y: number;
  r: number;
  approximate: boolean;
  cases: number;
  places: { id: string; name: string; href: string; precision: 'exact' | 'approximate' }[];
}

export interface Frame {
  id: string;
  title: string;
  label: string;
  box: Box;
}

export interface PanelDrawing {
  id: string;
  title: string;
  width: number;
  height: number;
  land: string;
  borders: string;
  markers: Marker[];
  labels: (PlacedLabel & { links: { href: string; text: string }[] })[];
  frames: Frame[];
}

type Topo = Topology<{ countries: GeometryCollection<{ name: string }>; land: GeometryCollection }>;
const TOPOLOGIES: Record<Resolution, Topo> = {
  '10m': countries10 as unknown as Topo,
  '50m': countries50 as unknown as Topo,
  '110m': countries110 as unknown as Topo,
};

const geometryCache = new Map<
  Resolution,
  { countries: Feature<Geometry, { name: string }>[]; borders: MultiLineString }
>();
function geometry(resolution: Resolution) {
  let g = geometryCache.get(resolution);
  if (!g) {
    const topo = TOPOLOGIES[resolution];
    const countries = (feature(topo, topo.objects.countries) as FeatureCollection<Geometry, { name: string }>).features;
    const borders = mesh(topo, topo.objects.countries, (a, b) => a !== b);
    g = { countries, borders };
    geometryCache.set(resolution, g);
  }
  return g;
}

const projections = new Map<string, { projection: GeoProjection; height: number }>();
/** The panel's projection: conformal conic, fitted to its extent. */
export function panelProjection(panel: Panel): { projection: GeoProjection; height: number } {
  const key = `${panel.id}:${panel.width}:${panel.extent.join(',')}`;
  const cached = projections.get(key);
  if (cached) return cached;
  const [w, s, e, n] = panel.extent;
  const outline = extentOutline(panel.extent);
  const projection = geoConicConformal()
    .rotate([-(w + e) / 2, 0])
    .parallels([s + (n - s) / 4, n - (n - s) / 4])
    .precision(0.2);
  projection.fitWidth(panel.width, outline);
  const [[, y0], [, y1]] = geoPath(projection).bounds(outline);
  const height = Math.round(y1 - y0);
  projection.fitSize([panel.width, height], outline);
  projection.clipExtent([
    [0, 0],
    [panel.width, height],
  ]);
  const result = { projection, height };
  projections.set(key, result);
  return result;
}

/** The extent as a polygon whose edges follow parallels and meridians. */
function extentOutline([w, s, e, n]: Panel['extent']): Feature {
  const ring: [number, number][] = [];
  const steps = 20;
  for (let i = 0; i <= steps; i++) ring.push([w + ((e - w) * i) / steps, s]);
  for (let i = 0; i <= steps; i++) ring.push([e, s + ((n - s) * i) / steps]);
  for (let i = 0; i <= steps; i++) ring.push([e - ((e - w) * i) / steps, n]);
  for (let i = 0; i <= steps; i++) ring.push([w, n - ((n - s) * i) / steps]);
  return { type: 'Feature', properties: {}, geometry: { type: 'Polygon', coordinates: [ring.reverse()] } };
}

export function containsPoint(panel: Panel, [lat, lon]: [number, number]): boolean {
  const [w, s, e, n] = panel.extent;
  return lon >= w && lon <= e && lat >= s && lat <= n;
}

/**
 * A d3 path context that writes rounded relative coordinates and drops points that round
 * onto the previous one: the same outline in a fraction of the bytes.
 */
class RoundedPath {
  private parts: string[] = [];
  private x = 0;
  private y = 0;
  private startX = 0;
  private startY = 0;
  private ring: string[] = [];
  private ringPoints = 0;
  private scale: number;
  constructor(scale: number) {
    this.scale = scale;
  }
  private r(v: number) {
    return Math.round(v * this.scale);
  }
  moveTo(x: number, y: number) {
    this.flush();
    const rx = this.r(x),
      ry = this.r(y);
    this.ring = [`M${fmt(rx, this.scale)} ${fmt(ry, this.scale)}`];
    this.ringPoints = 1;
    this.x = this.startX = rx;
    this.y = this.startY = ry;
  }
  lineTo(x: number, y: number) {
    const rx = this.r(x),
      ry = this.r(y);
    if (rx === this.x && ry === this.y) return;
    const dx = rx - this.x,
      dy = ry - this.y;
    this.ring.push(`l${fmt(dx, this.scale)}${dy < 0 ? '' : ' '}${fmt(dy, this.scale)}`);
    this.ringPoints++;
    this.x = rx;
    this.y = ry;
  }
  closePath() {
    this.ring.push('z');
    this.x = this.startX;
    this.y = this.startY;
  }
  arc() {
    /* points are drawn as markers, never through this path */
  }
  private flush() {
    if (this.ringPoints >= 2) this.parts.push(this.ring.join(''));
    this.ring = [];
    this.ringPoints = 0;
  }
  result() {
    this.flush();
    return this.parts.join('').replace(/ -/g, '-');
  }
}
const fmt = (v: number, scale: number) => {
  const n = v / scale;
  return String(Number.isInteger(n) ? n : Number(n.toFixed(Math.log10(scale))));
};

function drawPath(
  projection: GeoProjection,
  object: Feature | MultiLineString | { type: 'FeatureCollection'; features: Feature[] },
  digits: number,
): string {
  const ctx = new RoundedPath(10 ** digits);
  geoPath(projection, ctx as unknown as CanvasRenderingContext2D)(object as never);
  return ctx.result();
}

/** Countries whose bounds touch the extent (with a margin), so the rest of the world is never projected. */
function countriesNear(resolution: Resolution, [w, s, e, n]: Panel['extent']) {
  const pad = 5;
  return geometry(resolution).countries.filter((f) => {
    const [[fw, fs], [fe, fn]] = geoBounds(f);
    const wraps = fw > fe;
    const lonHit = wraps ? !(fw > e + pad && fe < w - pad) : fe >= w - pad && fw <= e + pad;
    return lonHit && fn >= s - pad && fs <= n + pad;
  });
}

/** Marker radius for a number of cases: area grows with the count, within [min, max]. */
export function markerRadius(cases: number, maxCases: number, min = 3.5, max = 11): number {
  if (maxCases <= 1) return min + 1;
  return Math.round((min + (max - min) * Math.sqrt(Math.max(cases, 1) / maxCases)) * 10) / 10;
}

export interface DrawOptions {
  /** Largest number of cases of any marker on the whole map (so sizes compare across panels). */
  maxCases: number;
  /** Panels shown in more detail elsewhere, drawn here as framed rectangles. */
  insets?: Panel[];
  fontSize?: number;
  digits?: number;
  /** Draw labels (the locator maps draw a single marker and none). */
  labels?: boolean;
  /** A fixed marker radius (the locator maps), instead of one sized by cases. */
  radius?: number;
  /** Merge markers closer than this (SVG units) into one marker with one label of several lines. */
  mergeWithin?: number;
}

/** One panel: land, borders, markers for the given places, labels laid out without overlaps. */
export function drawPanel(panel: Panel, places: MapPlace[], opts: DrawOptions): PanelDrawing {
  const { projection, height } = panelProjection(panel);
  const digits = opts.digits ?? 1;
  const fontSize = opts.fontSize ?? 11;
  const near = countriesNear(panel.resolution, panel.extent);
  const land = drawPath(projection, { type: 'FeatureCollection', features: near }, digits);
  const borders = drawPath(projection, geometry(panel.resolution).borders, digits);

  const within = (b: Box) => b.x >= 0 && b.y >= 0 && b.x + b.width <= panel.width && b.y + b.height <= height;
  const frames: Frame[] = (opts.insets ?? [])
    .map((inset) => {
      const [w, s, e, n] = inset.extent;
      const pts = [
        [w, s],
        [e, s],
        [e, n],
        [w, n],
      ].map((p) => projection(p as [number, number])!);
      const xs = pts.map((p) => p[0]),
        ys = pts.map((p) => p[1]);
      const x = Math.min(...xs),
        y = Math.min(...ys);
      return {
        id: inset.id,
        title: inset.title,
        label: inset.frameLabel ?? inset.title,
        box: round({ x, y, width: Math.max(...xs) - x, height: Math.max(...ys) - y }),
      };
    })
    .filter((f) => within(f.box));

  // Markers: one per drawn point; places that fall on (nearly) the same point share one.
  const markers: Marker[] = [];
  const areas: { place: MapPlace; x: number; y: number }[] = [];
  const mergeWithin = opts.mergeWithin ?? 2;
  for (const p of places) {
    const xy = projection([p.at[1], p.at[0]]);
    if (!xy) continue;
    const [x, y] = xy.map((v) => Math.round(v * 10) / 10);
    if (p.area) {
      areas.push({ place: p, x, y });
      continue;
    }
    const same = markers.find((m) => Math.hypot(m.x - x, m.y - y) <= mergeWithin);
    const entry = { id: p.id, name: p.name, href: p.href, precision: p.precision };
    if (same) {
      same.places.push(entry);
      same.cases += p.cases;
      same.approximate &&= p.precision === 'approximate';
    } else {
      markers.push({ x, y, r: 0, approximate: p.precision === 'approximate', cases: p.cases, places: [entry] });
    }
  }
  for (const m of markers) m.r = opts.radius ?? markerRadius(m.cases, opts.maxCases);
  markers.sort((a, b) => b.cases - a.cases || a.places[0].name.localeCompare(b.places[0].name));

  if (opts.labels === false)
    return { id: panel.id, title: panel.title, width: panel.width, height, land, borders, markers, labels: [], frames };

  const requests: (LabelRequest & { links: { href: string; text: string }[] })[] = [];
  for (const m of markers) {
    const several = m.places.length > 1;
    const wrapped = m.places.map((p) => ({ p, lines: wrapLabel(several ? `• ${p.name}` : p.name) }));
    requests.push({
      id: m.places.map((p) => p.id).join('+'),
      lines: wrapped.flatMap((w) => w.lines),
      x: m.x,
      y: m.y,
      r: m.r,
      kind: 'point',
      fontSize,
      links: wrapped.flatMap((w) => w.lines.map(() => ({ href: w.p.href, text: w.p.name }))),
    });
  }
  for (const a of areas) {
    requests.push({
      id: a.place.id,
      lines: wrapLabel(a.place.name),
      x: a.x,
      y: a.y,
      r: 0,
      kind: 'area',
      fontSize,
      italic: true,
      links: wrapLabel(a.place.name).map(() => ({ href: a.place.href, text: a.place.name })),
    });
  }
  for (const f of frames) {
    requests.push({
      id: `inset-${f.id}`,
      lines: wrapLabel(f.label, 12),
      x: f.box.x + f.box.width / 2,
      y: f.box.y + f.box.height / 2,
      r: Math.max(f.box.width, f.box.height) / 2,
      kind: 'point',
      fontSize: fontSize * 0.9,
      links: wrapLabel(f.label, 12).map(() => ({ href: `#${f.id}`, text: f.title })),
    });
  }
  for (const l of panel.areaLabels ?? []) {
    const xy = projection([l.at[1], l.at[0]]);
    if (!xy) throw new Error(`Map panel "${panel.id}": the label "${l.text}" is outside the panel`);
    requests.push({
      id: `country-${l.id}`,
      lines: [l.text],
      x: xy[0],
      y: xy[1],
      r: 0,
      kind: 'area',
      fontSize: fontSize * 0.85,
      links: l.href ? [{ href: l.href, text: l.text }] : [],
    });
  }
  const placed = layoutLabels(
    requests,
    { x: 2, y: 2, width: panel.width - 4, height: height - 4 },
    frames.map((f) => f.box),
  );
  const labels = placed.map((l, i) => ({ ...l, box: round(l.box), links: requests[i].links }));
  return { id: panel.id, title: panel.title, width: panel.width, height, land, borders, markers, labels, frames };
}

function round(b: Box): Box {
  const r = (v: number) => Math.round(v * 10) / 10;
  return { x: r(b.x), y: r(b.y), width: r(b.width), height: r(b.height) };
}

/** Splits a long name into lines of about `width` characters, at spaces (and after commas). */
export function wrapLabel(name: string, width = 18): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of name.split(/\s+/)) {
    if (line && (line.length + 1 + word.length > width || line.endsWith(','))) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines;
}
