/**
 * The address citations carry. A deployment build takes the archive's public address from
 * SITE_URL; without it the build is a local preview (`npm start`), whose pages cite the
 * address the preview is served at and say that it is a preview. No citation ever carries a
 * made-up address.
 */
export const PREVIEW_ORIGIN = 'http://localhost:4321';

/** Is this build a local preview (no public address given)? */
export function isPreview(site: URL | string | undefined): boolean {
  if (!site) return true;
  const u = new URL(String(site));
  return u.origin === PREVIEW_ORIGIN || u.hostname === 'localhost' || u.hostname === '127.0.0.1';
}
