/**
 * The progress file: `$XDG_STATE_HOME/netns-tutor/progress.json`, written
 * atomically (temp file, fsync, rename) so a crash or a kill never leaves half
 * a file. A corrupt file is moved aside with a warning, never fatal.
 */
import { closeSync, fsyncSync, mkdirSync, openSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { homedir, userInfo } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { emptyProgress, readProgress, type Progress } from './model.ts';

export function stateDir(env: NodeJS.ProcessEnv = process.env): string {
  return join(env.XDG_STATE_HOME || join(homedir(), '.local', 'state'), 'netns-tutor');
}

/**
 * The learner's name for progress and the class report: the account that ran
 * `sudo netns-tutor` when running as root through sudo, else this account
 * (`sudo -u alice` runs as alice, whoever typed it).
 */
/** Where the learner's progress is kept. */
export function progressPath(env: NodeJS.ProcessEnv = process.env): string {
  return join(stateDir(env), 'progress.json');
}

export function currentUser(env: NodeJS.ProcessEnv = process.env, uid = process.getuid?.()): string {
  if (uid === 0 && env.SUDO_USER) return env.SUDO_USER;
  try { return userInfo().username; } catch { return env.USER || 'learner'; }
}

/**
 * Writes a file so that readers see the old or the new content, never a mix.
 * writeFileSync on the descriptor repeats short writes (a nearly full disk
 * accepts part of a write without an error); on any failure the temporary
 * file is removed and the old file stays as it was.
 */
export function writeAtomic(path: string, text: string): void {
  mkdirSync(dirname(path), { recursive: true });
  const tmp = `${path}.${process.pid}.tmp`;
  const fd = openSync(tmp, 'w', 0o644);
  try {
    try {
      writeFileSync(fd, text);
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    renameSync(tmp, path);
  } catch (e) {
    rmSync(tmp, { force: true });
    throw e;
  }
}

export type Loaded = {
  readonly progress: Progress;
  /** Where a corrupt or partly unreadable file was moved, or null. */
  readonly movedAside: string | null;
  /** The places of a partly readable file that were left out (`lessons[1].timeMs`, …); empty otherwise. */
  readonly dropped: readonly string[];
};

/** Removes temporary files left by writers killed mid-write (`progress.json.PID.tmp` of a PID that is gone). */
function removeStaleTemps(path: string): void {
  const prefix = `${basename(path)}.`;
  let names: string[];
  try { names = readdirSync(dirname(path)); } catch { return; }
  for (const n of names) {
    const pid = n.startsWith(prefix) && n.endsWith('.tmp') ? Number(n.slice(prefix.length, -4)) : NaN;
    if (!Number.isInteger(pid) || pid === process.pid) continue;
    try { process.kill(pid, 0); } catch (e) {
      if ((e as NodeJS.ErrnoException).code === 'ESRCH') rmSync(join(dirname(path), n), { force: true });
    }
  }
}

/**
 * Reads the progress file. A file that is not JSON, or not a progress file,
 * is moved aside and the learner starts afresh; a file with some records of
 * the wrong shape keeps what is sound: the original is moved aside (kept for
 * the learner) and what could be read is written in its place.
 */
export function loadProgress(path: string, user = currentUser()): Loaded {
  removeStaleTemps(path);
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch {
    return { progress: emptyProgress(user), movedAside: null, dropped: [] };
  }
  let read: ReturnType<typeof readProgress> = { progress: null, dropped: [] };
  try { read = readProgress(JSON.parse(text), user); } catch { /* not JSON */ }
  if (read.progress && read.dropped.length === 0) return { progress: read.progress, movedAside: null, dropped: [] };
  const progress = read.progress ?? emptyProgress(user);
  const aside = `${path}.${read.progress ? 'partial' : 'corrupt'}-${new Date().toISOString().replace(/[:.]/g, '-')}`;
  try { renameSync(path, aside); } catch { return { progress, movedAside: null, dropped: read.dropped }; }
  if (read.progress) {
    try { saveProgress(path, read.progress); } catch { /* written again on the next save */ }
  }
  return { progress, movedAside: aside, dropped: read.dropped };
}

export function saveProgress(path: string, p: Progress): void {
  writeAtomic(path, `${JSON.stringify(p, null, 2)}\n`);
}

/** Command history shared by sessions, newest last, capped. */
export const HISTORY_CAP = 500;
/** Lines longer than the prompt accepts (a huge paste, refused anyway) are not kept. */
const HISTORY_LINE_MAX = 4096;
const keepable = (x: unknown): x is string => typeof x === 'string' && x.length <= HISTORY_LINE_MAX;

export function loadHistory(path: string): string[] {
  try {
    const v = JSON.parse(readFileSync(path, 'utf8')) as unknown;
    return Array.isArray(v) ? v.filter(keepable).slice(-HISTORY_CAP) : [];
  } catch {
    return [];
  }
}

export function saveHistory(path: string, lines: readonly string[]): void {
  writeAtomic(path, JSON.stringify(lines.filter(keepable).slice(-HISTORY_CAP)));
}

/**
 * The progress files learners wrote to a report directory (`--report-dir`), in
 * name order, each with its text (null when it cannot be read). Throws when
 * the directory itself cannot be read.
 */
export function readProgressFiles(dir: string): { file: string; text: string | null }[] {
  const names = readdirSync(dir).filter((n) => n.endsWith('.json')).sort();
  return names.map((n) => {
    try { return { file: join(dir, n), text: readFileSync(join(dir, n), 'utf8') }; } catch { return { file: join(dir, n), text: null }; }
  });
}
