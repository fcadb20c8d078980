/** CSV (RFC 4180): every field quoted when it needs to be, CRLF line ends, a header row. */
export function toCsv(columns: string[], rows: Record<string, unknown>[]): string {
  const field = (v: unknown) => {
    const s = v === undefined || v === null ? '' : Array.isArray(v) ? v.join('; ') : String(v);
    return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
  };
  return [columns.join(','), ...rows.map((r) => columns.map((c) => field(r[c])).join(','))].join('\r\n') + '\r\n';
}
