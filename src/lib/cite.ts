/**
 * The archive's citation model. Every citable thing — a document, a section, a paragraph, a case
 * file — is one CSL-JSON record (Citation Style Language data, what reference managers exchange);
 * BibTeX, RIS and the formatted citations in each style are produced from that record by
 * citation-js (its CSL engine is citeproc-js, the one Zotero and Mendeley use). Styles: APA as
 * the CSL project publishes it (shipped with citation-js), and Chicago (notes), OSCOLA and a
 * Bluebook-like legal form written for this archive (src/lib/csl/). Nothing is fetched: every
 * style and locale is in the package or in this folder.
 *
 * Dates keep their precision (a year stays a year) and an approximate or inferred date is
 * marked as uncertain ("ca."), with the reason in the record's note. Authors are people
 * (`{ family, given }`) or organizations (`{ literal }`), never remarks.
 */
import { Cite, plugins } from '@citation-js/core';
import '@citation-js/plugin-csl';
import '@citation-js/plugin-bibtex';
import '@citation-js/plugin-ris';
import { chicagoNote } from './csl/chicago.ts';
import { oscola } from './csl/oscola.ts';
import { bluebook } from './csl/bluebook.ts';
import { formatDate, isPeriod, type ArchiveDate } from './dates.ts';
import { personName } from './person-names.ts';

export { personName, nameProblem } from './person-names.ts';

import type { CslName } from './person-names.ts';
export type { CslName };
export interface CslDate {
  'date-parts'?: number[][];
  literal?: string;
  circa?: boolean;
}

/** A CSL-JSON record (the fields this archive uses). */
export interface CslItem {
  id: string;
  type: 'report' | 'article-newspaper' | 'webpage' | 'post-weblog';
  'citation-key'?: string;
  title: string;
  author?: CslName[];
  contributor?: CslName[];
  publisher?: string;
  'publisher-place'?: string;
  'container-title'?: string;
  genre?: string;
  number?: string;
  issued: CslDate;
  URL: string;
  language?: string;
  note?: string;
  medium?: string;
  source?: string;
}

// ---------------------------------------------------------------------------------------------
// Styles

const csl = plugins.config.get('@csl') as {
  styles: { add(name: string, xml: string): void; has(name: string): boolean };
};
if (!csl.styles.has('archive-chicago')) csl.styles.add('archive-chicago', chicagoNote);
if (!csl.styles.has('archive-oscola')) csl.styles.add('archive-oscola', oscola);
if (!csl.styles.has('archive-bluebook')) csl.styles.add('archive-bluebook', bluebook);

export type StyleId = 'apa' | 'chicago' | 'oscola' | 'bluebook';
export interface Style {
  id: StyleId;
  name: string;
  template: string;
  paragraph: string;
}

/** The styles offered on every cite page, in this order. `paragraph`: the style's word for a paragraph after a section. */
export const STYLES: readonly Style[] = [
  { id: 'apa', name: 'APA (7th edition)', template: 'apa', paragraph: 'para.' },
  { id: 'chicago', name: 'Chicago (notes)', template: 'archive-chicago', paragraph: 'par.' },
  { id: 'oscola', name: 'OSCOLA', template: 'archive-oscola', paragraph: 'para' },
  { id: 'bluebook', name: 'Bluebook (legal citation)', template: 'archive-bluebook', paragraph: '¶' },
];

// ---------------------------------------------------------------------------------------------
// Names and dates

/** A date at its own precision; approximate and inferred dates are marked uncertain. */
export function cslDate(d: ArchiveDate): CslDate {
  const out: CslDate = isPeriod(d.date)
    ? { literal: formatDate(d.date) }
    : { 'date-parts': [d.date.split('-').map(Number)] };
  if (d.certainty !== 'exact') out.circa = true;
  return out;
}

// ---------------------------------------------------------------------------------------------
// Records

export interface CitableDocumentInput {
  id: string;
  kind: 'report' | 'dispatch' | 'post' | 'update' | 'news-article' | 'translation';
  title: string;
  subtitle?: string;
  /** People, as written in the content. */
  authors: string[];
  contributors: string[];
  /** The publisher's name. */
  publisher: string;
  published: ArchiveDate;
  identifiers: string[];
  /** The archive's address of the document. */
  url: string;
  originalUrl?: string;
  language: string;
}

const TYPES: Record<CitableDocumentInput['kind'], CslItem['type']> = {
  report: 'report',
  'news-article': 'article-newspaper',
  dispatch: 'webpage',
  post: 'webpage',
  update: 'webpage',
  translation: 'webpage',
};

/** "AI Index: ASA 24/006/1996" → { genre: "AI Index", number: "ASA 24/006/1996" }; older forms are left out. */
function identifier(identifiers: string[]): { genre?: string; number?: string } {
  const first = identifiers.find((i) => !/\bold(er)?\b/i.test(i));
  if (!first) return {};
  const m = /^([^:]{2,30}):\s*(.+)$/.exec(first);
  return m ? { genre: m[1].trim(), number: m[2].trim() } : { number: first };
}

/** The note a record carries: why its date is not exact, and where the original is. */
function recordNote(published: ArchiveDate, originalUrl?: string): string | undefined {
  const parts: string[] = [];
  if (published.certainty !== 'exact')
    parts.push(`Date ${published.certainty}${published.note ? `: ${published.note}` : ''}`);
  if (originalUrl) parts.push(`Original: ${originalUrl}`);
  return parts.length ? parts.join(' ') : undefined;
}

/** The CSL-JSON record of a source document, as the archive holds it (its address is the archive's copy). */
export function documentItem(d: CitableDocumentInput): CslItem {
  const type = TYPES[d.kind];
  const people = d.authors.map(personName);
  const item: CslItem = {
    id: d.id,
    type,
    'citation-key': d.id.replace(/-/g, '_'),
    title: d.subtitle ? `${d.title}: ${d.subtitle}` : d.title,
    // A report without named authors is the publisher's; a news item without a byline has none.
    ...(people.length
      ? { author: people }
      : type === 'article-newspaper'
        ? {}
        : { author: [{ literal: d.publisher }] }),
    ...(d.contributors.length ? { contributor: d.contributors.map(personName) } : {}),
    publisher: d.publisher,
    // A newspaper's name is the container of its article; a web page's site is its publisher.
    ...(type === 'article-newspaper' ? { 'container-title': d.publisher } : {}),
    ...(type === 'report' ? identifier(d.identifiers) : {}),
    issued: cslDate(d.published),
    URL: d.url,
    language: d.language,
  };
  const note = recordNote(d.published, d.originalUrl);
  if (note) item.note = note;
  return item;
}

export interface CitableCaseInput {
  id: string;
  title: string;
  /** The archive's name: author, publisher and site of its case files. */
  archive: string;
  /** The day of the case file's last change ("YYYY-MM-DD"). */
  changed: string;
  url: string;
}

/** The CSL-JSON record of a case file: a work of the archive (its publisher; no person signs it), dated by its last change. */
export function caseItem(c: CitableCaseInput): CslItem {
  return {
    id: `case-${c.id}`,
    type: 'webpage',
    'citation-key': `case_${c.id.replace(/-/g, '_')}`,
    title: c.title,
    genre: 'Case file',
    publisher: c.archive,
    issued: cslDate({ date: c.changed, certainty: 'exact' }),
    URL: c.url,
    language: 'en',
  };
}

// ---------------------------------------------------------------------------------------------
// Pinpoints and formatted citations

/** Where in a document: a numbered section ("3.3.2", "Appendix 1"), an unnumbered heading, a paragraph. */
export interface Pinpoint {
  section?: string | null;
  sectionTitle?: string | null;
  paragraph?: number | null;
  /** The anchor of the section or paragraph: the URL cited is the document's with this fragment. */
  anchor?: string | null;
}

interface Locator {
  locator?: string;
  label?: string;
}

export function locatorFor(pin: Pinpoint, style: Style): Locator {
  const appendix = pin.section ? /^Appendix\s+(\S+)$/i.exec(pin.section) : null;
  const label = appendix ? 'appendix' : 'section';
  const where = appendix ? appendix[1] : pin.section;
  if (where && pin.paragraph) return { label, locator: `${where}, ${style.paragraph} ${pin.paragraph}` };
  if (pin.paragraph) return { label: 'paragraph', locator: String(pin.paragraph) };
  if (where) return { label, locator: where };
  if (pin.sectionTitle) return { label: 'section', locator: `“${pin.sectionTitle}”` };
  return {};
}

/**
 * APA's own pinpoint for a work without page numbers (Publication Manual, 7th ed., 8.13): a
 * numbered section as "sec. 3.3.2", an appendix by its label ("Appendix 1"), an unnumbered
 * heading as its name in quotation marks followed by "section", a paragraph as "para. 4"; joined
 * with a comma ("sec. 3.3.2, para. 4"). APA's CSL style writes every label but "p." and "para."
 * in full ("Section 3.3.2"), so its in-text citation is made without a locator and this is put in.
 */
export function apaPinpoint(pin: Pinpoint): string {
  const appendix = pin.section ? /^Appendix\s+(\S+)$/i.exec(pin.section) : null;
  const where = appendix
    ? `Appendix ${appendix[1]}`
    : pin.section
      ? `sec. ${pin.section}`
      : pin.sectionTitle
        ? `“${pin.sectionTitle}” section`
        : '';
  return [where, pin.paragraph ? `para. ${pin.paragraph}` : ''].filter(Boolean).join(', ');
}

/** "(Amnesty International, 1996)" with APA's pinpoint put in before its closing parenthesis. */
function apaInText(cluster: string, pin: Pinpoint): string {
  const own = apaPinpoint(pin);
  if (!own) return cluster;
  if (!cluster.endsWith(')')) throw new Error(`APA's in-text citation does not end in a parenthesis: ${cluster}`);
  return `${cluster.slice(0, -1)}, ${own})`;
}

export function pinned(item: CslItem, pin: Pinpoint): CslItem {
  return pin.anchor
    ? { ...item, id: `${item.id}#${pin.anchor}`, URL: `${item.URL.replace(/#.*$/, '')}#${pin.anchor}` }
    : item;
}

export interface FormattedCitation {
  style: Style;
  /** The full citation: a footnote (Chicago, OSCOLA, Bluebook) or the reference-list entry (APA). */
  text: string;
  html: string;
  /** APA only: the in-text citation with its pinpoint, "(Amnesty International, 1996, sec. 3.3.2, para. 4)". */
  inText?: string;
}

const tidy = (s: string) => s.replace(/\s+/g, ' ').trim();
const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };
/** The text of citeproc's HTML output (it escapes &, <, > and quotation marks). */
const htmlText = (html: string) =>
  tidy(
    html
      .replace(/<[^>]+>/g, '')
      .replace(/&(#x?[0-9a-f]+|[a-z]+);/gi, (m, e: string) =>
        e[0] === '#'
          ? String.fromCodePoint(e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : Number(e.slice(1)))
          : (ENTITIES[e.toLowerCase()] ?? m),
      ),
  );

interface CiteprocEngine {
  updateItems(ids: string[]): void;
  makeCitationCluster(items: { id: string; locator?: string; label?: string }[]): string;
  makeBibliography(): [{ entry_ids: string[][] }, string[]];
}
const engineFor = csl as unknown as {
  engine(data: CslItem[], style: string, lang: string, format: string): CiteprocEngine;
};

/**
 * One item cited at many places (the whole document, each section, each paragraph) in one style.
 * One citeproc engine holds one record at a time, so that the places are never taken for
 * different works ("1996a", "1996b"); for each place the record's address is the place's
 * permalink, and the citation stands on its own (no "ibid."). APA's reference-list entry names
 * the work (its address the document's); its in-text citation carries the pinpoint.
 */
export function formatPinned(item: CslItem, pins: Pinpoint[], styleId: StyleId): FormattedCitation[] {
  // The same record at the same places in the same style gives the same text: a passage cited by
  // many cases is formatted once per build (the engine's work is most of the build's time).
  // Each place's citation stands on its own (formatWithEngine), so each is kept on its own.
  const record = `${styleId}\u0000${JSON.stringify(item)}\u0000`;
  const keys = pins.map((pin) => record + JSON.stringify(pin));
  const missing = pins.filter((_, i) => !formatted.has(keys[i]));
  if (missing.length) {
    const fresh = formatWithEngine(item, missing, styleId);
    missing.forEach((pin, i) => formatted.set(record + JSON.stringify(pin), fresh[i]));
  }
  return keys.map((k) => ({ ...formatted.get(k)! }));
}
const formatted = new Map<string, FormattedCitation>();

function formatWithEngine(item: CslItem, pins: Pinpoint[], styleId: StyleId): FormattedCitation[] {
  const style = STYLES.find((s) => s.id === styleId)!;
  let current: CslItem = { ...item };
  const engine = engineFor.engine([current], style.template, 'en-US', 'html') as CiteprocEngine & {
    sys: { retrieveItem(id: string): CslItem };
  };
  engine.sys.retrieveItem = () => current;
  engine.updateItems([item.id]);
  let reference: string | undefined;
  if (style.id === 'apa') {
    const [, entries] = engine.makeBibliography();
    reference = tidy(entries[0].replace(/^\s*<div[^>]*>|<\/div>\s*$/g, ''));
  }
  return pins.map((pin) => {
    if (style.id !== 'apa') {
      current = { ...pinned(item, pin), id: item.id };
      engine.updateItems([item.id]);
    }
    if (reference !== undefined)
      return {
        style,
        html: reference,
        text: htmlText(reference),
        inText: apaInText(htmlText(tidy(engine.makeCitationCluster([{ id: item.id }]))), pin),
      };
    const cluster = tidy(engine.makeCitationCluster([{ id: item.id, ...locatorFor(pin, style) }]));
    return { style, html: cluster, text: htmlText(cluster) };
  });
}

/**
 * A case file's citation in one style, without a pass through the engine for each case. Case
 * files differ, as records, only in their title, address, identifiers and date; at thousands of
 * cases, formatting each through citeproc was most of the build's time. So the engine formats a
 * stand-in record once for each style and everything else the record holds (its date, its kind,
 * the archive), and the case's title and address are put in place of the stand-in's.
 *
 * That is exact only where the style prints the title as it stands. A title goes through the
 * engine itself if it has anything citeproc may change or move: quotation marks and apostrophes
 * (turned, or flipped when nested), markup characters, periods (stripped by some styles),
 * doubled spaces or hyphens, a first letter that is not a capital or a digit, or a last
 * character that is punctuation (merged with the style's own). The stand-in's title mixes
 * capitals and small letters ("Zqxa zqxb of Zqxc"), so a style that changes the case of titles
 * is seen (the stand-in is not found in its output) and every title in that style goes through
 * the engine. tests/unit/case-citation.test.ts compares both ways for every title of the record.
 */
export function formatCaseCitation(item: CslItem, styleId: StyleId): FormattedCitation {
  const template = caseTemplate(item, styleId);
  if (!template) return formatCitation(item, styleId);
  const put = (s: string) => s.split(STAND_IN_TITLE).join(item.title).split(STAND_IN_URL).join(item.URL);
  return {
    style: template.style,
    html: put(template.html),
    text: put(template.text),
    ...(template.inText !== undefined ? { inText: put(template.inText) } : {}),
  };
}

/** Is this case file's citation in this style put together from the stand-in's (not formatted by the engine)? */
export function citedFromStandIn(item: CslItem, styleId: StyleId): boolean {
  return caseTemplate(item, styleId) !== null;
}

/** The engine's citation of the stand-in record for this case file's style, date and kind; null where the case's own must be formatted. */
function caseTemplate(item: CslItem, styleId: StyleId): FormattedCitation | null {
  if (!PLAIN_TITLE.test(item.title) || /\s\s|--/.test(item.title) || !PLAIN_URL.test(item.URL)) return null;
  const { id: _id, 'citation-key': _key, title: _title, URL: _url, ...rest } = item;
  const key = `${styleId}\u0000${JSON.stringify(rest)}`;
  let template = caseTemplates.get(key);
  if (template === undefined) {
    const standIn = formatWithEngine(
      { ...rest, id: 'stand-in', title: STAND_IN_TITLE, URL: STAND_IN_URL } as CslItem,
      [{}],
      styleId,
    )[0];
    const found = (s: string) => s.includes(STAND_IN_TITLE) && s.includes(STAND_IN_URL);
    template = found(standIn.html) && found(standIn.text) ? standIn : null;
    caseTemplates.set(key, template);
  }
  return template;
}
const PLAIN_TITLE = /^[\p{Lu}\p{N}](?:[\p{L}\p{M}\p{N} ,;:()\-\u2013\u2014/]*[\p{L}\p{M}\p{N})])?$/u;
const PLAIN_URL = /^https?:\/\/[A-Za-z0-9.\-:/_~%]+$/;
const STAND_IN_TITLE = 'Zqxa zqxb of Zqxc';
const STAND_IN_URL = 'https://stand-in.invalid/zqxd/';
const caseTemplates = new Map<string, FormattedCitation | null>();

export function formatCitation(item: CslItem, styleId: StyleId, pin: Pinpoint = {}): FormattedCitation {
  return formatPinned(item, [pin], styleId)[0];
}

export function formatAll(item: CslItem, pin: Pinpoint = {}): FormattedCitation[] {
  return STYLES.map((s) => formatCitation(item, s.id, pin));
}

// ---------------------------------------------------------------------------------------------
// Files for reference managers

/** BibTeX (classic fields, ASCII with TeX escapes), one entry per record. */
export function toBibtex(items: CslItem[]): string {
  return `${(new Cite(items).format('bibtex', { format: 'text' }) as string).trim()}\n`;
}

/**
 * RIS, one record per item, lines ending in CRLF as the format wants. citation-js folds long
 * values at 70 characters; reference managers read a folded line as two values, so they are
 * joined again.
 */
export function toRis(items: CslItem[]): string {
  return items.map(risRecord).join('');
}

/**
 * One RIS record. For a newspaper article the RIS specification that citation-js follows keeps
 * only the year (PY); reference managers also read the full date from DA, so it is added there.
 */
function risRecord(item: CslItem): string {
  const raw = new Cite([item]).format('ris', { format: 'text' }) as string;
  const lines: string[] = [];
  for (const line of raw.split(/\r?\n/)) {
    if (line === '') continue;
    if (/^[A-Z][A-Z0-9] {2}-( |$)/.test(line) || lines.length === 0) lines.push(line);
    else lines[lines.length - 1] += line;
  }
  const parts = item.issued['date-parts']?.[0];
  if (parts && parts.length > 1 && !lines.some((l) => l.startsWith('DA  -'))) {
    const at = lines.findIndex((l) => l.startsWith('PY  -'));
    lines.splice(
      at + 1,
      0,
      `DA  - ${parts.map((n) => String(n).padStart(2, '0')).join('/')}${parts.length === 3 ? '/' : '//'}`,
    );
  }
  return `${lines.map((l) => (l.startsWith('ER  -') ? 'ER  - ' : l)).join('\r\n')}\r\n`;
}

/** CSL-JSON: the records themselves (what Zotero, Mendeley and pandoc read). */
export function toCslJson(items: CslItem[]): string {
  return `${JSON.stringify(items, null, 2)}\n`;
}

// ---------------------------------------------------------------------------------------------
// Citations a reading page copies without a citation engine

/**
 * The citations of every section and paragraph of a document in one style, cut into what they
 * share and what each adds, so that a reading page can carry them all at little weight and put
 * any one together again without a citation engine: the text of a unit is
 * `head + own + link + id + tail`, where `own` (its pinpoint, "s 3.3.2, para 4") is all the unit
 * carries, `id` is its anchor, and the rest is said once for the page. Each text is the engine's
 * own; a text that does not end in its unit's permalink stops the build.
 */
export interface SharedCitation {
  head: string;
  link: string;
  tail: string;
  own: Map<string, string>;
}

export function shareCitations(url: string, units: { id: string; text: string }[]): SharedCitation {
  const base = url.replace(/#.*$/, '');
  const split = units.map((u) => {
    const permalink = `${base}#${u.id}`;
    const at = u.text.lastIndexOf(permalink);
    if (at < 0) throw new Error(`the citation of #${u.id} does not contain its permalink ${permalink}: ${u.text}`);
    return { id: u.id, before: u.text.slice(0, at), after: u.text.slice(at + permalink.length) };
  });
  const tail = split[0]?.after ?? '';
  const odd = split.find((x) => x.after !== tail);
  if (odd) throw new Error(`the citations of #${split[0].id} and #${odd.id} end differently after their permalinks`);
  let head = split[0]?.before ?? '';
  for (const x of split) while (!x.before.startsWith(head)) head = head.slice(0, -1);
  const rests = split.map((x) => x.before.slice(head.length));
  let common = rests[0] ?? '';
  for (const r of rests) while (!r.endsWith(common)) common = common.slice(1);
  return {
    head,
    link: `${common}${base}#`,
    tail,
    own: new Map(split.map((x, i) => [x.id, rests[i].slice(0, rests[i].length - common.length)])),
  };
}

/** One unit's citation put together again from its shares (what the reading page's script does). */
export function joinCitation(shared: Pick<SharedCitation, 'head' | 'link' | 'tail'>, own: string, id: string): string {
  return `${shared.head}${own}${shared.link}${id}${shared.tail}`;
}
