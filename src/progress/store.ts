/**
 * The progress file: `$XDG_STATE_HOME/netns-tutor/progress.json`, written
 * atomically (temp file, fsync, rename) so a crash or a kill never leaves half
 * a file. A corrupt file is moved aside with a warning, never fatal.
 */
import { closeSync, fsyncSync, mkdirSync, openSync, readFileSync, renameSync, writeSync } from 'node:fs';
import { homedir, userInfo } from 'node:os';
import { dirname, join } from 'node:path';
import { asProgress, emptyProgress, type Progress } from './model.ts';

export function stateDir(env: NodeJS.ProcessEnv = process.env): string {
  return join(env.XDG_STATE_HOME || join(homedir(), '.local', 'state'), 'netns-tutor');
}

export function currentUser(env: NodeJS.ProcessEnv = process.env): string {
  try { return env.SUDO_USER || userInfo().username; } catch { return env.USER || 'learner'; }
}

/** Writes a file so that readers see the old or the new content, never a mix. */
export function writeAtomic(path: string, text: string): void {
  mkdirSync(dirname(path), { recursive: true });
  const tmp = `${path}.${process.pid}.tmp`;
  const fd = openSync(tmp, 'w', 0o644);
  try {
    writeSync(fd, text);
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
  renameSync(tmp, path);
}

export type Loaded = { readonly progress: Progress; /** Where a corrupt file was moved, or null. */ readonly movedAside: string | null };

export function loadProgress(path: string, user = currentUser()): Loaded {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch {
    return { progress: emptyProgress(user), movedAside: null };
  }
  let parsed: Progress | null = null;
  try { parsed = asProgress(JSON.parse(text), user); } catch { parsed = null; }
  if (parsed) return { progress: parsed, movedAside: null };
  const aside = `${path}.corrupt-${new Date().toISOString().replace(/[:.]/g, '-')}`;
  try { renameSync(path, aside); } catch { return { progress: emptyProgress(user), movedAside: null }; }
  return { progress: emptyProgress(user), movedAside: aside };
}

export function saveProgress(path: string, p: Progress): void {
  writeAtomic(path, `${JSON.stringify(p, null, 2)}\n`);
}

/** Command history shared by sessions, newest last, capped. */
export const HISTORY_CAP = 500;

export function loadHistory(path: string): string[] {
  try {
    const v = JSON.parse(readFileSync(path, 'utf8')) as unknown;
    return Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string').slice(-HISTORY_CAP) : [];
  } catch {
    return [];
  }
}

export function saveHistory(path: string, lines: readonly string[]): void {
  writeAtomic(path, JSON.stringify(lines.slice(-HISTORY_CAP)));
}
