/**
 * The built CLI (dist/cli.js) for the tests that run it. `npm test` builds it
 * before any test runs; a test file run on its own, after the sources
 * changed, builds it here, once, before its first use.
 *
 * Test files run two at a time, and two builds writing dist/cli.js at once
 * have left a half-written bundle. So the build runs under flock(1) on a lock
 * file: the kernel lets one process hold it at a time and drops it when its
 * holder dies. The one that waited finds dist/ fresh and builds nothing.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

export const ROOT = join(import.meta.dirname, '..', '..');
export const CLI = join(ROOT, 'dist', 'cli.js');

/** What the bundle is made from: when any of it is newer than dist/cli.js, the bundle is stale. */
const SOURCES = ['src', 'scripts/build.mjs', 'package.json', 'package-lock.json'].map((p) => join(ROOT, p));
/** Beside the build's own stubs (scripts/build.mjs), where every checkout's tests find it. */
const LOCK = join(ROOT, 'node_modules', '.netns-tutor-build.lock');

/** The newest modification time of a file, or of the files under a directory (0 when it does not exist). */
function newest(path: string): number {
  if (!existsSync(path)) return 0;
  const st = statSync(path);
  if (!st.isDirectory()) return st.mtimeMs;
  return readdirSync(path).reduce((t, name) => Math.max(t, newest(join(path, name))), st.mtimeMs);
}

/** Whether dist/cli.js exists and is no older than its sources. */
export function isFresh(): boolean {
  return existsSync(CLI) && statSync(CLI).mtimeMs >= Math.max(...SOURCES.map(newest));
}

/** Builds unless dist/ is fresh; throws with the build's errors when it fails. Run while holding the lock. */
function buildIfStale(): void {
  if (isFresh()) return;
  const b = spawnSync(process.execPath, [join(ROOT, 'scripts', 'build.mjs')], { cwd: ROOT, encoding: 'utf8' });
  if (b.status !== 0) throw new Error(`the build failed: ${b.stderr}${b.error?.message ?? ''}`);
}

let ready = false;

/**
 * dist/cli.js, fresh: used as it is when it is newer than the sources, built
 * first otherwise (one build at a time on this machine). Returns its path.
 */
export function ensureBuilt(): string {
  if (ready) return CLI;
  if (!isFresh()) {
    mkdirSync(join(ROOT, 'node_modules'), { recursive: true });
    const r = spawnSync('flock', [LOCK, process.execPath, '--import', 'tsx', import.meta.filename, '--build-if-stale'], { cwd: ROOT, encoding: 'utf8' });
    if (r.error && (r.error as NodeJS.ErrnoException).code === 'ENOENT') buildIfStale(); // no flock(1): build without the lock
    else if (r.status !== 0) throw new Error(r.stderr.trim() || `the build failed: ${r.error?.message ?? `flock exited with ${r.status}`}`);
  }
  ready = true;
  return CLI;
}

// Run as `node --import tsx built-cli.ts --build-if-stale` by ensureBuilt, under the lock.
if (process.argv[1] === import.meta.filename && process.argv[2] === '--build-if-stale') {
  try {
    buildIfStale();
  } catch (e) {
    process.stderr.write(`${(e as Error).message}\n`);
    process.exitCode = 1;
  }
}
