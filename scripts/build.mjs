// npm run build: the site into dist/, then its search index, each in a process of its own.
// - `astro build`, with a memory limit in proportion to the archive. Left alone, Node lets a
//   build's garbage pile up to about 4 GB before collecting it; the live data of the build is far
//   smaller (under 0.7 GB at 5,000 cases). The limit is 512 MB plus 0.15 MB per case file, never
//   under 1 GB.
// - the search index (src/integrations/pagefind.ts), once the pages are written and the build's
//   memory is freed: the two never hold their memory at the same time.
import { spawn } from 'node:child_process';
import { readdirSync, existsSync, renameSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(fileURLToPath(new URL('..', import.meta.url)));
const content = resolve(process.env.ARCHIVE_CONTENT ?? join(process.cwd(), 'content'));
const cases = existsSync(join(content, 'cases'))
  ? readdirSync(join(content, 'cases')).filter((f) => /\.mdx?$/.test(f)).length
  : 0;
const heapLimit = Math.max(1024, Math.round(512 + 0.15 * cases));
const args = process.argv.slice(2);
const outAt = args.indexOf('--outDir');
const outDir = resolve(outAt >= 0 ? args[outAt + 1] : 'dist');
// The site is written to a folder beside outDir and put in its place only when the pages and the
// search index are both built: a failed build leaves the previous site as it was.
const workDir = `${outDir}.building-${process.pid}`;
const buildArgs = outAt >= 0 ? args.map((a, i) => (i === outAt + 1 ? workDir : a)) : [...args, '--outDir', workDir];

function run(argv, env = {}) {
  return new Promise((done) => {
    const child = spawn(process.execPath, argv, {
      stdio: 'inherit',
      env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', ...env },
    });
    child.on('exit', (code, signal) => done(code ?? (signal ? 1 : 0)));
  });
}

let code = await run(
  [`--max-old-space-size=${heapLimit}`, join(root, 'node_modules', 'astro', 'bin', 'astro.mjs'), 'build', ...buildArgs],
  { ARCHIVE_SEARCH_INDEX: 'separate' },
);
if (code === 0) {
  code = await run([
    '--input-type=module',
    '-e',
    `
    import { buildSearchIndex } from ${JSON.stringify(join(root, 'src', 'integrations', 'pagefind.ts'))};
    const pages = await buildSearchIndex(${JSON.stringify(workDir)});
    console.log(\`search index: \${pages} pages\`);
  `,
  ]);
  if (code !== 0) console.error('The search index could not be built (see above).');
}
if (code === 0) {
  const old = `${outDir}.previous-${process.pid}`;
  if (existsSync(outDir)) renameSync(outDir, old);
  renameSync(workDir, outDir);
  rmSync(old, { recursive: true, force: true });
} else {
  rmSync(workDir, { recursive: true, force: true });
  console.error(`The build failed; ${outDir} is left as it was.`);
}
process.exit(code);
