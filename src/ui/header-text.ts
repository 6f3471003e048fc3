/**
 * The header line (the lesson's title, a progress bar, where the learner is)
 * as data and as terminal text, without Ink: <Header> and <ProgressBar> draw
 * it, and the first paint writes it before Ink has loaded. Pure.
 */
import { messages } from '../i18n/messages.ts';
import type { SessionState } from '../session/model.ts';
import { paint } from '../render/paint.ts';
import { displayWidth, truncate } from '../text/width.ts';

/** Steps passed or skipped. */
export function stepsDone(state: SessionState): number {
  return state.steps.filter((r) => r.done || r.skipped).length;
}

/** How many of `width` cells are filled. */
export function filledCells(done: number, total: number, width: number): number {
  if (total <= 0) return width;
  return Math.max(0, Math.min(width, Math.round((done / total) * width)));
}

/** Cells between the bar's end marks on a line `width` columns wide. */
export const barCells = (width: number): number => (width >= 70 ? 16 : 10);

/** "step i of n", or that the lesson is done. */
export function headerWhere(state: SessionState): string {
  const m = messages(state.lang);
  const n = state.lesson.steps.length;
  return state.status === 'complete' || state.stepIndex >= n ? `✓ ${m.lessonDone}` : m.stepOf(state.stepIndex + 1, n);
}

/** The line <Header> draws: the title (cut to fit) on the left, the bar and where on the right. */
export function headerLine(state: SessionState, width: number, color: boolean): string {
  const p = paint(color);
  const n = state.lesson.steps.length;
  const cells = barCells(width);
  const filled = filledCells(stepsDone(state), n, cells);
  const right = `▕${p.green('█'.repeat(filled))}${p.dim('░'.repeat(cells - filled))}▏ ${headerWhere(state)}`;
  const room = Math.max(1, width - 1 - (cells + 3 + displayWidth(headerWhere(state))));
  const title = truncate(state.lesson.title, room);
  return `${p.bold(p.cyan(title))}${' '.repeat(Math.max(0, room - displayWidth(title)) + 1)}${right}`;
}
