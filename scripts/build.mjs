// npm run build: `astro build` (the site and its search index, into dist/) with a memory limit
// in proportion to the archive. Left alone, Node lets a build's garbage pile up to about 4 GB
// before collecting it; the live data of the build is far smaller (under 0.7 GB at 5,000 cases).
// The limit is 512 MB plus 0.15 MB per case file, never under 1 GB: room for the archive to
// grow, and a build machine with 2 GB is enough for about 5,000 cases.
import { spawn } from 'node:child_process';
import { readdirSync, existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(fileURLToPath(new URL('..', import.meta.url)));
const content = resolve(process.env.ARCHIVE_CONTENT ?? join(process.cwd(), 'content'));
const cases = existsSync(join(content, 'cases')) ? readdirSync(join(content, 'cases')).filter((f) => /\.mdx?$/.test(f)).length : 0;
export const heapLimit = (caseFiles) => Math.max(1024, Math.round(512 + 0.15 * caseFiles));

const args = [`--max-old-space-size=${heapLimit(cases)}`, join(root, 'node_modules', 'astro', 'bin', 'astro.mjs'), 'build', ...process.argv.slice(2)];
const child = spawn(process.execPath, args, { stdio: 'inherit', env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' } });
child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
