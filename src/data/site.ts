/**
 * Who publishes this archive, how to reach them, and under what terms its own texts and data may
 * be reused: set by the editors in content/site.yaml, checked here against its schema. The
 * header, the footer, the About page, the 404 page and the citations read it.
 *
 * Until the publisher's details are set, `placeholder` is true: publisher and maintainer are
 * editorial placeholders, the contact address is empty (the pages then say it is not yet set, and
 * link nothing), and the About page says plainly that they are placeholders.
 */
import { z } from 'astro/zod';
import { readContentFile } from '../lib/content-file.ts';

/** An e-mail address, or nothing ("" until it is set). */
const EMAIL = /^(?:[^\s@]+@[^\s@]+\.[^\s@]+)?$/;

const text = (what: string) =>
  z
    .string({ error: `${what} is required (text)` })
    .trim()
    .min(1, `${what} must not be empty`);

const licence = (what: string) =>
  z
    .object(
      {
        name: text('name (the licence, e.g. "Creative Commons Attribution 4.0 International (CC BY 4.0)")'),
        url: z.url({ error: 'url must be the full address of the licence (https://…)' }),
      },
      { error: `${what} must be { name, url }` },
    )
    .strict();

/** The schema of content/site.yaml. */
export const siteSchema = z
  .object(
    {
      name: text('name (the archive’s name, as in the header and page titles)'),
      short: text('short (the archive’s short name)'),
      tagline: text('tagline'),
      publisher: text('publisher (the organization that publishes the archive)'),
      maintainer: text('maintainer (who keeps the archive, as they wish to be named)'),
      contact: z
        .object(
          {
            email: z
              .string({ error: 'email must be an e-mail address in quotes, or "" until it is set' })
              .regex(EMAIL, 'email must be an e-mail address, e.g. "editors@example.org", or "" until it is set'),
            note: text('note').optional(),
          },
          { error: 'contact must be { email } (note optional)' },
        )
        .strict(),
      placeholder: z.boolean({
        error: 'placeholder must be true (publisher, maintainer and contact are still placeholders) or false',
      }),
      licences: z
        .object(
          { texts: licence('texts'), data: licence('data') },
          { error: 'licences must be { texts, data }, each { name, url }' },
        )
        .strict(),
    },
    { error: 'must hold name, short, tagline, publisher, maintainer, contact, placeholder and licences' },
  )
  .strict()
  .superRefine((site, ctx) => {
    if (site.placeholder && site.contact.email && EMAIL.test(site.contact.email)) {
      ctx.addIssue({
        code: 'custom',
        path: ['placeholder'],
        message:
          'placeholder is true, but a contact address is set: once publisher, maintainer and contact are real, write placeholder: false',
      });
    }
    if (!site.placeholder && !site.contact.email) {
      ctx.addIssue({
        code: 'custom',
        path: ['contact', 'email'],
        message: 'placeholder is false, so the archive needs its contact address: give contact.email',
      });
    }
  });

/** The archive's name, publisher, maintainer, contact and licences. */
export type SiteInfo = z.output<typeof siteSchema>;

/** The settings of content/site.yaml (of the folder `ARCHIVE_CONTENT` names, if set). */
export const SITE: SiteInfo = readContentFile('site.yaml', siteSchema);
