/**
 * Addresses that moved (content/redirects.yaml). A published address never breaks: the old
 * one stays as a small page that names the new one as canonical and sends the reader on.
 */
import { getCollection } from 'astro:content';
import { ContentError } from './archive.ts';

export interface Redirect {
  from: string;
  to: string;
  date: string;
  why: string;
}

let loading: Promise<Redirect[]> | undefined;

/** Every redirect, checked: one per old address, never to another old address. */
export function redirects(): Promise<Redirect[]> {
  loading ??= (async () => {
    const entries = await getCollection('redirects');
    const list = entries.map((e) => ({ id: e.id, ...e.data }));
    const problems: string[] = [];
    const from = new Map<string, string>();
    for (const r of list) {
      if (from.has(r.from))
        problems.push(
          `content/redirects.yaml: entry "${r.id}": from: "${r.from}" already moved in entry "${from.get(r.from)}"`,
        );
      from.set(r.from, r.id);
    }
    for (const r of list) {
      const target = r.to.replace(/#.*/, '');
      if (from.has(target))
        problems.push(
          `content/redirects.yaml: entry "${r.id}": to: "${r.to}" has itself moved (entry "${from.get(target)}"): point to where it is now`,
        );
    }
    if (problems.length) throw new ContentError(problems);
    return list.map(({ from: f, to, date, why }) => ({ from: f, to, date, why }));
  })();
  return loading;
}
