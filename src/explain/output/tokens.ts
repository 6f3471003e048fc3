/** Splitting an output line into words that remember their columns. */
import type { Annotation } from './types.ts';

/** A word of a line and where it sits. */
export type Token = {
  readonly text: string;
  readonly start: number;
  readonly end: number;
};

/** The space-separated words of a line with their columns (`\` separates too: `ip -o` puts it where a line ended). */
export function tokenize(line: string): Token[] {
  const out: Token[] = [];
  const re = /[^\s\\]+/g;
  for (let m = re.exec(line); m !== null; m = re.exec(line)) {
    out.push({ text: m[0], start: m.index, end: m.index + m[0].length });
  }
  return out;
}

/** Collects annotations for one line. */
export class LineNotes {
  readonly list: Annotation[] = [];
  constructor(readonly line: number) {}
  /** Notes a span; empty or reversed spans are ignored. */
  add(start: number, end: number, note: string): void {
    if (end > start && start >= 0) this.list.push({ line: this.line, start, end, note });
  }
  /** Notes one token, or a run of tokens from `a` to `b`. */
  span(a: Token, b: Token | undefined, note: string): void {
    this.add(a.start, (b ?? a).end, note);
  }
}

/** Annotations in reading order: by line, then start; a longer span before the spans inside it. */
export function sortAnnotations(list: readonly Annotation[]): Annotation[] {
  return [...list].sort((x, y) => x.line - y.line || x.start - y.start || y.end - x.end);
}
