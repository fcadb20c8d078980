/**
 * remark plugin: gives a source document's headings and passages their stable ids
 * (the rule lives in src/lib/passages.ts). Other files are left alone.
 */
import type { Root } from 'mdast';
import type { VFile } from 'vfile';
import { outlineDocument } from '../lib/passages.ts';

export interface PassageIdOptions {
  /** Which files are source documents (by path). */
  isDocument: (path: string) => boolean;
}

export default function remarkPassageIds(options: PassageIdOptions) {
  return (tree: Root, file: VFile) => {
    if (!file.path || !options.isDocument(file.path)) return;
    outlineDocument(tree);
  };
}
