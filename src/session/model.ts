/** The lesson session as plain data: state, what happened (actions), what to do (effects). */
import type { Verdict } from '../check/model.ts';
import type { Lang } from '../i18n/lang.ts';
import type { RunResult } from '../model/run-result.ts';
import type { Snapshot } from '../model/snapshot.ts';
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
  /** `reveal`: in a predict step, the choice the output showed right, and whether the learner had predicted it (null: no answer). */
  | { readonly kind: 'passed'; readonly title: string; readonly explain: string | null; readonly reveal?: { readonly answer: number; readonly text: string; readonly predicted: boolean | null } }
  | { readonly kind: 'hint'; readonly index: number; readonly total: number; readonly markdown: string }
  | { readonly kind: 'check'; readonly items: readonly { readonly source: string; readonly ok: boolean; readonly reason: string }[]; readonly pending: readonly string[] }
  | { readonly kind: 'explain'; readonly argv: readonly string[]; readonly output: string }
  | { readonly kind: 'replay'; readonly header: string; readonly lines: readonly string[]; readonly footer: string }
  | { readonly kind: 'help' }
  | { readonly kind: 'summary'; readonly title: string; readonly timeMs: number; readonly hints: number; readonly attempts: number; readonly skipped: number; readonly next: { readonly id: string; readonly title: string } | null }
  | { readonly kind: 'info'; readonly text: string }
  /** A predict step's question and its numbered choices; `answered`: the learner's choice when already given, else null. */
  | { readonly kind: 'predict'; readonly question: string; readonly choices: readonly string[]; readonly answered: number | null }
  /** The learner's answer to the question, whether it was right, and the chosen choice's why. */
  | { readonly kind: 'predicted'; readonly choice: number; readonly correct: boolean; readonly why: string }
  /** What the lesson taught, shown when it is complete. */
  | { readonly kind: 'recap'; readonly items: readonly { readonly command: string; readonly meaning: string }[] }
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
  /** In a predict step, the learner's answer (1-based) and whether it was right; absent until answered. */
  readonly prediction?: Prediction;
};

export type Prediction = { readonly choice: number; readonly correct: boolean };

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
  /** What each of those commands produced (long output cut in the middle): what `saw`, `pinged` and `error` checks read. */
  readonly runs: readonly RunResult[];
  /** The tutor has said, in this step, that the learner is ahead of it (said once; /check says it again). */
  readonly aheadSaid: boolean;
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
  /**
   * The learner's own command lines that changed the lab since the current
   * step began, in order: saved with the progress, replayed on resume so the
   * lab is as it was left.
   */
  readonly labChanges: readonly string[];
  /** The line of the last command run (for labChanges), or null. */
  readonly lastLine: string | null;
};

/** A learner's command that could not be replayed on resume (its place among them), and why (the program's error, or a refusal). */
export type NotReplayed = { readonly index: number; readonly line: string; readonly why: string };

/** Why the lab is being rebuilt. */
export type RebuildReason = 'resume' | 'reset' | 'back' | 'skip' | 'step-setup';

export type Action =
  | {
    readonly type: 'rebuilt'; readonly snapshot: Snapshot; readonly replayed: readonly string[]; readonly reason: RebuildReason; readonly failed: string | null;
    /** The learner's own commands replayed after `replayed` (on resume), and those of them that could not be, with why. */
    readonly learner?: readonly string[];
    readonly notReplayed?: readonly NotReplayed[];
  }
  /**
   * A line to run. `typed`: entered at the prompt with Enter (not one line of a
   * paste, nor a line read from a pipe), so `/quit` leaves at once even while a
   * command runs, as Ctrl-C twice does; otherwise it waits its turn.
   */
  | { readonly type: 'submit'; readonly line: string; readonly typed?: boolean }
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
  /** Replay commands, on a fresh lab when `fresh`; then, on resume, the learner's own commands of the unfinished step. */
  | { readonly kind: 'rebuild'; readonly fresh: boolean; readonly commands: readonly string[]; readonly reason: RebuildReason; readonly learner?: readonly string[] }
  | { readonly kind: 'interrupt' }
  | { readonly kind: 'save' }
  | { readonly kind: 'quit' }
  | { readonly kind: 'pick-lesson' }
  | { readonly kind: 'start-lesson'; readonly id: string };

export type Update = { readonly state: SessionState; readonly effects: readonly Effect[] };
