/**
 * rehype plugin: a document passage that mentions a person, place or organization also gets,
 * for the search index only, the other spellings of that name (in an attribute), so that
 * a search for "Tsoy" or "Владивосток" lands on the paragraph that says "Tsoi" or "Vladivostok".
 */
import type { Root, Element } from 'hast';
import type { VFile } from 'vfile';
import { visit } from 'unist-util-visit';
import { toString } from 'hast-util-to-string';
import { mentionFinder } from '../lib/mentions.ts';
import { indexWords } from '../lib/index-words.ts';
import { indexOnly } from '../lib/excerpt.ts';
import type { EntityNames } from '../lib/entity-names.ts';

const MAX_EXTRA = 60;

export interface PassageSpellingOptions {
  isDocument: (path: string) => boolean;
  entities: () => EntityNames[];
}

export default function rehypePassageSpellings(options: PassageSpellingOptions) {
  let prepared: { find: (text: string) => string[]; words: Map<string, string[]> } | undefined;
  return (tree: Root, file: VFile) => {
    if (!file.path || !options.isDocument(file.path)) return;
    // People, case subjects and places. Countries, regions and organizations are named in nearly
    // every paragraph; their spellings would only weigh the page down, and their own pages are
    // what a search for them should find.
    prepared ??= (() => {
      const named = options
        .entities()
        .filter((e) => e.kind !== 'organizations' && e.placeKind !== 'country' && e.placeKind !== 'region')
        .map((e) => ({ id: `${e.kind}/${e.id}`, names: e.names, words: indexWords(e) }));
      return { find: mentionFinder(named), words: new Map(named.map((e) => [e.id, e.words])) };
    })();
    // Search sub-results are per section (heading), so each entity's spellings are added once
    // per section, at its first mention there.
    let done = new Set<string>();
    visit(tree, 'element', (node: Element) => {
      if (/^h[1-6]$/.test(node.tagName)) {
        done = new Set();
        return;
      }
      if (typeof node.properties?.dataPassage !== 'string') return;
      const text = toString(node);
      const have = new Set(text.toLowerCase().split(/[^\p{L}\p{N}]+/u));
      const extra = new Set<string>();
      for (const id of prepared!.find(text)) {
        if (done.has(id)) continue;
        done.add(id);
        for (const w of prepared!.words.get(id)!) if (!have.has(w)) extra.add(w);
      }
      if (extra.size === 0) return;
      const words = [...extra].slice(0, MAX_EXTRA);
      // As an attribute Pagefind indexes (data-pagefind-index-attrs), not as text: the passage's
      // own text stays exactly the source's, for readers and for quotation.
      node.properties.dataSpellings = indexOnly(words.join(' '));
      node.properties.dataPagefindIndexAttrs = 'data-spellings';
      return 'skip';
    });
  };
}
