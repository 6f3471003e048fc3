/** An output's text as the learner saw it: without colour escapes, line by line. */
import { stripAnsi } from '../../text/ansi.ts';

/** Removes terminal colour escapes and carriage returns, so columns match what is shown. */
export function cleanOutput(text: string): string {
  return stripAnsi(text).replace(/\r\n?/g, '\n');
}

/** The lines of an output, without the empty line after a final newline. */
export function outputLines(text: string): string[] {
  const lines = cleanOutput(text).split('\n');
  if (lines.length > 0 && lines[lines.length - 1] === '') lines.pop();
  return lines;
}
