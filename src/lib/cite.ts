/**
 * Citation text for a document, a section or a passage, in a form a court filing can use:
 * publisher, title, identifiers, date, section, paragraph, URL. Also RIS and BibTeX for
 * reference managers.
 */
export interface CitableDocument {
  publisher: string;
  authors: string[];
  title: string;
  identifiers: string[];
  date: string;
  url: string;
}

export interface Pinpoint {
  /** "3.3.2" or null */
  section?: string | null;
  /** passage label "3.3.2 ¶4" / "¶4" */
  passage?: string | null;
  /** section title for a section citation */
  sectionTitle?: string | null;
  /** anchor id */
  anchor?: string | null;
}

export function citationText(doc: CitableDocument, pin: Pinpoint = {}): string {
  const parts = [doc.authors.length ? `${doc.authors.join(', ')} (${doc.publisher})` : doc.publisher, `“${doc.title}”`];
  parts.push(...doc.identifiers.filter((i) => !/old|older/i.test(i)));
  parts.push(doc.date);
  if (pin.passage) {
    const m = /^(.*?)\s*¶(\d+)$/.exec(pin.passage);
    if (m && m[1]) parts.push(`section ${m[1]}, paragraph ${m[2]}`);
    else if (m) parts.push(`paragraph ${m[2]}`);
  } else if (pin.section) {
    parts.push(`section ${pin.section}${pin.sectionTitle ? ` (${pin.sectionTitle})` : ''}`);
  } else if (pin.sectionTitle) {
    parts.push(`“${pin.sectionTitle}”`);
  }
  const url = pin.anchor ? `${doc.url}#${pin.anchor}` : doc.url;
  return `${parts.join(', ')}, ${url}`;
}

const risLine = (tag: string, value: string) => `${tag}  - ${value}`;

export function ris(doc: CitableDocument & { kind: string; originalUrl?: string }): string {
  const type = doc.kind === 'report' ? 'RPRT' : doc.kind === 'news-article' ? 'NEWS' : 'ELEC';
  return [
    risLine('TY', type),
    risLine('TI', doc.title),
    ...(doc.authors.length ? doc.authors.map((a) => risLine('AU', a)) : [risLine('AU', doc.publisher)]),
    risLine('PB', doc.publisher),
    risLine('PY', doc.date.slice(0, 4)),
    ...doc.identifiers.map((i) => risLine('M1', i)),
    risLine('UR', doc.url),
    ...(doc.originalUrl ? [risLine('N1', `Original: ${doc.originalUrl}`)] : []),
    risLine('ER', ''),
    '',
  ].join('\r\n');
}

const bibEscape = (s: string) => s.replace(/([{}&%$#_])/g, '\\$1');

export function bibtex(doc: CitableDocument & { id: string; kind: string }): string {
  const type = doc.kind === 'report' ? 'techreport' : 'misc';
  const fields: [string, string][] = [
    ['title', `{${bibEscape(doc.title)}}`],
    [type === 'techreport' ? 'institution' : 'publisher', `{${bibEscape(doc.publisher)}}`],
    ['year', doc.date.slice(0, 4)],
    ['url', `{${doc.url}}`],
  ];
  if (doc.authors.length) fields.unshift(['author', `{${doc.authors.map(bibEscape).join(' and ')}}`]);
  else fields.unshift(['author', `{{${bibEscape(doc.publisher)}}}`]);
  const number = doc.identifiers[0];
  if (number) fields.push(['number', `{${bibEscape(number)}}`]);
  return `@${type}{${doc.id.replace(/-/g, '_')},\n${fields.map(([k, v]) => `  ${k} = ${v}`).join(',\n')}\n}\n`;
}
