/**
 * Astro integration: gives the stylesheet the archive's address, so that a printed page can
 * write every link to this site as a full address (site.css, print layer). Pages import
 * `virtual:site-address.css`, one rule made by the build from the site's address:
 * `:root { --site-origin: "https://…"; }`. Links carry their path with the base already
 * (src/lib/routes.ts), so the origin is all that is added.
 */
import type { AstroIntegration } from 'astro';

const MODULE = 'virtual:site-address.css';

/** A CSS string, quoted and escaped. */
export const cssString = (s: string) => `"${s.replace(/[\\"]/g, '\\$&').replace(/\n/g, '\\a ')}"`;

export default function siteAddress(): AstroIntegration {
  return {
    name: 'archive:site-address',
    hooks: {
      'astro:config:setup': ({ config, updateConfig }) => {
        if (!config.site) throw new Error('site-address: the site has no address');
        const origin = new URL(config.site).origin;
        const resolved = `\0${MODULE}`;
        updateConfig({
          vite: {
            plugins: [
              {
                name: 'archive:site-address',
                enforce: 'pre',
                resolveId: (id: string) => (id === MODULE ? resolved : undefined),
                load: (id: string) =>
                  id === resolved ? `:root { --site-origin: ${cssString(origin)}; }\n` : undefined,
              },
            ],
          },
        });
      },
    },
  };
}
