/**
 * The panels of the map and the country names on them, as the editors set them in
 * content/map.yaml, checked against its schema and turned into the panels that src/lib/geo-map.ts
 * draws.
 */
import { z } from 'astro/zod';
import { readContentFile } from './content-file.ts';
import type { Panel } from './geo-map.ts';

/** The panels of the map, as src/lib/place-map.ts uses them. */
export interface MapPanels {
  /** Most detailed first: a place is drawn on the first panel that contains it. */
  panels: Panel[];
  /** The ids of the panels in the order /map/ shows them. */
  shown: string[];
  /** The panels a place page's small map may use (every one but the close-ups), in the order of `panels`. */
  regional: Panel[];
}

const id = (what: string) =>
  z
    .string({ error: `${what} must be an id: lower-case letters, digits and dashes` })
    .regex(
      /^[a-z0-9]+(?:-[a-z0-9]+)*$/,
      `${what} must be an id: lower-case letters, digits and dashes, e.g. "map-far-east"`,
    );

const degrees = (side: string, limit: number) =>
  z
    .number({ error: `${side} is required: degrees, e.g. 131.55` })
    .min(-limit, `${side} must be between -${limit} and ${limit} degrees`)
    .max(limit, `${side} must be between -${limit} and ${limit} degrees`);

const extent = z
  .object(
    {
      west: degrees('west', 180),
      south: degrees('south', 90),
      east: degrees('east', 180),
      north: degrees('north', 90),
    },
    {
      error: 'extent must be { west, south, east, north } in degrees',
    },
  )
  .strict()
  .refine((e) => e.west < e.east, { message: 'west must be less than east', path: ['east'] })
  .refine((e) => e.south < e.north, { message: 'south must be less than north', path: ['north'] });

const countryName = z
  .object(
    {
      place: id("place (the country's id in places.yaml)"),
      name: z
        .string({ error: "name is required: the country's name as written on the map, e.g. RUSSIA" })
        .trim()
        .min(1, 'name must not be empty'),
      at: z.tuple([degrees('latitude', 90), degrees('longitude', 180)], {
        error: 'at must be [latitude, longitude] in decimal degrees',
      }),
    },
    { error: 'each country must be { place, name, at }' },
  )
  .strict();

const panel = z
  .object({
    id: id('id'),
    title: z.string({ error: 'title is required (text)' }).trim().min(1, 'title must not be empty'),
    frameLabel: z.string().trim().min(1, 'frameLabel must not be empty').optional(),
    extent,
    width: z.number({ error: 'width must be a number (of SVG units)' }).int().positive().default(360),
    resolution: z.enum(['10m', '50m', '110m'], {
      error: 'resolution must be 10m (the finest coastlines), 50m or 110m',
    }),
    closeUp: z.boolean({ error: 'closeUp must be true or false' }).default(false),
    countries: z.array(countryName, { error: 'countries must be a list of { place, name, at }' }).optional(),
  })
  .strict()
  .superRefine((p, ctx) => {
    for (const [i, c] of (p.countries ?? []).entries()) {
      const [lat, lon] = c.at;
      if (lon < p.extent.west || lon > p.extent.east || lat < p.extent.south || lat > p.extent.north) {
        ctx.addIssue({
          code: 'custom',
          path: ['countries', i, 'at'],
          message: `the name ${c.name} would be outside the panel: give a point inside its extent`,
        });
      }
    }
  });

type PanelEntry = z.output<typeof panel>;

/** The schema of content/map.yaml. */
export const mapPanelsSchema = z
  .object(
    {
      panels: z
        .array(panel, { error: 'panels must be a list of panels, each { id, title, extent, resolution }' })
        .min(1, 'the map needs at least one panel'),
      shown: z.array(id('each panel of shown'), {
        error: "shown must be the list of the panels' ids, in the order the map shows them",
      }),
    },
    { error: 'must hold panels and shown' },
  )
  .strict()
  .superRefine((map, ctx) => {
    const ids = map.panels.map((p) => p.id);
    ids.forEach((pid, i) => {
      if (ids.indexOf(pid) !== i)
        ctx.addIssue({
          code: 'custom',
          path: ['panels', i, 'id'],
          message: `id "${pid}" is already used by another panel; ids must be unique`,
        });
    });
    for (const [i, pid] of map.shown.entries()) {
      if (!ids.includes(pid))
        ctx.addIssue({
          code: 'custom',
          path: ['shown', i],
          message: `"${pid}" is not a panel: use one of ${ids.join(', ')}`,
        });
      else if (map.shown.indexOf(pid) !== i)
        ctx.addIssue({ code: 'custom', path: ['shown', i], message: `"${pid}" is listed twice` });
    }
    for (const pid of ids) {
      if (!map.shown.includes(pid))
        ctx.addIssue({
          code: 'custom',
          path: ['shown'],
          message: `the panel "${pid}" is missing: list every panel once`,
        });
    }
  })
  .transform((map): MapPanels => {
    const panels = map.panels.map(toPanel);
    return { panels, shown: map.shown, regional: panels.filter((_, i) => !map.panels[i]!.closeUp) };
  });

/** A panel of content/map.yaml as the map draws it. */
function toPanel(entry: PanelEntry): Panel {
  const { west, south, east, north } = entry.extent;
  return {
    id: entry.id,
    title: entry.title,
    ...(entry.frameLabel === undefined ? {} : { frameLabel: entry.frameLabel }),
    extent: [west, south, east, north],
    width: entry.width,
    resolution: entry.resolution,
    ...(entry.countries === undefined
      ? {}
      : { areaLabels: entry.countries.map((c) => ({ id: c.place, text: c.name, at: c.at })) }),
  };
}

/** The panels of content/map.yaml (of the folder `ARCHIVE_CONTENT` names, if set). */
export function mapPanels(): MapPanels {
  return readContentFile('map.yaml', mapPanelsSchema);
}
