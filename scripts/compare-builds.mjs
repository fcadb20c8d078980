// npm run compare-builds -- [REF]   (REF: a commit, default HEAD)
// Builds the site as it is in the working tree and as it was at REF, each into a folder of its
// own, and compares the two byte for byte: every file, the search index included. A change meant
// to leave the site as it was (a redesign of the code) must end with "the same, byte for byte".
// Both builds read the working tree's content/ and the same environment (SITE_URL …), so that
// only the code is compared.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, mkdirSync, cpSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(fileURLToPath(new URL('..', import.meta.url)));
const ref = process.argv[2] ?? 'HEAD';
const work = mkdtempSync(join(tmpdir(), 'compare-builds-'));
const before = join(work, 'before');
const fail = (msg) => {
  console.error(msg);
  rmSync(work, { recursive: true, force: true });
  process.exit(2);
};

const sh = (cmd, args, opts = {}) => {
  const r = spawnSync(cmd, args, { encoding: 'utf8', maxBuffer: 1 << 28, ...opts });
  if (r.status !== 0) fail(`${cmd} ${args.join(' ')} failed:\n${(r.stdout ?? '') + (r.stderr ?? '')}`.slice(-4000));
  return r.stdout;
};

// The code at REF, as a plain copy (git archive), with this tree's installed packages.
mkdirSync(before);
const tar = spawnSync('git', ['archive', '--format=tar', ref], { cwd: root, maxBuffer: 1 << 30 });
if (tar.status !== 0) fail(`git archive ${ref} failed: ${tar.stderr}`);
sh('tar', ['-x', '-C', before], { input: tar.stdout });
// Each package linked, but not the caches (node_modules/.astro holds the content store, .vite the
// bundler's): the two builds must not share them.
mkdirSync(join(before, 'node_modules'));
for (const name of readdirSync(join(root, 'node_modules'))) {
  if (!['.astro', '.vite', '.cache'].includes(name))
    symlinkSync(join(root, 'node_modules', name), join(before, 'node_modules', name));
}
// The same content for both, so that only the code differs.
rmSync(join(before, 'content'), { recursive: true, force: true });
cpSync(join(root, 'content'), join(before, 'content'), { recursive: true });

// Both builds read the working tree's content folder (so the date of its last change is the same).
const env = { ...process.env, ARCHIVE_CONTENT: join(root, 'content') };
const build = (dir, out) => {
  console.log(`building ${dir === root ? 'the working tree' : ref} …`);
  sh(process.execPath, [join(dir, 'scripts', 'build.mjs'), '--outDir', out], { cwd: dir, env });
};
build(before, join(work, 'dist-before'));
build(root, join(work, 'dist-after'));

const files = (dir) =>
  readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => relative(dir, join(e.parentPath, e.name)))
    .sort();
const a = files(join(work, 'dist-before'));
const b = files(join(work, 'dist-after'));
const inB = new Set(b);
const inA = new Set(a);
const gone = a.filter((f) => !inB.has(f));
const added = b.filter((f) => !inA.has(f));
const changed = a.filter(
  (f) => inB.has(f) && !readFileSync(join(work, 'dist-before', f)).equals(readFileSync(join(work, 'dist-after', f))),
);
const list = (title, l) =>
  l.length && console.log(`${title} (${l.length}):\n  ${l.slice(0, 40).join('\n  ')}${l.length > 40 ? '\n  …' : ''}`);
list('only at ' + ref, gone);
list('only in the working tree', added);
list('different', changed);
const same = !gone.length && !added.length && !changed.length;
console.log(
  same
    ? `the same, byte for byte: ${a.length} files`
    : `${gone.length + added.length + changed.length} of ${new Set([...a, ...b]).size} files differ`,
);
if (process.env.KEEP_BUILDS) console.log(`builds kept in ${work}`);
else rmSync(work, { recursive: true, force: true });
process.exit(same ? 0 : 1);
