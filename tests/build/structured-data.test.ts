/** What other programs read of each page: Open Graph and schema.org (JSON-LD), read back from the built HTML. */
import { describe, it, expect } from 'vitest';
import { parse, one, all, text, attr } from '../support/html.ts';
import { page, builtPages } from '../support/project.ts';
import { readPlaces } from '../support/content.ts';

const ld = (path: string) => {
  const script = one(parse(page(path)), 'script[type="application/ld+json"]');
  return script ? JSON.parse(text(script)) : undefined;
};

describe('Open Graph', () => {
  it('gives every page its title, description, type and canonical address', () => {
    for (const [file, html] of builtPages()) {
      if (html.includes('http-equiv="refresh"')) continue;
      const t = parse(html);
      const og = (p: string) => {
        const m = one(t, `meta[property="og:${p}"]`);
        return m && attr(m, 'content');
      };
      for (const p of ['title', 'description', 'type', 'url', 'site_name'])
        expect(og(p), `${file} og:${p}`).toBeTruthy();
      expect(og('url'), file).toBe(attr(one(t, 'link[rel="canonical"]')!, 'href'));
    }
  });
});

describe('schema.org', () => {
  it('describes a document as a Report or a NewsArticle, and a case file as a CreativeWork about its subject', () => {
    expect(ld('documents/amnesty-1996/index.html')['@type']).toBe('Report');
    expect(['NewsArticle', 'Report', 'Article']).toContain(ld('documents/hrw-2022/index.html')['@type']);
    const c = ld('cases/choe-kum-chol/index.html');
    expect(c['@type']).toBe('CreativeWork');
    expect(c.about).toBeTruthy();
  });

  it('describes a place as a Place, with its position only where the archive knows it', () => {
    const places = readPlaces();
    for (const p of places) {
      const d = ld(`places/${p.id}/index.html`);
      expect(d['@type'], p.id).toBe('Place');
      expect(d.name, p.id).toBe(p.data.name);
      const at = p.data.coordinates as [number, number] | undefined;
      if (at) expect([d.geo.latitude, d.geo.longitude], p.id).toEqual(at);
      else expect(d.geo, p.id).toBeUndefined();
    }
    expect(ld('places/elkhilkan/index.html').geo).toBeUndefined();
    expect(ld('places/vladivostok-airport/index.html').containedInPlace['@id']).toMatch(/\/places\/artem\/$/);
  });

  it('describes people and organizations as Person and Organization', () => {
    expect(ld('people/svetlana-gannushkina/index.html')['@type']).toBe('Person');
    expect(ld('organizations/unhcr/index.html')['@type']).toBe('Organization');
    expect(all(parse(page('organizations/unhcr/index.html')), 'script[type="application/ld+json"]')).toHaveLength(1);
  });
});
