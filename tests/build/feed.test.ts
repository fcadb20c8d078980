/** The Atom feed of case files, read back with an XML parser and checked against the content. */
import { describe, it, expect } from 'vitest';
import { readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import { parse as parseYaml } from 'yaml';
import { DIST, ROOT, page } from '../support/project.ts';
import { readCases } from '../support/content.ts';
import { parse, one, attr } from '../support/html.ts';
import { FEED_SIZE } from '../../src/lib/atom.ts';

const xml = readFileSync(join(DIST, 'feed.xml'), 'utf8');
const feed = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '' }).parse(xml).feed;
const entries = [feed.entry].flat() as {
  title: string;
  id: string;
  link: { href: string };
  updated: string;
  published: string;
  summary: string;
}[];

/** Each case file's last change, from the content: first publication, its history, its corrections. */
function lastChanges(): Map<string, string> {
  const corrections = parseYaml(readFileSync(join(ROOT, 'content', 'corrections.yaml'), 'utf8')) as {
    about: string;
    date: string;
  }[];
  return new Map(
    readCases().map((c) => {
      const dates = [
        c.data.published as string,
        ...((c.data.history ?? []) as { date: string }[]).map((h) => h.date),
        ...corrections.filter((k) => k.about === `cases/${c.id}`).map((k) => k.date),
      ];
      return [c.id, dates.sort().at(-1)!];
    }),
  );
}

describe('the Atom feed of case files', () => {
  it('is a valid Atom document about this archive, linked from the home page and the list of cases', () => {
    expect(xml.startsWith('<?xml version="1.0" encoding="utf-8"?>')).toBe(true);
    expect(feed.xmlns).toBe('http://www.w3.org/2005/Atom');
    expect(feed.title).toMatch(/case files/);
    expect(feed.id).toMatch(/^https?:\/\/.+\/feed\.xml$/);
    expect(feed.updated).toMatch(/^\d{4}-\d{2}-\d{2}T00:00:00Z$/);
    for (const p of ['index.html', 'cases/index.html']) {
      const alt = one(parse(page(p)), 'link[rel="alternate"][type="application/atom+xml"]');
      expect(alt && attr(alt, 'href'), p).toBe('/feed.xml');
    }
  });

  it('lists the most recently changed case files, newest change first, each with its last change', () => {
    const changes = lastChanges();
    expect(entries.length).toBe(Math.min(FEED_SIZE, changes.size));
    const updated = entries.map((e) => e.updated);
    expect(updated).toEqual([...updated].sort().reverse());
    const newest = [...changes.values()].sort().at(-1)!;
    expect(feed.updated).toBe(`${newest}T00:00:00Z`);
    for (const e of entries) {
      const path = new URL(e.link.href).pathname;
      const id = path.split('/')[2];
      expect(existsSync(join(DIST, path, 'index.html')), path).toBe(true);
      expect(e.updated, id).toBe(`${changes.get(id)}T00:00:00Z`);
      expect(e.published <= e.updated, id).toBe(true);
      expect(e.summary.length, id).toBeGreaterThan(10);
    }
  });
});
