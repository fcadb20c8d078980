/**
 * What the perpetrator pages show: the list of everyone the sources say did an act, and the
 * page of one organization with the acts attributed to it and to the bodies under it.
 */
import type { Archive } from './archive.ts';
import { must } from './archive.ts';
import { record, codedWith, NOT_NAMED_LABEL, type CodedAct, type Named } from './record.ts';
import { countOf } from '../lib/count-words.ts';
import { inText, pronounsOf } from '../lib/organization-grammar.ts';
import { routes, NOT_NAMED } from '../lib/routes.ts';

/** One line of the list of perpetrators: a name, how deep it sits under the authorities, its events. */
export interface PerpetratorLine {
  name: string;
  href: string;
  depth: number;
  events: string;
}

/** The list of perpetrators (/perpetrators/), ending with the acts whose source names no one. */
export function perpetratorListView(archive: Archive): { lines: PerpetratorLine[]; notNamed: PerpetratorLine } {
  const r = record(archive);
  return {
    lines: r.perpetrators.map((p) => ({
      name: p.name,
      href: routes.perpetrator(p.id),
      depth: p.depth,
      events: countOf(p.total.events, 'event', 'events'),
    })),
    notNamed: {
      name: NOT_NAMED_LABEL,
      href: routes.recordGroup(NOT_NAMED),
      depth: 0,
      events: countOf(r.notNamed.total.events, 'event', 'events'),
    },
  };
}

/** The page of one perpetrator (/perpetrators/<id>/). */
export interface PerpetratorPageView {
  id: string;
  /** The organization's name as it reads in a sentence ("the Russian authorities"). */
  name: string;
  /** Its entry among the organizations. */
  organization: { name: string; href: string };
  /** What the page counts, and what "it" covers: the organization, and the bodies under it. */
  lede: string;
  parent?: Named;
  bodies: Named[];
  /** Every act attributed to it or to a body under it, for ActsByWhom. */
  coded: CodedAct[];
  acts: Named[];
}

/** The perpetrator page of the organization `id`, which must be one the record names. */
export function perpetratorPageView(archive: Archive, id: string): PerpetratorPageView {
  const r = record(archive);
  const p = r.perpetrators.find((x) => x.id === id)!;
  const o = must(archive.organizations, p.id, 'organization');
  const coded = codedWith(archive, { perpetrator: p.id });
  const bodies = r.perpetrators.filter((x) => x.parent === p.id);
  const name = inText(o.data.name);
  const { object, reflexive } = pronounsOf(o.data.name);
  const direct = new Set(coded.filter((c) => c.perpetrators.some((x) => x.id === p.id)).map((c) => c.key)).size;
  const lede =
    `${countOf(p.total.events, 'event', 'events')} in ${countOf(p.total.cases, 'case', 'cases')} in which a source says that ${name}` +
    (bodies.length > 0 ? `, or a body under ${object},` : '') +
    ' did an act' +
    (bodies.length > 0 ? ` (in ${direct} of them the source names ${name} ${reflexive})` : '') +
    '. The attribution beside each says how firmly the source says so.';
  const parent = p.parent ? r.perpetrators.find((x) => x.id === p.parent) : undefined;
  return {
    id: p.id,
    name,
    organization: { name: o.data.name, href: routes.organization(o.id) },
    lede,
    parent: parent && { id: parent.id, name: parent.name, href: parent.href },
    bodies: bodies.map((b) => ({ id: b.id, name: b.name, href: b.href })),
    coded,
    acts: r.acts,
  };
}
