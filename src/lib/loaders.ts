/**
 * Content loaders that refuse ambiguity: a YAML list whose entries need unique ids, and a
 * file-name id generator that refuses two files with the same id.
 */
import { readFileSync, existsSync } from 'node:fs';
import { relative } from 'node:path';
import { parse } from 'yaml';
import type { Loader } from 'astro/loaders';

const shown = (path: string) => relative(process.cwd(), path) || path;

/** Loads a YAML list of entries, each with an `id`; stops on a missing or repeated id. */
export function yamlList(path: string): Loader {
  return {
    name: 'yaml-list',
    load: async ({ store, parseData, generateDigest, watcher }) => {
      if (!existsSync(path)) throw new Error(`${shown(path)}: file not found`);
      let list: unknown;
      try {
        list = parse(readFileSync(path, 'utf8'));
      } catch (e) {
        throw new Error(`${shown(path)}: not valid YAML: ${(e as Error).message}`);
      }
      if (!Array.isArray(list)) throw new Error(`${shown(path)}: must be a list of entries (each starting with "- id: …")`);
      const seen = new Map<string, number>();
      store.clear();
      for (const [i, raw] of list.entries()) {
        const entry = raw as Record<string, unknown>;
        const id = entry?.id;
        if (typeof id !== 'string' || !id) throw new Error(`${shown(path)}: entry ${i + 1}: field "id" is missing`);
        if (seen.has(id)) throw new Error(`${shown(path)}: entry ${i + 1}: id "${id}" is already used by entry ${seen.get(id)! + 1}; ids must be unique`);
        seen.set(id, i);
        const data = await parseData({ id, data: entry, filePath: path });
        store.set({ id, data, digest: generateDigest(entry), filePath: relative(process.cwd(), path) });
      }
      watcher?.add(path);
    },
  };
}

/** Id of an MDX file = its file name; two files that give the same id stop the build. */
export function uniqueFileIds(collection: string) {
  const seen = new Map<string, string>();
  return ({ entry }: { entry: string }) => {
    const id = entry.replace(/\.mdx?$/, '').toLowerCase();
    if (!/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(id)) {
      throw new Error(`content/${collection}/${entry}: the file name must be an id (lower-case letters, digits and dashes), because it is the page's address`);
    }
    const prev = seen.get(id);
    if (prev && prev !== entry) throw new Error(`content/${collection}/${entry}: id "${id}" is already used by ${prev}`);
    seen.set(id, entry);
    return id;
  };
}
