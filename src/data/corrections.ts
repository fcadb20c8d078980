/**
 * The public corrections log, checked against the archive: each entry names a page that exists
 * and cites passages that exist. Newest first on /corrections/; a case page shows its own.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import type { Archive } from './archive.ts';
import { ContentError } from './archive.ts';
import { formatDate } from '../lib/dates.ts';
import type { ResolvedCitation } from '../lib/citations.ts';
import { routes, type EntityFolder } from '../lib/routes.ts';

export interface Correction {
  id: string;
  date: string;
  when: string;
  about: { kind: string; id: string; href: string; title: string };
  fields: string[];
  change: string;
  why: string;
  citations: ResolvedCitation[];
}

let loaded: Promise<Correction[]> | undefined;

export function corrections(archive: Archive): Promise<Correction[]> {
  loaded ??= (async () => {
    const entries: CollectionEntry<'corrections'>[] = await getCollection('corrections');
    const problems: string[] = [];
    const out: Correction[] = [];
    for (const e of entries) {
      const [kind, id] = e.data.about.split('/');
      const list = {
        cases: archive.cases,
        places: archive.places,
        people: archive.people,
        organizations: archive.organizations,
      }[kind as 'cases'] as { id: string; data: { title?: string; name?: string } }[];
      const target = list.find((x) => x.id === id);
      if (!target) {
        problems.push(
          `content/corrections.yaml: entry "${e.id}": about: there is no ${kind.replace(/s$/, '').replace(/ple$/, 'son')} "${id}"`,
        );
        continue;
      }
      const citations: ResolvedCitation[] = [];
      e.data.sources.forEach((ref, i) => {
        try {
          citations.push(archive.citations.resolve(ref));
        } catch (err) {
          problems.push(`content/corrections.yaml: entry "${e.id}": sources[${i}]: ${(err as Error).message}`);
        }
      });
      out.push({
        id: e.id,
        date: e.data.date,
        when: formatDate(e.data.date),
        about: {
          kind,
          id,
          href: kind === 'cases' ? routes.case(id) : routes.entity(kind as EntityFolder, id),
          title: target.data.title ?? target.data.name ?? id,
        },
        fields: e.data.fields,
        change: e.data.change,
        why: e.data.why,
        citations,
      });
    }
    if (problems.length) throw new ContentError(problems);
    return out.sort((a, b) => b.date.localeCompare(a.date) || a.id.localeCompare(b.id));
  })();
  return loaded;
}

/** The corrections of one page (e.g. "cases/song-chang-keun"), newest first. */
export async function correctionsOf(archive: Archive, about: string): Promise<Correction[]> {
  return (await corrections(archive)).filter((c) => `${c.about.kind}/${c.about.id}` === about);
}
