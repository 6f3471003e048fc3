/**
 * The learner's progress for one run: read once, kept in memory, written
 * through on every save (and to the teacher's report directory when given).
 */
import { join } from 'node:path';
import type { LessonProgress, Progress } from './model.ts';
import { withLesson } from './model.ts';
import { currentUser, loadProgress, progressPath, saveProgress, writeAtomic } from './store.ts';

/** Progress kept in memory and written through on every save. */
export class ProgressBook {
  readonly path: string;
  progress: Progress;
  /** Where a corrupt or partly unreadable file was moved, to tell the learner once. */
  readonly movedAside: string | null;
  /** The places of a partly readable file that were left out. */
  readonly dropped: readonly string[];
  /** `own`: a file and a learner's name of its own (a classroom server's learner) instead of this account's. */
  constructor(private readonly reportDir: string | null, env: NodeJS.ProcessEnv = process.env, own?: { readonly path: string; readonly user: string }) {
    this.path = own?.path ?? progressPath(env);
    const loaded = loadProgress(this.path, own?.user ?? currentUser(env));
    this.progress = loaded.progress;
    this.movedAside = loaded.movedAside;
    this.dropped = loaded.dropped;
  }
  save(record: LessonProgress): void {
    this.progress = withLesson(this.progress, record);
    saved(this.path, () => saveProgress(this.path, this.progress));
    if (this.reportDir) {
      const file = join(this.reportDir, `${this.progress.user.replace(/[^\p{L}\p{N}\p{M}_.-]/gu, '_')}.json`);
      saved(file, () => writeAtomic(file, `${JSON.stringify(this.progress, null, 2)}\n`));
    }
  }
}

/** Runs a write; a failure says which file and why in a few words (ENOSPC: no space left on device). */
function saved(file: string, write: () => void): void {
  try {
    write();
  } catch (e) {
    const err = e as NodeJS.ErrnoException;
    const why = err.code ? `${err.code}: ${err.message.replace(/^\w+: /, '').replace(/, \w+ '.*'$|, \w+$/, '')}` : err.message;
    throw new Error(`${file}: ${why}`);
  }
}
