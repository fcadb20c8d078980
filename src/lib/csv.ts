/**
 * CSV (RFC 4180): every field quoted when it needs to be, CRLF line ends, a header row, and a
 * UTF-8 byte order mark first, so that spreadsheet programs (Excel) read the names in Cyrillic,
 * Hangul and with accents as they are, not garbled.
 */
export function toCsv(columns: string[], rows: Record<string, unknown>[]): string {
  const field = (v: unknown) => {
    const s = v === undefined || v === null ? '' : Array.isArray(v) ? v.join('; ') : String(v);
    return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
  };
  return (
    '\uFEFF' + [columns.join(','), ...rows.map((r) => columns.map((c) => field(r[c])).join(','))].join('\r\n') + '\r\n'
  );
}
