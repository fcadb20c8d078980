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
import type { Root, RootContent, Heading, PhrasingContent } from 'mdast';
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
}

export interface DocumentOutline {
  sections: Section[];
  passages: Passage[];
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

  const addPassage = (node: WithData, kind: Passage['kind'], text: string) => {
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
    setId(node, id, { dataPassage: label });
    passages.push({ id, label, section: sectionNumber, index, kind, text: text.replace(/\s+/g, ' ').trim() });
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
      addPassage(node as WithData, 'paragraph', plainText(node));
    } else if (node.type === 'blockquote') {
      addPassage(node as WithData, 'quotation', plainText(node));
    } else if (node.type === 'list') {
      for (const item of node.children) addPassage(item as WithData, 'list item', plainText(item));
    }
  }
  return { sections, passages };
}
