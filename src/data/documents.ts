/** Everything a document page shows, derived from the archive. */
import type { Archive, DocumentEntry } from './archive.ts';
import { must } from './archive.ts';
import { citationText, type CitableDocument } from '../lib/cite.ts';
import { describeDate } from '../lib/dates.ts';
import type { Section } from '../lib/passages.ts';

export function documentPath(id: string) {
  return `/documents/${id}/`;
}

export function citable(archive: Archive, doc: DocumentEntry, site: URL): CitableDocument {
  const publisher = must(archive.organizations, doc.data.publisher, 'organization');
  return {
    publisher: publisher.data.name,
    authors: doc.data.authors,
    title: doc.data.title,
    identifiers: doc.data.identifiers,
    date: describeDate(doc.data.published),
    url: new URL(documentPath(doc.id), site).href,
  };
}

export interface TocEntry { id: string; text: string; depth: number }

export function tableOfContents(sections: Section[]): TocEntry[] {
  return sections.map((s) => ({ id: s.id, text: s.number ? `${s.number} ${s.title}` : s.title, depth: s.depth }));
}

/** Every citable unit of a document with its citation text (for the cite page). */
export function citationsOf(archive: Archive, doc: DocumentEntry, site: URL) {
  const c = citable(archive, doc, site);
  const outline = archive.outlines.get(doc.id)!;
  return {
    document: citationText(c),
    sections: outline.sections.map((s) => ({
      id: s.id,
      heading: s.number ? `${s.number} ${s.title}` : s.title,
      text: citationText(c, { section: s.number, sectionTitle: s.number ? s.title : s.title, anchor: s.id }),
    })),
    passages: outline.passages.map((p) => ({
      id: p.id,
      label: p.label,
      excerpt: p.text.length > 140 ? `${p.text.slice(0, 140).replace(/\s+\S*$/, '')} …` : p.text,
      text: citationText(c, { passage: p.label, anchor: p.id }),
    })),
  };
}

/** Zotero-style citation_* meta tags. */
export function citationMeta(archive: Archive, doc: DocumentEntry, site: URL): [string, string][] {
  const c = citable(archive, doc, site);
  const tags: [string, string][] = [
    ['citation_title', doc.data.title],
    ...(doc.data.authors.length ? doc.data.authors.map((a): [string, string] => ['citation_author', a]) : [['citation_author', c.publisher] as [string, string]]),
    ['citation_publication_date', doc.data.published.date.replace(/-/g, '/')],
    ['citation_publisher', c.publisher],
    ['citation_language', doc.data.language],
    ['citation_public_url', c.url],
  ];
  if (doc.data.kind === 'report') {
    tags.push(['citation_technical_report_institution', c.publisher]);
    const index = doc.data.identifiers.find((i) => /AI Index/i.test(i));
    if (index) tags.push(['citation_technical_report_number', index.replace(/^AI Index:\s*/i, '')]);
  }
  return tags;
}
