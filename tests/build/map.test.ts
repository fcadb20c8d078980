/** The built map page and the place pages' small maps, read from dist/ with a real HTML parser. */
import { describe, it, expect } from 'vitest';
import { parse, all, one, attr, text } from '../support/html.ts';
import { page, ROOT } from '../support/project.ts';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { firstLoadGzip } from '../support/budget.ts';
import { readPlaces, casesOfPlaces } from '../support/content.ts';

const html = page('map/index.html');
const tree = parse(html);
const svgs = all(tree, 'main svg');
const casesOf = casesOfPlaces();
const factPlaces = (
  parseYaml(readFileSync(join(ROOT, 'content', 'document-events.yaml'), 'utf8')) as { place?: string }[]
).flatMap((f) => (f.place ? [f.place] : []));
const named = new Set([...casesOf.keys(), ...factPlaces]);

describe('/map/', () => {
  it('draws its panels as inline SVG with a title and a description, and nothing that runs or fetches', () => {
    expect(svgs.length).toBeGreaterThanOrEqual(3);
    for (const svg of all(tree, 'figure.map-panel svg')) {
      const labelled = (attr(svg, 'ariaLabelledBy') ?? '').split(' ');
      expect(labelled).toHaveLength(2);
      expect(text(one(tree, `title#${labelled[0]}`)!).length).toBeGreaterThan(5);
      expect(text(one(tree, `desc#${labelled[1]}`)!)).toMatch(/Places marked|No place/);
      expect(all(svg, 'script, foreignObject, image, use, iframe, style')).toEqual([]);
      for (const el of all(svg, '*')) {
        for (const name of Object.keys(el.properties ?? {})) expect(name, `${el.tagName} ${name}`).not.toMatch(/^on/i);
        const href = attr(el, 'href');
        if (href !== undefined) expect(href, 'a link to this site only').toMatch(/^(\/|#)/);
      }
    }
    expect(html).not.toMatch(/<script/i);
    expect(html).not.toMatch(/https?:\/\/(?!www\.w3\.org\/2000\/svg)[^"' ]*(tile|openstreetmap|mapbox|google)/i);
  });

  it('lists every place a case or a dated fact names, each linking to its page, beside the map', () => {
    const rows = all(tree, '.map-table tbody tr');
    const linked = rows.map((r) => attr(one(r, 'th a')!, 'href'));
    for (const id of named) expect(linked, id).toContain(`/places/${id}/`);
    expect(rows).toHaveLength(named.size);
  });

  it('marks each place on the map with a link to its page, or says in the list why it is not drawn', () => {
    const svgLinks = new Set(all(tree, 'figure.map-panel svg a').map((a) => attr(a, 'href')));
    for (const row of all(tree, '.map-table tbody tr')) {
      const href = attr(one(row, 'th a')!, 'href')!;
      const where = text(all(row, 'td').at(-1)!);
      if (/^On the map|name on the map/.test(where)) expect(svgLinks.has(href), `${href}: ${where}`).toBe(true);
      else expect(where, href).toMatch(/No position of its own|Not on the map|beyond the maps|Beyond the maps/);
    }
  });

  it('shows approximate positions with a dashed marker and says so', () => {
    expect(all(tree, 'circle.marker.approximate').length).toBeGreaterThan(0);
    expect(text(one(tree, '.map-legend')!)).toMatch(/approximate/);
    expect(all(tree, 'circle.marker.approximate title').every((t) => /approximate/.test(text(t)))).toBe(true);
  });

  it('stays within its budget: <= 60 KB gzip on first load, with no JavaScript', () => {
    const size = firstLoadGzip('map/index.html');
    expect(size.js).toBe(0);
    expect(size.total).toBeLessThanOrEqual(60 * 1024);
  });
});

describe('place pages', () => {
  const places = readPlaces();
  it('show a small map where the place has a position, and none for countries', () => {
    const vl = parse(page('places/vladivostok/index.html'));
    const svg = one(vl, '.place-locator svg')!;
    expect(svg).toBeTruthy();
    expect(attr(svg, 'role')).toBe('img');
    expect(all(svg, 'circle.marker')).toHaveLength(1);
    expect(all(svg, 'script')).toEqual([]);
    expect(one(parse(page('places/russia/index.html')), '.place-locator')).toBeUndefined();
    const within = parse(page('places/vladivostok-prison/index.html'));
    expect(text(one(within, '.place-locator')!)).toMatch(/exact spot is not known/);
    expect(one(within, '.place-locator circle.marker.approximate')).toBeTruthy();
    for (const p of places.filter(
      (x) => x.data.kind !== 'country' && (x.data as { coordinates?: unknown }).coordinates,
    )) {
      const t = parse(page(`places/${p.id}/index.html`));
      const loc = one(t, '.place-locator');
      if (loc) expect(all(loc, 'circle.marker'), p.id).toHaveLength(1);
    }
  });
});
