/**
 * When the terminal gets narrower, it rewraps the lines it already shows (or
 * cuts them), and when it gets shorter it pushes its top rows into the
 * scrollback. Ink erases the lines it drew, not the rows they take after
 * that, so pieces of the old frame would stay behind: beside and over the
 * new one, and in the scrollback. So on such a resize the screen and the
 * scrollback are cleared and the transcript is written again at the new
 * width; Ink then draws its frame under it. Pure.
 */
import type { TerminalSize } from './use-terminal-size.ts';

/** Clears the screen and the scrollback and puts the cursor top left. */
const CLEAR_ALL = '\x1b[2J\x1b[3J\x1b[H';

/** Whether a resize leaves pieces of the frame behind: the width shrank, or the frame no longer fits the height. */
export function needsRedraw(before: TerminalSize, after: TerminalSize, frameRows: number): boolean {
  return after.columns < before.columns || (after.rows < before.rows && frameRows >= after.rows);
}

/**
 * What to write: the cleared screen, the transcript, then as many empty rows
 * as the frame Ink last drew has lines. Ink's next frame begins by erasing
 * those lines (it counts them, not the rows): empty rows now, so the
 * transcript above is kept and the frame follows it.
 */
export function redrawText(transcript: string, frameRows: number): string {
  return `${CLEAR_ALL}${transcript}${transcript === '' ? '' : '\n'}${'\n'.repeat(frameRows)}`;
}
