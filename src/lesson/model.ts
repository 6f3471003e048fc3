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
  readonly checks: readonly Check[];
  /** Hints, shown one at a time. */
  readonly hints: readonly TextBlock[];
  /** Markdown shown once the step passes, or null. */
  readonly explain: string | null;
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
  /** The file it came from, when loaded from disk. */
  readonly file: string | null;
};
