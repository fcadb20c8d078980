/**
 * /feed.xml: an Atom feed of the case files, newest change first (first publication, changes
 * and corrections), so that readers and reference tools learn when a cited case file changed.
 * The most recent FEED_SIZE case files only: the feed does not grow with the archive.
 */
import type { APIRoute } from 'astro';
import { getArchive } from '../data/archive.ts';
import { caseHistory } from '../data/citing.ts';
import { atomFeed } from '../lib/atom.ts';
import { routes } from '../lib/routes.ts';

export const GET: APIRoute = async ({ site }) => {
  const archive = await getArchive();
  const entries = await Promise.all(
    archive.cases.map(async (c) => {
      const history = await caseHistory(archive, c);
      return {
        id: new URL(routes.case(c.id), site).href,
        title: c.data.title,
        url: new URL(routes.case(c.id), site).href,
        published: history.published,
        updated: history.changed,
        summary: c.data.summary,
        change: history.entries[0].text,
      };
    }),
  );
  const xml = atomFeed({
    title: 'North Koreans in Russia: the documented record — case files',
    subtitle: 'Case files of the archive, newest change first: first publication, changes and corrections.',
    id: new URL(routes.feed(), site).href,
    self: new URL(routes.feed(), site).href,
    home: new URL(routes.home(), site).href,
    entries,
  });
  return new Response(xml, { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
};
