/** The lesson session as plain data: state, what happened (actions), what to do (effects). */
import type { Verdict } from '../check/model.ts';
import type { Lang } from '../i18n/lang.ts';
import type { RunResult } from '../lab/run-result.ts';
import type { Snapshot } from '../lab/snapshot.ts';
import type { Lesson } from '../lesson/model.ts';

/** One finished piece of the transcript. Entries are only ever appended. */
export type Entry = { readonly id: number } & (
  | { readonly kind: 'intro'; readonly title: string; readonly markdown: string }
  | { readonly kind: 'step'; readonly index: number; readonly total: number; readonly title: string; readonly markdown: string }
  | { readonly kind: 'command'; readonly line: string }
  | { readonly kind: 'output'; readonly text: string }
  | { readonly kind: 'status'; readonly text: string }
  | { readonly kind: 'note'; readonly text: string }
  | { readonly kind: 'refusal'; readonly text: string }
  | { readonly kind: 'change'; readonly lines: readonly string[] }
  | { readonly kind: 'why'; readonly lines: readonly string[] }
  | { readonly kind: 'passed'; readonly title: string; readonly explain: string | null }
  | { readonly kind: 'hint'; readonly index: number; readonly total: number; readonly markdown: string }
  | { readonly kind: 'check'; readonly items: readonly { readonly source: string; readonly ok: boolean; readonly reason: string }[]; readonly pending: readonly string[] }
  | { readonly kind: 'explain'; readonly argv: readonly string[]; readonly output: string }
  | { readonly kind: 'replay'; readonly header: string; readonly lines: readonly string[]; readonly footer: string }
  | { readonly kind: 'help' }
  | { readonly kind: 'summary'; readonly title: string; readonly timeMs: number; readonly hints: number; readonly attempts: number; readonly skipped: number; readonly next: { readonly id: string; readonly title: string } | null }
  | { readonly kind: 'info'; readonly text: string }
);

/** Distributes Omit over the Entry union. */
export type NewEntry = Entry extends infer E ? (E extends { id: number } ? Omit<E, 'id'> : never) : never;

/** The record of one step. */
export type StepRecord = {
  readonly done: boolean;
  readonly skipped: boolean;
  readonly hints: number;
  /** Commands run while this step was current. */
  readonly attempts: number;
  /** When it passed (ms since the epoch), or null. */
  readonly completedAt: number | null;
};

export type SessionStatus =
  /** The lab is being built (setup, or replay up to the resumed step). */
  | 'starting'
  | 'idle'
  | 'running'
  /** Probing and judging after a command. */
  | 'checking'
  /** Reset, back or skip: the lab is being rebuilt. */
  | 'rebuilding'
  | 'complete';

export type SessionState = {
  readonly lesson: Lesson;
  readonly lang: Lang;
  readonly stepIndex: number;
  readonly status: SessionStatus;
  readonly entries: readonly Entry[];
  readonly nextId: number;
  /** Output of the running command not yet ended by a newline. */
  readonly live: string;
  /** The line that is running. */
  readonly running: string | null;
  /** argv of each command run since this step began (first program of a pipeline). */
  readonly history: readonly (readonly string[])[];
  readonly last: RunResult | null;
  /** The snapshot after the last command, and the one before it (for what changed). */
  readonly snapshot: Snapshot | null;
  readonly previous: Snapshot | null;
  readonly steps: readonly StepRecord[];
  /** Time spent in earlier sessions on this lesson. */
  readonly priorMs: number;
  readonly startedAt: number;
  /** Ctrl-C presses in a row at an idle prompt. */
  readonly ctrlC: number;
  readonly showTopology: boolean;
  /** Lines typed (pasted) while busy, run in order. */
  readonly queue: readonly string[];
  /** The lesson offered when this one is complete. */
  readonly next: { readonly id: string; readonly title: string } | null;
  /** Commands the lesson's requires adds to the lab's tools. */
  readonly extraTools: readonly string[];
  readonly quitting: boolean;
};

/** Why the lab is being rebuilt. */
export type RebuildReason = 'resume' | 'reset' | 'back' | 'skip';

export type Action =
  | { readonly type: 'rebuilt'; readonly snapshot: Snapshot; readonly replayed: readonly string[]; readonly reason: RebuildReason; readonly failed: string | null }
  | { readonly type: 'submit'; readonly line: string }
  | { readonly type: 'output'; readonly chunk: string }
  | { readonly type: 'ran'; readonly result: RunResult }
  | { readonly type: 'judged'; readonly snapshot: Snapshot; readonly verdicts: readonly Verdict[]; readonly report: boolean }
  | { readonly type: 'ctrl-c' }
  | { readonly type: 'lab-failed'; readonly message: string }
  | { readonly type: 'note'; readonly text: string };

export type Effect =
  | { readonly kind: 'run'; readonly pipeline: readonly (readonly string[])[] }
  /** Probe, then evaluate the step's checks with the history and last result. */
  | { readonly kind: 'judge'; readonly report: boolean }
  /** Replay commands, on a fresh lab when `fresh`. */
  | { readonly kind: 'rebuild'; readonly fresh: boolean; readonly commands: readonly string[]; readonly reason: RebuildReason }
  | { readonly kind: 'interrupt' }
  | { readonly kind: 'save' }
  | { readonly kind: 'quit' }
  | { readonly kind: 'pick-lesson' }
  | { readonly kind: 'start-lesson'; readonly id: string };

export type Update = { readonly state: SessionState; readonly effects: readonly Effect[] };
