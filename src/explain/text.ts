/**
 * What the `explain` subcommand says about a text read from stdin, with the
 * command line when given: the output annotated part by part when it is one
 * of the known outputs, and the misconception behind an error when it is an
 * error text (both for a ping that printed its output and failed). There is
 * no lab state here: the error explainers then say what the words mean and a
 * generic fix, never what a lab they have not seen holds. Pure.
 *
 * Among the explainers, the one place where the output and error pipelines meet.
 */
import type { Lang } from '../i18n/lang.ts';
import { words } from '../i18n/words.ts';
import type { RunResult } from '../model/run-result.ts';
import { explainError, explainErrorStrict } from './error/explain.ts';
import { explainOutput, explainOutputStrict } from './output/explain.ts';
import { type RenderOptions, renderExplanation, section } from './output/render.ts';
import type { OutputExplanation } from './output/types.ts';
import { cleanOutput, outputLines } from './shared/output-lines.ts';

export type TextExplanation = {
  /** The output annotated, or null when it is none of the known outputs. */
  readonly output: OutputExplanation | null;
  /** Why the command failed and what to do, as the shell's 💡 notes; [] when the text is no error it knows. */
  readonly error: readonly string[];
};

/**
 * The exit status the text implies. Only the text is known, and it is given
 * to be explained: a failure, unless it is ping's and its statistics show a
 * reply came back (ping exits 0 then).
 */
function impliedExit(text: string): number {
  const stats = /^\d+ packets transmitted, (\d+) received/m.exec(text);
  return stats && Number(stats[1]) > 0 ? 0 : 1;
}

/** The text as a command's result: all of it as its output, the exit status as it implies. */
function resultOf(argv: readonly string[], text: string): RunResult {
  return { argv: [argv], exitCode: impliedExit(text), signal: null, stdout: text, stderr: '', durationMs: 0, interrupted: false, timedOut: false };
}

/** Like `explainText`, but lets a bug throw (for tests). */
export function explainTextStrict(argv: readonly string[] | null, text: string, lang: Lang): TextExplanation {
  const output = explainOutputStrict(argv, text, lang);
  const given = argv ?? [];
  const error = explainErrorStrict(given, resultOf(given, cleanOutput(text)), null, lang);
  return { output, error };
}

/** Explains a text read by the `explain` subcommand. Never throws. */
export function explainText(argv: readonly string[] | null, text: string, lang: Lang): TextExplanation {
  const given = argv ?? [];
  return { output: explainOutput(argv, text, lang), error: explainError(given, resultOf(given, cleanOutput(text)), null, lang) };
}

/**
 * What the `explain` subcommand prints: the output with its notes (or, for an
 * error alone, the text as it was read), then why the command failed.
 */
export function renderTextExplanation(text: string, e: TextExplanation, o: RenderOptions): string {
  const out = [e.output ? renderExplanation(text, e.output, o) : outputLines(text).join('\n')];
  if (e.error.length > 0) out.push(...section(words(o.lang).explainError.whyFailed, e.error, o));
  return out.join('\n');
}
