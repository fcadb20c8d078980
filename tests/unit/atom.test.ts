import { describe, it, expect } from 'vitest';
import { XMLParser } from 'fast-xml-parser';
import { atomFeed, feedEntries, FEED_SIZE, type FeedEntry } from '../../src/lib/atom.ts';

const entry = (n: number, updated: string): FeedEntry => ({
  id: `https://x.org/cases/c${n}/`,
  title: `Case ${n} <&>`,
  url: `https://x.org/cases/c${n}/`,
  published: '2026-01-01',
  updated,
  summary: 'A summary "quoted".',
  change: 'First published',
});

describe('atomFeed', () => {
  it('keeps the newest entries first and no more than FEED_SIZE', () => {
    const many = Array.from({ length: FEED_SIZE + 7 }, (_, i) => entry(i, `2026-0${1 + (i % 9)}-01`));
    const kept = feedEntries(many);
    expect(kept).toHaveLength(FEED_SIZE);
    expect(kept[0].updated).toBe('2026-09-01');
  });
  it('escapes text and parses back', () => {
    const xml = atomFeed({
      title: 'T',
      subtitle: 'S',
      id: 'https://x.org/feed.xml',
      self: 'https://x.org/feed.xml',
      home: 'https://x.org/',
      entries: [entry(1, '2026-02-03')],
    });
    const f = new XMLParser({ ignoreAttributes: false }).parse(xml).feed;
    expect(f.entry.title).toBe('Case 1 <&>');
    expect(f.updated).toBe('2026-02-03T00:00:00Z');
  });
});
