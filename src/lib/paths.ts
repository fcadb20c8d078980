/**
 * Where the archive's content lives. `ARCHIVE_CONTENT` points the build at another folder
 * (the tests build small fixture archives this way); by default it is ./content.
 */
import { resolve } from 'node:path';

export function contentDir(): string {
  return resolve(process.env.ARCHIVE_CONTENT ?? 'content');
}
