/**
 * When the archive last changed: the date of the last recorded change to its content (the
 * content folder's last commit, when the build runs in a git checkout), else the newest entry
 * of the corrections log. Read once per build.
 */
import { spawnSync } from 'node:child_process';
import { contentDir } from '../lib/paths.ts';
import { formatDate } from '../lib/dates.ts';
import type { Archive } from './archive.ts';
import { corrections } from './corrections.ts';

let cached: Promise<{ date: string; text: string } | undefined> | undefined;

export function lastChange(archive: Archive): Promise<{ date: string; text: string } | undefined> {
  cached ??= (async () => {
    const dir = contentDir();
    const git = spawnSync('git', ['log', '-1', '--format=%cs', '--', '.'], { cwd: dir, encoding: 'utf8' });
    const fromGit = git.status === 0 && /^\d{4}-\d{2}-\d{2}$/.test(git.stdout.trim()) ? git.stdout.trim() : undefined;
    const fromLog = (await corrections(archive))[0]?.date;
    const date = [fromGit, fromLog]
      .filter((d): d is string => Boolean(d))
      .sort()
      .at(-1);
    return date ? { date, text: formatDate(date) } : undefined;
  })();
  return cached;
}
