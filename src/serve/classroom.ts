/**
 * The learners of one server, by name: who may join, who comes back, the
 * class table. Progress is on disk (the state directory, and --report-dir
 * as the terminal tutor writes it), so another instance or a restart loses
 * nothing but the open labs.
 */
import { join } from 'node:path';
import type { Lang } from '../i18n/lang.ts';
import type { OpenLabOptions } from '../lab/lab.ts';
import type { Lesson } from '../lesson/model.ts';
import { buildReport, type ReportRow } from '../progress/report.ts';
import { readProgressFiles } from '../progress/store.ts';
import { Learner, type EndReason, type Screen } from './learner.ts';
import type { Limits } from './limits.ts';

export type ClassroomOptions = {
  readonly all: readonly Lesson[];
  readonly limits: Limits;
  /** The server's state directory; learners' progress is in its `learners/`. */
  readonly stateDir: string;
  readonly reportDir: string | null;
  readonly lab: OpenLabOptions;
  readonly lang: Lang;
};

export type JoinRequest = {
  readonly name: string;
  readonly key: string;
  readonly lang: Lang | null;
  readonly columns: number;
  readonly rows: number;
};

export type Joined =
  | { readonly ok: true; readonly learner: Learner }
  | { readonly ok: false; readonly why: 'full' | 'taken' | 'stopping' };

/** A learner in the teacher's live table. */
export type LiveRow = {
  readonly learner: string;
  readonly online: boolean;
  readonly lesson: string | null;
  readonly lang: string | null;
  readonly step: number | null;
  readonly steps: number | null;
  readonly title: string | null;
  readonly done: boolean;
  readonly onStepMs: number | null;
  readonly idleMs: number;
};

export class Classroom {
  readonly #learners = new Map<string, Learner>();
  readonly #learnersDir: string;
  #stopping = false;

  constructor(private readonly o: ClassroomOptions) {
    this.#learnersDir = join(o.stateDir, 'learners');
  }

  get size(): number { return this.#learners.size; }

  /** A learner arrives or comes back. The same name with another browser's key is someone else: refused. */
  join(r: JoinRequest, screen: Screen): Joined {
    if (this.#stopping) return { ok: false, why: 'stopping' };
    let learner = this.#learners.get(r.name);
    if (learner && learner.key !== r.key) return { ok: false, why: 'taken' };
    if (!learner) {
      if (this.#learners.size >= this.o.limits.maxLearners) return { ok: false, why: 'full' };
      learner = new Learner({
        name: r.name, key: r.key, lang: r.lang ?? this.o.lang, all: this.o.all, limits: this.o.limits,
        progressPath: join(this.#learnersDir, `${r.name}.json`), reportDir: this.o.reportDir, lab: this.o.lab,
        columns: r.columns, rows: r.rows,
        onEnd: (l: Learner, _why: EndReason) => { if (this.#learners.get(l.name) === l) this.#learners.delete(l.name); },
      });
      this.#learners.set(r.name, learner);
    }
    void learner.attach(screen, r.columns, r.rows);
    return { ok: true, learner };
  }

  /** `netns-tutor report --json`'s rows for every learner of this server, from their progress as saved. */
  report(): ReportRow[] {
    let files: ReturnType<typeof readProgressFiles> = [];
    try { files = readProgressFiles(this.#learnersDir); } catch { /* no learner has saved yet */ }
    return buildReport(files).rows;
  }

  /** Where each learner with a session is now. */
  live(now = Date.now()): LiveRow[] {
    return [...this.#learners.values()].sort((a, b) => a.name.localeCompare(b.name)).map((l) => ({
      learner: l.name,
      online: l.connected,
      lesson: l.where?.lesson ?? null,
      lang: l.where?.lang ?? null,
      step: l.where?.step ?? null,
      steps: l.where?.steps ?? null,
      title: l.where?.title ?? null,
      done: l.where?.done ?? false,
      onStepMs: l.where ? now - l.where.since : null,
      idleMs: now - l.lastKeyAt,
    }));
  }

  /** Ends every session (progress saved, labs closed); no one joins any more. */
  async stop(): Promise<void> {
    this.#stopping = true;
    await Promise.allSettled([...this.#learners.values()].map((l) => l.end('stopping')));
  }
}
