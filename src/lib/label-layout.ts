/**
 * Labels for the map, placed without overlaps. Everything is computed at build time on
 * estimated text boxes (see `textWidth`): each label tries a list of positions around its
 * anchor, nearest first, and takes the first one that overlaps no other label, no marker
 * and stays inside the panel. A label that fits nowhere stops the build: an overlap on the
 * map would make a place unreadable, and that is a defect, not something to draw anyway.
 */

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface LabelRequest {
  id: string;
  /** Lines of text, top to bottom (several places at one point share a label). */
  lines: string[];
  /** The point the label belongs to. */
  x: number;
  y: number;
  /** Radius of the marker at that point (0 for an area label with no marker). */
  r: number;
  /** 'point' labels sit beside their marker; 'area' labels are centred on their point if they can be. */
  kind: 'point' | 'area';
  fontSize: number;
  italic?: boolean;
}

export interface PlacedLabel {
  id: string;
  lines: string[];
  box: Box;
  /** Where the text starts and how it is anchored. */
  anchor: 'start' | 'middle' | 'end';
  textX: number;
  /** Baseline of the first line. */
  textY: number;
  lineHeight: number;
  fontSize: number;
  italic: boolean;
  /** A leader line from the marker to the label, when the label had to move away. */
  leader?: { x1: number; y1: number; x2: number; y2: number };
}

/** Approximate advance widths of a sans-serif font, in ems (wide rather than narrow, so boxes are safe). */
const NARROW = new Set([..."iljtfrI.,;:'’!|()[] "]);
const WIDE = new Set([...'mwMWОЖШЩЮ@%']);
export function textWidth(text: string, fontSize: number, italic = false): number {
  let ems = 0;
  for (const ch of text) {
    if (NARROW.has(ch)) ems += 0.33;
    else if (WIDE.has(ch)) ems += 0.92;
    else if (/[A-ZА-Я0-9]/.test(ch)) ems += 0.68;
    else if (/[\u1100-\u11ff\uac00-\ud7af\u3130-\u318f\u4e00-\u9fff]/.test(ch)) ems += 1.05;
    else ems += 0.56;
  }
  return ems * fontSize * (italic ? 1.04 : 1);
}

export function overlaps(a: Box, b: Box, gap = 0): boolean {
  return (
    a.x < b.x + b.width + gap && b.x < a.x + a.width + gap && a.y < b.y + b.height + gap && b.y < a.y + a.height + gap
  );
}

export function inside(a: Box, bounds: Box): boolean {
  return (
    a.x >= bounds.x &&
    a.y >= bounds.y &&
    a.x + a.width <= bounds.x + bounds.width &&
    a.y + a.height <= bounds.y + bounds.height
  );
}

/** A marker as the box around its circle. */
export const markerBox = (x: number, y: number, r: number): Box => ({
  x: x - r,
  y: y - r,
  width: 2 * r,
  height: 2 * r,
});

interface Candidate {
  dx: number;
  dy: number;
  anchor: PlacedLabel['anchor'];
  leader: boolean;
}

/** Positions around a point, as unit directions; tried at growing distances. */
const DIRECTIONS: [number, number][] = [
  [1, 0],
  [-1, 0],
  [1, -1],
  [1, 1],
  [-1, -1],
  [-1, 1],
  [0, -1],
  [0, 1],
];

function candidates(req: LabelRequest): Candidate[] {
  const out: Candidate[] = [];
  if (req.kind === 'area') out.push({ dx: 0, dy: 0, anchor: 'middle', leader: false });
  for (const [step, leader] of [
    [1, false],
    [2.2, true],
    [3.6, true],
    [5.2, true],
  ] as [number, boolean][]) {
    const d = (req.r + 2.5) * (req.kind === 'area' ? 1 : 1) + (step - 1) * 9;
    for (const [ux, uy] of DIRECTIONS) {
      const anchor = ux > 0 ? 'start' : ux < 0 ? 'end' : 'middle';
      out.push({ dx: ux * d, dy: uy * (d * 0.8), anchor, leader: leader && req.r > 0 });
    }
  }
  return out;
}

function boxFor(req: LabelRequest, c: Candidate): { box: Box; textX: number; textY: number; lineHeight: number } {
  const lineHeight = req.fontSize * 1.15;
  const width = Math.max(...req.lines.map((l) => textWidth(l, req.fontSize, req.italic))) + 2;
  const height = lineHeight * req.lines.length;
  const ax = req.x + c.dx;
  const ay = req.y + c.dy;
  const x = c.anchor === 'start' ? ax : c.anchor === 'end' ? ax - width : ax - width / 2;
  // Vertically: centred on the anchor for E/W and the area centre, above or below otherwise.
  const y = c.dy === 0 ? ay - height / 2 : c.dy < 0 ? ay - height : ay;
  const textX = c.anchor === 'start' ? x + 1 : c.anchor === 'end' ? x + width - 1 : x + width / 2;
  return { box: { x, y, width, height }, textX, textY: y + req.fontSize * 0.92, lineHeight };
}

/**
 * Places every label. Labels are laid out in the order given (put the most important first);
 * `obstacles` are boxes no label may cover (markers are added from the requests themselves).
 */
export function layoutLabels(requests: LabelRequest[], bounds: Box, obstacles: Box[] = []): PlacedLabel[] {
  const markers = requests.filter((r) => r.r > 0).map((r) => markerBox(r.x, r.y, r.r));
  const taken: Box[] = [...obstacles];
  const placed: PlacedLabel[] = [];
  for (const req of requests) {
    let chosen: PlacedLabel | undefined;
    for (const c of candidates(req)) {
      const { box, textX, textY, lineHeight } = boxFor(req, c);
      if (!inside(box, bounds)) continue;
      if (taken.some((t) => overlaps(box, t, 1))) continue;
      if (markers.some((m) => overlaps(box, m, 1))) continue;
      chosen = {
        id: req.id,
        lines: req.lines,
        box,
        anchor: c.anchor,
        textX,
        textY,
        lineHeight,
        fontSize: req.fontSize,
        italic: Boolean(req.italic),
        leader: c.leader ? leaderTo(req, box) : undefined,
      };
      break;
    }
    if (!chosen) {
      throw new Error(
        `The map has no room for the label "${req.lines.join(' / ')}" (${req.id}) without covering another; make the panel larger or move the place to an inset`,
      );
    }
    taken.push(chosen.box);
    placed.push(chosen);
  }
  return placed;
}

/** From the marker's edge to the nearest point of the label's box. */
function leaderTo(req: LabelRequest, box: Box) {
  const x2 = Math.min(Math.max(req.x, box.x), box.x + box.width);
  const y2 = Math.min(Math.max(req.y, box.y), box.y + box.height);
  const len = Math.hypot(x2 - req.x, y2 - req.y) || 1;
  return { x1: req.x + ((x2 - req.x) / len) * req.r, y1: req.y + ((y2 - req.y) / len) * req.r, x2, y2 };
}

/** Every pair of placed labels that overlap, and every label over a marker: empty when the layout is sound. */
export function collisions(labels: PlacedLabel[], markers: Box[]): string[] {
  const out: string[] = [];
  labels.forEach((a, i) => {
    labels.slice(i + 1).forEach((b) => {
      if (overlaps(a.box, b.box)) out.push(`${a.id} × ${b.id}`);
    });
    markers.forEach((m, j) => {
      if (overlaps(a.box, m)) out.push(`${a.id} × marker ${j}`);
    });
  });
  return out;
}
