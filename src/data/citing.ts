/**
 * Citing the archive: the CSL-JSON record of every document and case file, their citations in
 * each style (with pinpoints for sections and paragraphs), each case file's change history, and
 * the metadata reference managers and search engines read (Highwire citation_*, Dublin Core,
 * schema.org). Addresses are absolute, under the build's site address.
 */
import type { Archive, CaseEntry, DocumentEntry } from './archive.ts';
import { must, ContentError } from './archive.ts';
import { correctionsOf } from './corrections.ts';
import {
  documentItem,
  caseItem,
  formatPinned,
  formatCaseCitation,
  shareCitations,
  STYLES,
  type CslItem,
  type FormattedCitation,
  type Pinpoint,
  type SharedCitation,
  type StyleId,
} from '../lib/cite.ts';
import type { DocumentOutline } from '../lib/passages.ts';
import { formatDate } from '../lib/dates.ts';
import { routes } from '../lib/routes.ts';
import { statusLabel } from './cases.ts';
import { SITE } from './site.ts';

/** The archive's name, as set with its publisher's details in content/site.yaml. */
export const ARCHIVE_NAME = SITE.name;

/** The absolute address of an address of this site (routes.case("x") → "https://…/cases/x/"). */
export const absolute = (address: string, site: URL) => new URL(address, site).href;

export function documentRecord(archive: Archive, doc: DocumentEntry, site: URL): CslItem {
  const d = doc.data;
  return documentItem({
    id: doc.id,
    kind: d.kind,
    title: d.title,
    subtitle: d.subtitle,
    authors: d.authors,
    contributors: d.contributors,
    publisher: must(archive.organizations, d.publisher, 'organization').data.name,
    published: d.published,
    identifiers: d.identifiers,
    url: absolute(routes.document(doc.id), site),
    originalUrl: d.originalUrl,
    language: d.language,
  });
}

export interface CitedUnit {
  id: string;
  heading: string;
  excerpt?: string;
  citations: FormattedCitation[];
}

const excerpt = (t: string) => (t.length > 140 ? `${t.slice(0, 140).replace(/\s+\S*$/, '')} …` : t);

/** The style a citation is given in where only one is shown: a printed page's header, a dossier, a copied ¶ link. */
export const DEFAULT_STYLE: StyleId = 'oscola';

/** Every citable unit of a document: the whole, each section, each paragraph, each with its pinpoint. */
function citableUnits(outline: DocumentOutline): { id: string; heading: string; excerpt?: string; pin: Pinpoint }[] {
  return [
    { id: 'document', heading: 'The whole document', pin: {} },
    ...outline.sections.map((s) => ({
      id: s.id,
      heading: s.number ? `${s.number} ${s.title}` : s.title,
      pin: s.number ? { section: s.number, anchor: s.id } : { sectionTitle: s.title, anchor: s.id },
    })),
    ...outline.passages.map((p) => ({
      id: p.id,
      heading: p.label,
      excerpt: excerpt(p.text),
      pin: { section: p.section, paragraph: p.index, anchor: p.id },
    })),
  ];
}

/** Every citable unit of a document (the whole, each section, each paragraph) in every style. */
export function documentCitations(archive: Archive, doc: DocumentEntry, site: URL) {
  const item = documentRecord(archive, doc, site);
  const outline = archive.outlines.get(doc.id)!;
  const units = citableUnits(outline);
  const byStyle = STYLES.map((s) =>
    formatPinned(
      item,
      units.map((u) => u.pin),
      s.id,
    ),
  );
  const cited: CitedUnit[] = units.map((u, i) => ({
    id: u.id,
    heading: u.heading,
    excerpt: u.excerpt,
    citations: byStyle.map((list) => list[i]),
  }));
  return {
    item,
    document: cited[0],
    sections: cited.slice(1, 1 + outline.sections.length),
    passages: cited.slice(1 + outline.sections.length),
  };
}

/**
 * The citation of each section and paragraph of a document in the default style, shared out for
 * its reading page (see shareCitations): the ¶ and § links copy exactly what the cite page gives.
 */
export function readingPageCitations(archive: Archive, doc: DocumentEntry, site: URL): SharedCitation {
  const item = documentRecord(archive, doc, site);
  const units = citableUnits(archive.outlines.get(doc.id)!).slice(1);
  const texts = formatPinned(
    item,
    units.map((u) => u.pin),
    DEFAULT_STYLE,
  );
  return shareCitations(
    item.URL,
    units.map((u, i) => ({ id: u.id, text: texts[i].text })),
  );
}

/** One passage of a document in every style (the dossier's evidence). */
export function passageCitations(
  archive: Archive,
  doc: DocumentEntry,
  passageIds: string[],
  site: URL,
  styles: StyleId[] = [DEFAULT_STYLE],
) {
  const item = documentRecord(archive, doc, site);
  const passages = archive.outlines.get(doc.id)!.passages;
  const byId = new Map(passages.map((p) => [p.id, p]));
  const pins = passageIds.map((id) => {
    const p = byId.get(id)!;
    return { section: p.section, paragraph: p.index, anchor: p.id };
  });
  return styles.map((s) => formatPinned(item, pins, s));
}

// ---------------------------------------------------------------------------------------------
// Case files

export interface ChangeEntry {
  date: string;
  when: string;
  text: string;
  href?: string;
}
export interface CaseHistory {
  published: string;
  changed: string;
  entries: ChangeEntry[];
}

/**
 * The public change history of a case file: first published, each change in its `history`,
 * each correction in the corrections log; newest first. A change dated before the file was
 * published stops the build.
 */
export async function caseHistory(archive: Archive, c: CaseEntry): Promise<CaseHistory> {
  const corrections = await correctionsOf(archive, `cases/${c.id}`);
  const published = c.data.published;
  const entries: ChangeEntry[] = [
    ...corrections.map((k) => ({
      date: k.date,
      when: k.when,
      text: `Corrected (${k.fields.join(', ')})`,
      href: routes.corrections(k.id),
    })),
    ...c.data.history.map((h) => ({ date: h.date, when: formatDate(h.date), text: h.change })),
  ];
  const early = entries.filter((e) => e.date < published);
  if (early.length) {
    throw new ContentError(
      early.map(
        (e) =>
          `content/cases/${c.id}.mdx: a change dated ${e.date} (${e.text}) is before the case file was published (published: "${published}")`,
      ),
    );
  }
  entries.sort((a, b) => b.date.localeCompare(a.date));
  entries.push({ date: published, when: formatDate(published), text: 'First published' });
  return { published, changed: entries[0].date, entries };
}

export function caseRecord(c: CaseEntry, history: CaseHistory, site: URL): CslItem {
  return caseItem({
    id: c.id,
    title: c.data.title,
    archive: ARCHIVE_NAME,
    changed: history.changed,
    url: absolute(routes.case(c.id), site),
  });
}

export function caseCitations(item: CslItem): FormattedCitation[] {
  return STYLES.map((s) => formatCaseCitation(item, s.id));
}

// ---------------------------------------------------------------------------------------------
// Metadata in the page head

export type MetaTag = { name?: string; property?: string; content: string };

const slashDate = (d: string) => d.replace(/-/g, '/');

/** Highwire Press citation_* tags (read by Zotero, Google Scholar) and Dublin Core, for a document. */
export function documentMeta(archive: Archive, doc: DocumentEntry, site: URL): MetaTag[] {
  const d = doc.data;
  const item = documentRecord(archive, doc, site);
  const publisher = item.publisher!;
  const tags: MetaTag[] = [
    { name: 'citation_title', content: item.title },
    ...d.authors.map((a) => ({ name: 'citation_author', content: a })),
    ...(d.authors.length === 0 && item.author ? [{ name: 'citation_author', content: publisher }] : []),
    { name: 'citation_publication_date', content: slashDate(d.published.date) },
    { name: 'citation_publisher', content: publisher },
    { name: 'citation_language', content: d.language },
    { name: 'citation_public_url', content: item.URL },
    { name: 'citation_fulltext_html_url', content: item.URL },
  ];
  if (d.kind === 'report') {
    tags.push({ name: 'citation_technical_report_institution', content: publisher });
    if (item.number) tags.push({ name: 'citation_technical_report_number', content: item.number });
  }
  if (d.kind === 'news-article') tags.push({ name: 'citation_journal_title', content: publisher });
  tags.push(
    { name: 'DC.title', content: item.title },
    ...(d.authors.length ? d.authors : [publisher]).map((a) => ({ name: 'DC.creator', content: a })),
    ...d.contributors.map((a) => ({ name: 'DC.contributor', content: a })),
    { name: 'DC.publisher', content: publisher },
    { name: 'DC.date', content: d.published.date },
    { name: 'DC.type', content: 'Text' },
    { name: 'DC.format', content: 'text/html' },
    { name: 'DC.language', content: d.language },
    { name: 'DC.identifier', content: item.URL },
    ...(d.originalUrl ? [{ name: 'DC.source', content: d.originalUrl }] : []),
  );
  return tags;
}

/** Highwire and Dublin Core for a case file: the archive is its author and publisher. */
export function caseMeta(c: CaseEntry, item: CslItem, history: CaseHistory): MetaTag[] {
  return [
    { name: 'citation_title', content: `${c.data.title}: case file` },
    { name: 'citation_author', content: ARCHIVE_NAME },
    { name: 'citation_publisher', content: ARCHIVE_NAME },
    { name: 'citation_publication_date', content: slashDate(history.changed) },
    { name: 'citation_online_date', content: slashDate(history.published) },
    { name: 'citation_language', content: 'en' },
    { name: 'citation_public_url', content: item.URL },
    { name: 'DC.title', content: `${c.data.title}: case file` },
    { name: 'DC.creator', content: ARCHIVE_NAME },
    { name: 'DC.publisher', content: ARCHIVE_NAME },
    { name: 'DC.date.created', content: history.published },
    { name: 'DC.date.modified', content: history.changed },
    { name: 'DC.type', content: 'Text' },
    { name: 'DC.format', content: 'text/html' },
    { name: 'DC.language', content: 'en' },
    { name: 'DC.identifier', content: item.URL },
    { name: 'DC.description', content: c.data.summary },
  ];
}

const archiveOrg = (site: URL) => ({ '@type': 'Organization', name: ARCHIVE_NAME, url: absolute(routes.home(), site) });

/** schema.org for a document: a Report or a NewsArticle (else an Article), the archive's copy of it. */
export function documentJsonLd(archive: Archive, doc: DocumentEntry, site: URL): object {
  const d = doc.data;
  const item = documentRecord(archive, doc, site);
  const publisher = { '@type': 'Organization', name: item.publisher };
  return {
    '@context': 'https://schema.org',
    '@type': d.kind === 'report' ? 'Report' : d.kind === 'news-article' ? 'NewsArticle' : 'Article',
    '@id': item.URL,
    url: item.URL,
    name: item.title,
    headline: d.title.length <= 110 ? d.title : `${d.title.slice(0, 107)}…`,
    inLanguage: d.language,
    datePublished: d.published.date,
    ...(d.authors.length
      ? { author: d.authors.map((name) => ({ '@type': 'Person', name })) }
      : item.author
        ? { author: publisher }
        : {}),
    ...(d.contributors.length ? { contributor: d.contributors.map((name) => ({ '@type': 'Person', name })) } : {}),
    publisher,
    ...(item.number ? { reportNumber: item.number } : {}),
    ...(d.originalUrl ? { isBasedOn: d.originalUrl, sameAs: d.originalUrl } : {}),
    isPartOf: { '@type': 'WebSite', name: ARCHIVE_NAME, url: absolute(routes.home(), site) },
  };
}

/**
 * Is a case file about one person (its title is a name, "Choe Kum Chol", "“Mr Park”", or one
 * person described, "North Korean refugee who …") rather than a group or an event ("Two North
 * Koreans held …", "Search of a house in Khabarovsk")?
 */
const isName = (title: string) =>
  title
    .replace(/[“”‘’"']/g, '')
    .split(/\s+/)
    .every((w) => /^\p{Lu}/u.test(w));

export function isAboutOnePerson(title: string): boolean {
  if (isName(title)) return true;
  return /^(Mr |Unnamed North Korean |The one North Korean |North Korean (refugee|escapee|student|in hiding)\b|Former logger |Logger |Refugee )/.test(
    title.replace(/^[“"']/, ''),
  );
}

/** schema.org for a case file: a CreativeWork of the archive about a person or an event, with its places. */
export function caseJsonLd(archive: Archive, c: CaseEntry, item: CslItem, history: CaseHistory, site: URL): object {
  const d = c.data;
  const individual = isAboutOnePerson(d.title);
  const places = d.places.map((id) => {
    const p = must(archive.places, id, 'place');
    const coords = (p.data as { coordinates?: [number, number] }).coordinates;
    return {
      '@type': 'Place',
      name: p.data.name,
      url: absolute(routes.place(p.id), site),
      ...(coords ? { geo: { '@type': 'GeoCoordinates', latitude: coords[0], longitude: coords[1] } } : {}),
    };
  });
  const about = individual
    ? isName(d.title)
      ? {
          '@type': 'Person',
          name: d.title.replace(/[“”"]/g, ''),
          ...(d.pseudonym ? { description: `A changed name, as the source gives it: “${d.pseudonym.words}”.` } : {}),
        }
      : { '@type': 'Person', description: d.title }
    : { '@type': 'Event', name: d.title, description: d.summary, ...(places.length ? { location: places } : {}) };
  return {
    '@context': 'https://schema.org',
    '@type': 'CreativeWork',
    '@id': item.URL,
    url: item.URL,
    name: `${d.title}: case file`,
    genre: 'Case file',
    description: d.summary,
    inLanguage: 'en',
    datePublished: history.published,
    dateModified: history.changed,
    author: archiveOrg(site),
    publisher: archiveOrg(site),
    about,
    ...(places.length ? { spatialCoverage: places } : {}),
    keywords: statusLabel(d.status),
    citation: (archive.documentsOfCase.get(c.id) ?? []).map((id) => absolute(routes.document(id), site)),
    isPartOf: { '@type': 'WebSite', name: ARCHIVE_NAME, url: absolute(routes.home(), site) },
  };
}

/**
 * The evidence of a case file for its dossier: every passage it cites, per document (in the
 * order the documents are first cited), each passage in its document's order with its full text,
 * the footnotes it refers to (numbered as in the document), its pinpoint citation and its permalink.
 */
export function caseEvidence(archive: Archive, c: CaseEntry, site: URL) {
  const cited = archive.citationsOfCase.get(c.id) ?? [];
  const docs = [...new Set(cited.map((r) => r.document.id))];
  return docs.map((docId) => {
    const doc = must(archive.documents, docId, 'document');
    const ids = new Set(cited.filter((r) => r.document.id === docId).map((r) => r.passage.id));
    const outline = archive.outlines.get(docId)!;
    const passages = outline.passages.filter((p) => ids.has(p.id));
    const noteOf = new Map(outline.footnotes.map((n) => [n.number, n]));
    const item = documentRecord(archive, doc, site);
    const [pinned] = passageCitations(
      archive,
      doc,
      passages.map((p) => p.id),
      site,
    );
    return {
      id: docId,
      title: doc.data.title,
      citeAs: doc.data.citeAs,
      editorsNote: doc.data.editorsNote,
      glossary: doc.data.glossary,
      document: formatPinned(item, [{}], DEFAULT_STYLE)[0],
      passages: passages.map((p, i) => ({
        id: p.id,
        label: p.label,
        kind: p.kind,
        text: p.text,
        url: `${item.URL}#${p.id}`,
        citation: pinned[i],
        // The text with its footnote numbers, and the notes themselves: the evidence complete on paper.
        noted: p.noted ?? [p.text],
        notes: [...new Set((p.noted ?? []).filter((x): x is number => typeof x === 'number'))]
          .map((n) => noteOf.get(n)!)
          .filter(Boolean),
      })),
    };
  });
}
