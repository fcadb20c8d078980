/**
 * Content loaders that refuse ambiguity: a YAML list whose entries need unique ids, and a
 * file-name id generator that refuses two files with the same id.
 */
import { readFileSync, existsSync, readdirSync } from 'node:fs';
import { relative, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { createHash } from 'node:crypto';
import { parse, YAMLParseError } from 'yaml';
import type { Loader } from 'astro/loaders';

const shown = (path: string) => relative(process.cwd(), path) || path;

/** Loads a YAML list of entries, each with an `id`; stops on a missing or repeated id. */
export function yamlList(path: string, { optional = false } = {}): Loader {
  return {
    name: 'yaml-list',
    load: async ({ store, parseData, generateDigest, watcher }) => {
      if (!existsSync(path) && optional) {
        store.clear();
        return;
      }
      if (!existsSync(path)) throw new Error(`${shown(path)}: file not found`);
      let list: unknown;
      try {
        list = parse(readFileSync(path, 'utf8'));
      } catch (e) {
        throw new Error(`${shown(path)}: not valid YAML: ${(e as Error).message}`);
      }
      if (!Array.isArray(list))
        throw new Error(`${shown(path)}: must be a list of entries (each starting with "- id: …")`);
      const seen = new Map<string, number>();
      store.clear();
      for (const [i, raw] of list.entries()) {
        const entry = raw as Record<string, unknown>;
        const id = entry?.id;
        if (typeof id !== 'string' || !id) throw new Error(`${shown(path)}: entry ${i + 1}: field "id" is missing`);
        if (seen.has(id))
          throw new Error(
            `${shown(path)}: entry ${i + 1}: id "${id}" is already used by entry ${seen.get(id)! + 1}; ids must be unique`,
          );
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
      throw new Error(
        `content/${collection}/${entry}: the file name must be an id (lower-case letters, digits and dashes), because it is the page's address`,
      );
    }
    const prev = seen.get(id);
    if (prev && prev !== entry)
      throw new Error(`content/${collection}/${entry}: id "${id}" is already used by ${prev}`);
    seen.set(id, entry);
    return id;
  };
}

/**
 * Case files: `<dir>/*.mdx`, each frontmatter plus a narrative in Markdown (citation links
 * included, no JSX). The narrative is rendered here, once, with the site's Markdown pipeline,
 * and kept with the entry, as Astro does for Markdown files: the build does not compile each
 * case into a module of its own, which is what made it grow with the archive (time and memory).
 * A narrative is re-rendered when its file or any source document changes (citation labels
 * come from the documents).
 */
export function markdownFiles(dir: string, collection: string, documentsDir: string): Loader {
  return {
    name: 'markdown-files',
    load: async ({ store, parseData, renderMarkdown, generateDigest, watcher }) => {
      const idOf = uniqueFileIds(collection);
      const files = existsSync(dir)
        ? readdirSync(dir)
            .filter((f) => /\.mdx?$/.test(f))
            .sort()
        : [];
      const documents = createHash('sha1');
      if (existsSync(documentsDir))
        for (const f of readdirSync(documentsDir).sort())
          documents.update(f).update(readFileSync(join(documentsDir, f)));
      const documentsDigest = documents.digest('hex');
      const keep = new Set<string>();
      for (const f of files) {
        const path = join(dir, f);
        const id = idOf({ entry: f });
        keep.add(id);
        const source = readFileSync(path, 'utf8');
        const digest = generateDigest(`${documentsDigest}\n${source}`);
        if (store.get(id)?.digest === digest) continue;
        const m = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/.exec(source);
        if (!m) throw new Error(`${shown(path)}: a case file starts with its fields between two "---" lines`);
        let raw: unknown;
        try {
          raw = parse(m[1]);
        } catch (e) {
          const line = e instanceof YAMLParseError && e.linePos ? `:${e.linePos[0].line + 1}` : '';
          throw new Error(
            `${shown(path)}${line}: the fields between the "---" lines are not valid YAML: ${(e as Error).message}`,
          );
        }
        if (!raw || typeof raw !== 'object' || Array.isArray(raw))
          throw new Error(`${shown(path)}: the fields between the "---" lines must be "name: value" pairs`);
        const body = source.slice(m[0].length);
        const jsx = /^(?:import|export)\s|<[A-Za-z/!]|\{/m.exec(body);
        if (jsx) {
          const line = source.slice(0, m[0].length + jsx.index).split('\n').length;
          throw new Error(
            `${shown(path)}:${line}: a case narrative is plain Markdown: no HTML tags, no "{…}" and no import/export lines ("${jsx[0].trim()}")`,
          );
        }
        const data = await parseData({ id, data: raw as Record<string, unknown>, filePath: path });
        const rendered = await renderMarkdown(body, { fileURL: pathToFileURL(path) });
        store.set({ id, data, body, filePath: relative(process.cwd(), path), digest, rendered });
      }
      for (const id of store.keys()) if (!keep.has(id)) store.delete(id);
      watcher?.add(dir);
    },
  };
}
