/**
 * The archive's slug: lower case, accents dropped, apostrophes and quotation marks dropped,
 * every other run of characters that are not Latin letters or digits becomes one dash.
 * Ids built from it are published and must never change, so this function must not change.
 */
export function slug(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/['’‘"“”«»]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}
