/**
 * The two kinds of error. A TutorError is something the user can act on: it says
 * what happened and what to do next, and carries the exit code. Anything else is
 * a bug, reported in one short line with a path to the log, never a stack trace.
 */

export const EXIT = {
  ok: 0,
  failed: 1,
  usage: 2,
  environment: 3,
} as const;

export type ExitCode = (typeof EXIT)[keyof typeof EXIT];

export class TutorError extends Error {
  /** What to do next, shown under the message. */
  readonly hint: string | null;
  readonly exitCode: ExitCode;
  constructor(message: string, opts: { hint?: string | null; exitCode?: ExitCode } = {}) {
    super(message);
    this.name = 'TutorError';
    this.hint = opts.hint ?? null;
    this.exitCode = opts.exitCode ?? EXIT.failed;
  }
}

export function usageError(message: string, hint?: string): TutorError {
  return new TutorError(message, { hint: hint ?? 'Run `netns-tutor --help` for the commands and options.', exitCode: EXIT.usage });
}

export function environmentError(message: string, hint?: string): TutorError {
  return new TutorError(message, { hint: hint ?? 'Run `netns-tutor doctor` to see what is missing and how to fix it.', exitCode: EXIT.environment });
}
