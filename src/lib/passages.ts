/**
 * Section and passage ids of a source document (see content/README.md).
 *
 * - A numbered heading ("3.3.2 Violations …", "Appendix 1 - Statement …") gets the id
 *   "<number with dashes>-<slug of title>" and starts a new passage count with the prefix
 *   "<number with dashes>": passages "3-3-2-p1", "3-3-2-p2", …
 * - An unnumbered heading gets the slug of its text and does not restart the count.
 * - Passages are top-level paragraphs, block quotations and items of top-level lists.
 *   Outside numbered sections they are "p1", "p2", … through the whole document.
 *
 * Works on an mdast tree, so the same code serves the Markdown pipeline (which writes the ids
 * into the HTML) and the build's checks of citations (which read the MDX source directly).
 */
import type { Root, RootContent, Heading, PhrasingContent, FootnoteDefinition } from 'mdast';
import { slug } from './slug.ts';

export interface Section {
  id: string;
  /** "3.3.2", "Appendix 1", or null for an unnumbered heading */
  number: string | null;
  title: string;
  depth: number;
}

export interface Passage {
  id: string;
  /** Human label: "3.3.2 ¶4" or "¶4" */
  label: string;
  /** Number of the enclosing numbered section, or null */
  section: string | null;
  /** 1-based position within its count */
  index: number;
  kind: 'paragraph' | 'quotation' | 'list item';
  text: string;
  /**
   * Only where the passage refers to footnotes: its text cut at each reference, the note's
   * number (as the document page numbers it) between the pieces: ["… Closed Doors.", 1, " In …"].
   */
  noted?: (string | number)[];
}

/** A footnote of a document: its number as the page shows it (order of first reference), its label in the source, its text. */
export interface Footnote {
  number: number;
  label: string;
  text: string;
}

export interface DocumentOutline {
  sections: Section[];
  passages: Passage[];
  footnotes: Footnote[];
}

const NUMBERED = /^(\d{1,2}(?:\.\d{1,2})*)\.?\s+(\S.*)$/;
const APPENDIX = /^(Appendix)\s+(\d{1,2})\b\s*[-–—:.]?\s*(.*)$/i;

/** Plain text of a node, leaving out footnote references and footnote definitions. */
export function plainText(node: RootContent | PhrasingContent | Root): string {
  if (node.type === 'footnoteReference' || node.type === 'footnoteDefinition') return '';
  if ('value' in node && typeof node.value === 'string') {
    return node.type === 'text' || node.type === 'inlineCode' ? node.value : '';
  }
  if ('children' in node) return (node.children as RootContent[]).map((c) => plainText(c)).join('');
  return '';
}

const NOTE = '\uE000';

/** The plain text of a passage with a mark where each footnote is referred to, and the notes' labels in order. */
function notedText(node: RootContent | PhrasingContent | Root, labels: string[]): string {
  if (node.type === 'footnoteReference') {
    labels.push(node.identifier);
    return NOTE;
  }
  if (node.type === 'footnoteDefinition') return '';
  if ('value' in node && typeof node.value === 'string')
    return node.type === 'text' || node.type === 'inlineCode' ? node.value : '';
  if ('children' in node) return (node.children as RootContent[]).map((c) => notedText(c, labels)).join('');
  return '';
}

/** Footnotes numbered as the page numbers them: in the order of their first reference, those referred to from notes last. */
function numberFootnotes(tree: Root): { numberOf: Map<string, number>; footnotes: Footnote[] } {
  const numberOf = new Map<string, number>();
  const definitions: FootnoteDefinition[] = [];
  const walk = (node: RootContent | Root) => {
    if (node.type === 'footnoteDefinition') {
      definitions.push(node);
      return;
    }
    if (node.type === 'footnoteReference' && !numberOf.has(node.identifier))
      numberOf.set(node.identifier, numberOf.size + 1);
    if ('children' in node) for (const c of node.children as RootContent[]) walk(c);
  };
  walk(tree);
  for (const d of definitions) for (const c of d.children) walk(c);
  const footnotes = definitions
    .filter((d) => numberOf.has(d.identifier))
    .map((d) => ({
      number: numberOf.get(d.identifier)!,
      label: d.label ?? d.identifier,
      text: d.children
        .map((c) => plainText(c))
        .join(' ')
        .replace(/\s+/g, ' ')
        .trim(),
    }))
    .sort((a, b) => a.number - b.number);
  return { numberOf, footnotes };
}

export function parseHeading(text: string): { number: string | null; prefix: string | null; title: string } {
  const t = text.trim().replace(/\s+/g, ' ');
  const a = t.match(APPENDIX);
  if (a) return { number: `Appendix ${a[2]}`, prefix: `appendix-${a[2]}`, title: a[3] };
  const n = t.match(NUMBERED);
  if (n) return { number: n[1], prefix: n[1].replace(/\./g, '-'), title: n[2] };
  return { number: null, prefix: null, title: t };
}

type WithData = { data?: { hProperties?: Record<string, unknown>; [k: string]: unknown } };

function setId(node: WithData, id: string, extra: Record<string, unknown> = {}) {
  node.data ??= {};
  node.data.hProperties = { ...(node.data.hProperties ?? {}), id, ...extra };
}

/**
 * Assigns ids to the headings and passages of a document tree (mutating `data.hProperties`)
 * and returns its outline.
 */
export function outlineDocument(tree: Root): DocumentOutline {
  const sections: Section[] = [];
  const passages: Passage[] = [];
  const used = new Set<string>();
  let prefix: string | null = null;
  let sectionNumber: string | null = null;
  let count = 0;
  let flatCount = 0;

  const unique = (id: string) => {
    let out = id || 'section';
    for (let i = 2; used.has(out); i++) out = `${id}-${i}`;
    used.add(out);
    return out;
  };

  const { numberOf, footnotes } = numberFootnotes(tree);

  const addPassage = (node: RootContent, kind: Passage['kind'], text: string) => {
    let id: string;
    let label: string;
    let index: number;
    if (prefix) {
      index = ++count;
      id = `${prefix}-p${index}`;
      label = `${sectionNumber} ¶${index}`;
    } else {
      index = ++flatCount;
      id = `p${index}`;
      label = `¶${index}`;
    }
    used.add(id);
    setId(node as WithData, id, { dataPassage: label });
    const passage: Passage = { id, label, section: sectionNumber, index, kind, text: text.replace(/\s+/g, ' ').trim() };
    const labels: string[] = [];
    const marked = notedText(node, labels).replace(/\s+/g, ' ').trim();
    if (labels.length) {
      passage.noted = marked
        .split(NOTE)
        .flatMap((piece, i) => (i === 0 ? [piece] : [numberOf.get(labels[i - 1]) ?? labels[i - 1], piece]))
        .filter((x) => x !== '');
    }
    passages.push(passage);
  };

  for (const node of tree.children) {
    if (node.type === 'heading') {
      const h = node as Heading;
      const text = plainText(h);
      const parsed = parseHeading(text);
      let id: string;
      if (parsed.prefix) {
        prefix = parsed.prefix;
        sectionNumber = parsed.number;
        count = 0;
        id = unique(`${parsed.prefix}-${slug(parsed.title)}`.replace(/-$/, ''));
      } else {
        id = unique(slug(text));
      }
      setId(h as WithData, id);
      sections.push({ id, number: parsed.number, title: parsed.number ? parsed.title : text.trim(), depth: h.depth });
    } else if (node.type === 'paragraph') {
      addPassage(node, 'paragraph', plainText(node));
    } else if (node.type === 'blockquote') {
      addPassage(node, 'quotation', plainText(node));
    } else if (node.type === 'list') {
      for (const item of node.children) addPassage(item, 'list item', plainText(item));
    }
  }
  return { sections, passages, footnotes };
}
