/**
 * An Atom feed (RFC 4287) of dated entries, newest first. Pure: the entries come in, the XML
 * goes out. Days ("YYYY-MM-DD") are given as midnight UTC, as Atom needs a full timestamp.
 */

/** How many entries the feed carries (the most recently changed). */
export const FEED_SIZE = 50;

export interface FeedEntry {
  id: string;
  title: string;
  url: string;
  /** "YYYY-MM-DD" */
  published: string;
  /** "YYYY-MM-DD" */
  updated: string;
  summary: string;
  /** What the last change was, in plain words. */
  change: string;
}

export interface Feed {
  title: string;
  subtitle: string;
  id: string;
  self: string;
  home: string;
  entries: FeedEntry[];
}

const escape = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const stamp = (day: string) => `${day}T00:00:00Z`;

/** The newest entries first (ties by title), at most FEED_SIZE. */
export function feedEntries(entries: FeedEntry[]): FeedEntry[] {
  return [...entries]
    .sort((a, b) => b.updated.localeCompare(a.updated) || a.title.localeCompare(b.title))
    .slice(0, FEED_SIZE);
}

export function atomFeed(feed: Feed): string {
  const entries = feedEntries(feed.entries);
  const updated = entries[0]?.updated ?? '1970-01-01';
  return `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="en">
  <title>${escape(feed.title)}</title>
  <subtitle>${escape(feed.subtitle)}</subtitle>
  <id>${escape(feed.id)}</id>
  <link rel="self" type="application/atom+xml" href="${escape(feed.self)}"/>
  <link rel="alternate" type="text/html" href="${escape(feed.home)}"/>
  <updated>${stamp(updated)}</updated>
  <author><name>${escape(feed.title.split(' — ')[0])}</name></author>
${entries
  .map(
    (e) => `  <entry>
    <title>${escape(e.title)}</title>
    <id>${escape(e.id)}</id>
    <link rel="alternate" type="text/html" href="${escape(e.url)}"/>
    <published>${stamp(e.published)}</published>
    <updated>${stamp(e.updated)}</updated>
    <summary>${escape(`${e.summary} Last change: ${e.change}.`)}</summary>
  </entry>`,
  )
  .join('\n')}
</feed>
`;
}
