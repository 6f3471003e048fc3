/** A lesson as data: what the parser returns and every other part reads. */
import type { Check } from '../check/model.ts';
import type { Lang } from '../i18n/lang.ts';

/** A place in a lesson file, 1-based. */
export type Pos = { readonly line: number; readonly col: number };

/** A problem found in a lesson file. */
export type Diagnostic = Pos & {
  readonly severity: 'error' | 'warning';
  readonly message: string;
  /** The file it is in, when known. */
  readonly file?: string;
};

/** One reference command of a step, as the learner would type it. */
export type RefCommand = {
  /** The command line, with a leading `$ ` removed. */
  readonly text: string;
  /** Marked with a `# expect-fail` line before it: it is meant to fail. */
  readonly expectFail: boolean;
  readonly line: number;
  /** Column where the command starts. */
  readonly col: number;
};

/** A block of Markdown text with where it starts. */
export type TextBlock = { readonly text: string; readonly line: number };

export type Step = {
  /** The `## ` heading. */
  readonly title: string;
  readonly line: number;
  /** The step's Markdown, without its sh/check/hint/explain blocks. */
  readonly body: string;
  readonly commands: readonly RefCommand[];
  /**
   * A ```setup block: commands the tutor runs when the step begins, before the
   * learner types (shown dimmed), e.g. to break a working lab for the learner
   * to mend. Empty when there is none.
   */
  readonly setup: readonly RefCommand[];
  readonly checks: readonly Check[];
  /** Hints, shown one at a time. */
  readonly hints: readonly TextBlock[];
  /** Markdown shown once the step passes, or null. */
  readonly explain: string | null;
  /** A `step` block with `challenge: true`: hints wait, /check says only whether the goal holds. Null otherwise. */
  readonly challenge: Challenge | null;
  /** A `predict` block: a question answered before the step's commands run. Null otherwise. */
  readonly predict: Predict | null;
};

/** What a challenge step changes about the step. */
export type Challenge = {
  /** Commands the learner runs in the step before /hint gives anything (`hints-after`, default 3). */
  readonly hintsAfter: number;
  /** Where the `step` block starts. */
  readonly line: number;
};

/** One choice of a prediction question. */
export type PredictChoice = {
  readonly text: string;
  /** Why it is (or is not) what happens: shown when the learner picks it. */
  readonly why: string;
};

/** A question the learner answers, by number, before running the step's commands. */
export type Predict = {
  readonly question: string;
  /** 2 to 6 choices, numbered from 1 as shown. */
  readonly choices: readonly PredictChoice[];
  /** The right choice, 1-based. */
  readonly answer: number;
  /** Where the `predict` block starts. */
  readonly line: number;
};

/** One line of the lesson's recap: a command it taught and what it did. */
export type RecapItem = { readonly command: string; readonly meaning: string };

/**
 * A service a lesson runs in the lab (front matter `services:`): an HTTP
 * server answering on a port inside a namespace, from a step on. Parsed and
 * linted here; started by the lab.
 */
export type Service = {
  /** `[a-z0-9-]+`, unique within the lesson. */
  readonly name: string;
  /** The namespace it runs in. */
  readonly in: string;
  /** The TCP port it answers HTTP on, 1–65535. */
  readonly http: number;
  /** The step (1-based) from which it runs; 1 when not given. */
  readonly from: number;
  /** Where its entry starts in the file. */
  readonly line: number;
  readonly col: number;
};

export type Lesson = {
  /** `[a-z0-9-]+`, the same in every language. */
  readonly id: string;
  readonly title: string;
  readonly lang: Lang;
  /** One line for the picker. */
  readonly summary: string;
  /** Programs the lesson needs beyond the lab's own tools. */
  readonly requires: readonly string[];
  /** Commands run (shown dimmed) before step 1. */
  readonly setup: readonly RefCommand[];
  /** Markdown shown before the first step. */
  readonly intro: string;
  readonly steps: readonly Step[];
  /** The recap the author wrote (front matter `recap:`), or null: the recap is then derived from the steps (lesson/recap.ts). */
  readonly recap: readonly RecapItem[] | null;
  /** Services the lesson runs in the lab (front matter `services:`); empty when none. */
  readonly services: readonly Service[];
  /** The file it came from, when loaded from disk. */
  readonly file: string | null;
};
