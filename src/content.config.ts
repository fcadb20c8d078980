/**
 * Every schema of the archive. Messages are written for the people who edit content/:
 * the build stops with the file, the field and what to write instead.
 */
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';
import { join } from 'node:path';
import { contentDir } from './lib/paths.ts';
import { CERTAINTIES, dateProblem, madeUpDateProblem, type Certainty } from './lib/dates.ts';
import {
  DOCUMENT_EVENT_KIND_IDS,
  STATUS_IDS,
  PLACE_KINDS,
  ORGANIZATION_KINDS,
  DOCUMENT_KINDS,
  ATTRIBUTIONS,
} from './lib/vocabulary.ts';
import { yamlList, uniqueFileIds, markdownFiles } from './lib/loaders.ts';
import { descriptionEvidence } from './lib/case-names.ts';
import { nameProblem } from './lib/person-names.ts';

const root = contentDir();

const id = z
  .string({ error: 'must be an id: lower-case letters, digits and dashes' })
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be an id: lower-case letters, digits and dashes, e.g. "primorsky-krai"');

const text = (what: string) =>
  z
    .string({ error: `${what} is required (text)` })
    .trim()
    .min(1, `${what} must not be empty`);

const dateString = z
  .string({ error: 'must be a date: YYYY, YYYY-MM or YYYY-MM-DD, in quotes' })
  .superRefine((v, ctx) => {
    const problem = dateProblem(v);
    if (problem) ctx.addIssue({ code: 'custom', message: problem });
  });

const certainty = z.enum(CERTAINTIES as [string, ...string[]], {
  error: `must be one of: ${CERTAINTIES.join(', ')}`,
});

/** A date with its certainty; approximate and inferred dates must say why. */
const archiveDate = z
  .object({ date: dateString, certainty, note: z.string().optional() }, { error: 'must be { date, certainty, note }' })
  .strict()
  .refine((d) => d.certainty === 'exact' || (d.note ?? '').trim().length > 0, {
    message: 'an approximate or inferred date needs a note saying why',
    path: ['note'],
  })
  .superRefine((d, ctx) => {
    const problem = madeUpDateProblem(d as { date: string; certainty: Certainty; note?: string });
    if (problem) ctx.addIssue({ code: 'custom', message: problem, path: ['date'] });
  });

/** A person's name as a citation shows it: "Given Family", or "Family, Given"; never a remark. */
const personName = z
  .string({ error: 'must be a person\'s name, e.g. "Lina Yoon" (or "Family, Given")' })
  .trim()
  .min(1, 'a name must not be empty')
  .superRefine((v, ctx) => {
    const problem = nameProblem(v);
    if (problem) ctx.addIssue({ code: 'custom', message: problem });
  });

/** A day, "YYYY-MM-DD" (a publication or a change of the archive's own pages). */
const day = (what: string) =>
  z
    .string({ error: `${what} must be a day, "YYYY-MM-DD", in quotes` })
    .regex(/^\d{4}-\d{2}-\d{2}$/, `${what} must be a day, "YYYY-MM-DD"`)
    .superRefine((v, ctx) => {
      const problem = dateProblem(v);
      if (problem) ctx.addIssue({ code: 'custom', message: problem });
    });

/** "<document id>#<passage id>", checked against the documents when the site is built. */
const citation = z
  .string({ error: 'must be a citation "<document id>#<passage id>"' })
  .regex(/^[a-z0-9-]+#[a-z0-9-]+$/, 'must be a citation "<document id>#<passage id>", e.g. "amnesty-1996#3-3-2-p4"');

const documents = defineCollection({
  loader: glob({ pattern: '*.mdx', base: join(root, 'documents'), generateId: uniqueFileIds('documents') }),
  schema: z
    .object({
      title: text('title'),
      subtitle: z.string().optional(),
      citeAs: text('citeAs (the short label used in citations)'),
      kind: z.enum(DOCUMENT_KINDS, { error: `kind must be one of: ${DOCUMENT_KINDS.join(', ')}` }),
      publisher: id,
      authors: z
        .array(personName, {
          error: 'authors must be a list of people\'s names, e.g. ["Lina Yoon"]; [] where the source has no byline',
        })
        .default([]),
      contributors: z
        .array(personName, { error: 'contributors must be a list of people\'s names, e.g. ["William Kim"]' })
        .default([]),
      authorsConfidence: z.enum(['high', 'medium', 'low']).optional(),
      published: archiveDate,
      identifiers: z.array(z.string()).default([]),
      originalUrl: z.url({ error: 'originalUrl must be a full address (https://…)' }).optional(),
      originalUrlNote: z.string().optional(),
      language: z.string().default('en'),
      seed: z.string().optional(),
      provenance: z.array(text('a provenance note')).min(1, 'provenance needs at least one note'),
      parts: z
        .array(
          z
            .object({
              section: id,
              title: text('title'),
              publisher: z.string().optional(),
              published: archiveDate,
              note: z.string().optional(),
            })
            .strict(),
        )
        .default([]),
      editorsNote: z.string().optional(),
      glossary: z.array(z.object({ term: text('term'), meaning: text('meaning') }).strict()).default([]),
    })
    .strict()
    .refine((d) => d.originalUrl || d.originalUrlNote, {
      message: 'give originalUrl, or originalUrlNote saying why there is none',
      path: ['originalUrl'],
    }),
});

/**
 * One act an event records: which act (an id in content/acts.yaml), who the source says did it
 * (ids in content/organizations.yaml; an empty list where the source names no one), how firmly
 * the source says so, and the passages the coding rests on. The ids are checked against the
 * vocabulary and the organizations when the site is built.
 */
const actCoding = z
  .object(
    {
      act: z
        .string({ error: 'act is required: an id from content/acts.yaml, e.g. "forcible-return"' })
        .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'act must be an id from content/acts.yaml, e.g. "forcible-return"'),
      perpetrators: z.array(id, {
        error:
          'perpetrators must be a list of organization ids from content/organizations.yaml, e.g. [russian-police]; write [] where the source names no one',
      }),
      attribution: z.enum(ATTRIBUTIONS, {
        error: `attribution must be one of: ${ATTRIBUTIONS.join(', ')} — how firmly the source says it (“reportedly”, “according to …”, “is said to” are never “established”)`,
      }),
      sources: z
        .array(citation, {
          error: 'sources must be a list of citations the coding rests on, e.g. ["amnesty-1996#3-3-2-p12"]',
        })
        .min(1, 'every act needs at least one citation of the passage it rests on'),
      note: z.string().optional(),
    },
    { error: 'each act must be { act, perpetrators, attribution, sources } (note optional)' },
  )
  .strict();

const acts = defineCollection({
  loader: yamlList(join(root, 'acts.yaml')),
  schema: z
    .object({
      id,
      name: text('name'),
      definition: text('definition'),
      basis: z
        .array(z.object({ instrument: text('instrument'), article: text('article') }).strict(), {
          error: 'basis must be a list of { instrument, article }',
        })
        .min(1, 'basis needs at least one instrument and article'),
      scope: z.string().optional(),
    })
    .strict(),
});

/** A name a source uses for the case's subject: never a description of someone the source does not name. */
const caseName = z
  .object({ name: text('name'), source: id, note: z.string().optional() })
  .strict()
  .superRefine((n, ctx) => {
    const evidence = descriptionEvidence(n.name, n.note);
    if (evidence) {
      ctx.addIssue({
        code: 'custom',
        path: ['name'],
        message: `"${n.name}" describes someone the source does not name (${evidence}): it is not a spelling the source uses. Move it to descriptions as { label, source, note }`,
      });
    }
  });
/** How the case file describes a subject the source does not name ("Unnamed North Korean student …"). */
const caseDescription = z
  .object(
    { label: text('label'), source: id, note: z.string().optional() },
    { error: 'each description must be { label, source } (note optional)' },
  )
  .strict();

const cases = defineCollection({
  loader: markdownFiles(join(root, 'cases'), 'cases', join(root, 'documents')),
  schema: z
    .object({
      title: text('title'),
      published: day('published (the day this case file was first published)'),
      history: z
        .array(z.object({ date: day('date'), change: text('change (what changed, in plain words)') }).strict(), {
          error:
            'history must be a list of { date, change }: changes to the case file other than corrections (those go in content/corrections.yaml)',
        })
        .default([]),
      names: z.array(caseName, {
        error:
          'names must be a list of { name, source } — every spelling the sources use; write names: [] where no source names the subject',
      }),
      descriptions: z.array(caseDescription).default([]),
      pseudonym: z.union(
        [
          z.literal(false),
          z.object({ words: text("words (the source's own words on the pseudonym)"), source: citation }).strict(),
        ],
        { error: 'pseudonym must be false, or { words, source } quoting the source' },
      ),
      summary: text('summary'),
      status: z.enum(STATUS_IDS as [string, ...string[]], { error: `status must be one of: ${STATUS_IDS.join(', ')}` }),
      statusAsOf: archiveDate,
      statusSources: z.array(citation).min(1, 'statusSources needs at least one citation'),
      people: z.array(id).default([]),
      places: z.array(id).default([]),
      organizations: z.array(id).default([]),
      events: z
        .array(
          z
            .object({
              date: dateString,
              certainty,
              note: z.string().optional(),
              text: text('text'),
              place: id.optional(),
              sources: z.array(citation).min(1, 'every event needs at least one citation'),
              acts: z.array(actCoding, {
                error:
                  'acts is required: list the acts the event records (see content/acts.yaml), or write acts: [] where it records none (e.g. a statement published)',
              }),
            })
            .strict()
            .refine((e) => e.certainty === 'exact' || (e.note ?? '').trim().length > 0, {
              message: 'an approximate or inferred date needs a note saying why',
              path: ['note'],
            })
            .superRefine((e, ctx) => {
              const problem = madeUpDateProblem(e as { date: string; certainty: Certainty; note?: string });
              if (problem) ctx.addIssue({ code: 'custom', message: problem, path: ['date'] });
            }),
        )
        .min(1, 'a case needs at least one dated event'),
    })
    .strict()
    .refine((c) => c.names.length + c.descriptions.length > 0, {
      message:
        'a case needs the names its sources use, or, where no source names the subject, a description: descriptions: [{ label, source }]',
      path: ['names'],
    }),
});

const coordinates = z.tuple([z.number().min(-90).max(90), z.number().min(-180).max(180)], {
  error: 'coordinates must be [latitude, longitude] in decimal degrees',
});

const places = defineCollection({
  loader: yamlList(join(root, 'places.yaml')),
  schema: z
    .object({
      id,
      name: text('name'),
      russian: z.string().optional(),
      native: z.string().optional(),
      spellings: z.array(z.string()).default([]),
      kind: z.enum(PLACE_KINDS, { error: `kind must be one of: ${PLACE_KINDS.join(', ')}` }),
      parent: id.optional(),
      coordinates: coordinates.optional(),
      coordinatesPrecision: z
        .enum(['exact', 'approximate', 'city'], {
          error:
            'coordinatesPrecision must be exact, approximate (the point is near, not at, the place) or city (the point is the city’s, not the building’s)',
        })
        .optional(),
      noCoordinates: z.string().trim().min(1, 'noCoordinates must say why the position is not known').optional(),
      note: z.string().optional(),
    })
    .strict()
    .superRefine((p, ctx) => {
      // A point is data: never a guess. Where no source gives a position, say why instead.
      if (!p.coordinates && !p.noCoordinates) {
        ctx.addIssue({
          code: 'custom',
          path: ['coordinates'],
          message:
            'coordinates are missing: give [latitude, longitude], or, where the position is not known, leave them out and write noCoordinates: "<why it is not known>" (never a placeholder point)',
        });
      }
      if (p.coordinates && p.noCoordinates) {
        ctx.addIssue({
          code: 'custom',
          path: ['noCoordinates'],
          message: 'noCoordinates says the position is not known, but coordinates are given: keep one of them',
        });
      }
      if (!p.coordinates && p.coordinatesPrecision) {
        ctx.addIssue({
          code: 'custom',
          path: ['coordinatesPrecision'],
          message: 'coordinatesPrecision describes coordinates, and this place has none: remove it',
        });
      }
      if (p.coordinates && /placeholder/i.test(p.note ?? '')) {
        ctx.addIssue({
          code: 'custom',
          path: ['coordinates'],
          message:
            'the note calls these coordinates a placeholder: a made-up point must not be shown as data; remove coordinates and write noCoordinates: "<why the position is not known>"',
        });
      }
    }),
});

const people = defineCollection({
  loader: yamlList(join(root, 'people.yaml')),
  schema: z
    .object({
      id,
      name: text('name'),
      russian: z.string().optional(),
      korean: z.string().optional(),
      spellings: z.array(z.string()).default([]),
      role: text('role'),
      affiliations: z.array(id).default([]),
      note: z.string().optional(),
    })
    .strict(),
});

const organizations = defineCollection({
  loader: yamlList(join(root, 'organizations.yaml')),
  schema: z
    .object({
      id,
      name: text('name'),
      acronyms: z.array(z.string()).default([]),
      spellings: z.array(z.string()).default([]),
      russian: z.string().optional(),
      korean: z.string().optional(),
      kind: z.enum(ORGANIZATION_KINDS, { error: `kind must be one of: ${ORGANIZATION_KINDS.join(', ')}` }),
      parent: id.optional(),
      note: z.string().optional(),
    })
    .strict(),
});

/** Dated facts of the documents that belong to no single case (content/document-events.yaml). */
const documentEvents = defineCollection({
  loader: yamlList(join(root, 'document-events.yaml')),
  schema: z
    .object({
      id,
      date: dateString,
      certainty,
      note: z.string().optional(),
      kind: z.enum(DOCUMENT_EVENT_KIND_IDS as [string, ...string[]], {
        error: `kind must be one of: ${DOCUMENT_EVENT_KIND_IDS.join(', ')}`,
      }),
      text: text('text'),
      place: id.optional(),
      sources: z.array(citation).min(1, 'every dated fact needs at least one citation'),
    })
    .strict()
    .refine((e) => e.certainty === 'exact' || (e.note ?? '').trim().length > 0, {
      message: 'an approximate or inferred date needs a note saying why',
      path: ['note'],
    })
    .superRefine((e, ctx) => {
      const problem = madeUpDateProblem(e as { date: string; certainty: Certainty; note?: string });
      if (problem) ctx.addIssue({ code: 'custom', message: problem, path: ['date'] });
    }),
});

/** The public corrections log (content/corrections.yaml): every change a reader who cited the earlier version needs to know of. */
const corrections = defineCollection({
  loader: yamlList(join(root, 'corrections.yaml'), { optional: true }),
  schema: z
    .object({
      id,
      date: day('date (the day the change was published)'),
      about: z
        .string({
          error: 'about must name the page changed: "cases/<id>", "places/<id>", "people/<id>" or "organizations/<id>"',
        })
        .regex(
          /^(cases|places|people|organizations)\/[a-z0-9]+(?:-[a-z0-9]+)*$/,
          'about must name the page changed: "cases/<id>", "places/<id>", "people/<id>" or "organizations/<id>"',
        ),
      fields: z.array(text('a field')).min(1, 'fields must say what was changed, e.g. [summary, status]'),
      change: text('change (what it said before and what it says now)'),
      why: text('why'),
      sources: z.array(citation).default([]),
    })
    .strict(),
});

/** An address that moved: the old one keeps working as a page that sends readers on (content/redirects.yaml). */
const address = (field: string) =>
  z
    .string({ error: `${field} must be an address of this site, e.g. "/cases/old-name/"` })
    .regex(
      /^\/(?:[a-z0-9]+(?:[-.][a-z0-9]+)*\/)+(?:#[A-Za-z0-9-]+)?$/,
      `${field} must be an address of this site, starting and ending with "/", e.g. "/cases/old-name/"`,
    );
const redirects = defineCollection({
  loader: yamlList(join(root, 'redirects.yaml'), { optional: true }),
  schema: z
    .object({
      id,
      from: address('from').refine((v) => !v.includes('#'), 'from is a page address: no "#"'),
      to: address('to'),
      date: day('date (the day the address moved)'),
      why: text('why'),
    })
    .strict()
    .refine((r) => r.from !== r.to.replace(/#.*/, ''), {
      message: 'to must be another address than from',
      path: ['to'],
    }),
});

export const collections = {
  documents,
  cases,
  places,
  people,
  organizations,
  corrections,
  acts,
  documentEvents,
  redirects,
};
