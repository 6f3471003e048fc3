/** What running one learner command produced. A failing command is data, not an exception. */
export type RunResult = {
  /** The programs that ran: one argv, or two for a pipeline into a filter. */
  readonly argv: readonly (readonly string[])[];
  /** Exit code of the last program, or null when it was killed by a signal. */
  readonly exitCode: number | null;
  /** The signal that ended it, e.g. `SIGINT`, or null. */
  readonly signal: string | null;
  readonly stdout: string;
  readonly stderr: string;
  readonly durationMs: number;
  /** The learner stopped it (Ctrl-C). */
  readonly interrupted: boolean;
  /** It ran past its time limit and was stopped. */
  readonly timedOut: boolean;
  /** It printed more than the output limit (1 MiB) and was stopped (`interrupted` is true too). */
  readonly outputCapped?: boolean;
};

/** Whether a result counts as success: exit 0, or stopped by the learner after a clean finish. */
export function succeeded(r: RunResult): boolean {
  return r.exitCode === 0;
}

/** Everything a command printed, as one text: stdout, then stderr from a line of its own. */
export function outputText(r: Pick<RunResult, 'stdout' | 'stderr'>): string {
  const { stdout: out, stderr: err } = r;
  return out === '' || err === '' || out.endsWith('\n') ? out + err : `${out}\n${err}`;
}

/** What a failed command said about it: its stderr, or its stdout when stderr holds nothing but white space. */
export function errorText(r: Pick<RunResult, 'stdout' | 'stderr'>): string {
  return r.stderr.trim() !== '' ? r.stderr : r.stdout;
}
