/**
 * Running the tutor as another user (nobody, a learner's account) from a test.
 *
 * The checkout may live where only its owner can enter: a private home
 * directory (0700), a `mktemp -d`. Another user then cannot read dist/, the
 * lessons or the sources there, nor start in it as a working directory. So a
 * test that switches users runs a copy of what the built tutor needs (dist/,
 * bin/, lessons/, package.json) in a world-readable temporary directory,
 * made once per test file and removed when its process exits. A test script
 * that imports the sources (through tsx, as the test does) is bundled into
 * that copy with esbuild, so the other user only runs plain JavaScript.
 */
import { buildSync } from 'esbuild';
import { chmodSync, cpSync, existsSync, readdirSync, realpathSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join, parse } from 'node:path';
import { isRoot } from './lab-env.ts';
import { ensureBuilt, ROOT, tempDir } from './tutor.ts';

/** The uid (and gid) of `nobody` on Debian and most distributions. */
export const NOBODY = 65534;

/** The argv prefix that runs a program as uid (gid the same), with no supplementary groups. */
export const setprivAs = (uid: number): string[] => ['setpriv', `--reuid=${uid}`, `--regid=${uid}`, '--clear-groups'];

/** What the copy holds: everything the built CLI reads at run time. */
const SHIPPED = ['dist', 'bin', 'lessons', 'package.json'] as const;

/** The first directory on the way to path (path included) that users other than its owner cannot enter, if any. */
function closedDirOnTheWay(path: string): string | undefined {
  let dir = path;
  for (;;) {
    if ((statSync(dir).mode & 0o001) === 0) return dir;
    if (dir === parse(dir).root) return undefined;
    dir = dirname(dir);
  }
}

/**
 * Why a test cannot run something as another user here, or false when it can:
 * it must be root (to switch users with setpriv), and another user must be able
 * to run this node and to reach the temporary directory that holds the copy.
 * Where the checkout is does not matter.
 */
export function otherUserSkipReason(): string | false {
  if (process.platform !== 'linux') return `switching users with setpriv needs Linux; this is ${process.platform}`;
  if (!isRoot) return 'needs root to run the tutor as another user (setpriv)';
  const node = realpathSync(process.execPath);
  if ((statSync(node).mode & 0o001) === 0) return `another user may not run ${node} (not executable by others)`;
  const closedToNode = closedDirOnTheWay(dirname(node));
  if (closedToNode) return `another user cannot reach ${node}: ${closedToNode} is closed to others`;
  const tmp = realpathSync(tmpdir());
  const closedToTmp = closedDirOnTheWay(tmp);
  if (closedToTmp) return `another user cannot reach the temporary directory ${tmp} (${closedToTmp} is closed to others; set TMPDIR to a directory everyone can enter, such as /tmp)`;
  return false;
}

/** Directories 0755; files 0755 when their owner may run them, else 0644. */
function openUp(path: string): void {
  const st = statSync(path);
  if (st.isDirectory()) {
    chmodSync(path, 0o755);
    for (const name of readdirSync(path)) openUp(join(path, name));
  } else {
    chmodSync(path, st.mode & 0o100 ? 0o755 : 0o644);
  }
}

let copy: string | undefined;

/**
 * A world-readable copy of the built tutor (built first when dist/ is stale),
 * made once per test file and removed when the test file's process exits.
 * `node COPY/dist/cli.js` runs the tutor with its own lessons.
 */
export function sharedCopy(): string {
  if (copy) return copy;
  ensureBuilt();
  const dir = tempDir('nt-shared-');
  for (const name of SHIPPED) {
    if (existsSync(join(ROOT, name))) cpSync(join(ROOT, name), join(dir, name), { recursive: true });
  }
  openUp(dir);
  copy = dir;
  return dir;
}

const bundled = new Map<string, string>();

/**
 * A TypeScript test script bundled, with the sources it imports, into one
 * JavaScript file in the shared copy that any user can run with plain node.
 */
export function bundleForOtherUsers(entry: string): string {
  const known = bundled.get(entry);
  if (known) return known;
  const outfile = join(sharedCopy(), 'test-scripts', `${basename(entry).replace(/\.tsx?$/, '')}.mjs`);
  buildSync({
    entryPoints: [entry], outfile, bundle: true, platform: 'node', format: 'esm', target: 'node20', logLevel: 'warning',
    banner: { js: "import { createRequire as __nt_createRequire } from 'node:module';\nconst require = __nt_createRequire(import.meta.url);" },
  });
  openUp(dirname(outfile));
  bundled.set(entry, outfile);
  return outfile;
}

/**
 * How to run the built tutor as uid: the setpriv prefix, the copy's CLI, and
 * the copy as the working directory. Spread into startTutor/runTutor options.
 */
export function asOtherUser(uid: number): { wrap: string[]; cli: string; cwd: string } {
  const dir = sharedCopy();
  return { wrap: setprivAs(uid), cli: join(dir, 'dist', 'cli.js'), cwd: dir };
}
