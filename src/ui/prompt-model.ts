/**
 * What the prompt does apart from editing text: browse the command history
 * with ↑/↓ (keeping the line being typed as a draft), remember submitted
 * lines, and cut a pasted chunk into the lines it holds. Pure.
 */
import { HISTORY_CAP } from '../progress/store.ts';

export type History = {
  /** Submitted lines, oldest first. */
  readonly lines: readonly string[];
  /** The line shown while browsing, or null when editing a new one. */
  readonly at: number | null;
  /** What was typed before browsing began. */
  readonly draft: string;
};

export function newHistory(lines: readonly string[]): History {
  return { lines: lines.slice(-HISTORY_CAP), at: null, draft: '' };
}

/** ↑: the line before the one shown; null when there is none. */
export function older(h: History, current: string): { history: History; value: string } | null {
  if (h.lines.length === 0 || h.at === 0) return null;
  const at = h.at === null ? h.lines.length - 1 : h.at - 1;
  return { history: { ...h, at, draft: h.at === null ? current : h.draft }, value: h.lines[at]! };
}

/** ↓: the line after the one shown, then the draft; null when not browsing. */
export function newer(h: History): { history: History; value: string } | null {
  if (h.at === null) return null;
  if (h.at >= h.lines.length - 1) return { history: { ...h, at: null, draft: '' }, value: h.draft };
  return { history: { ...h, at: h.at + 1 }, value: h.lines[h.at + 1]! };
}

/** Adds a submitted line (not a blank one, nor the same line twice in a row) and stops browsing. */
export function remember(h: History, line: string): History {
  const text = line.trim();
  const keep = text !== '' && h.lines.at(-1) !== text;
  return { lines: keep ? [...h.lines, text].slice(-HISTORY_CAP) : h.lines, at: null, draft: '' };
}

/**
 * A value holding line ends came from a paste (ink-text-input puts a pasted
 * `\r` into the text): the complete lines to run in order, and what follows
 * the last line end, which stays at the prompt.
 */
export function splitPaste(value: string): { lines: string[]; rest: string } {
  if (!/[\r\n]/.test(value)) return { lines: [], rest: value };
  const parts = value.split(/\r\n|\r|\n/);
  const rest = parts.pop() ?? '';
  return { lines: parts.filter((l) => l.trim() !== ''), rest };
}
