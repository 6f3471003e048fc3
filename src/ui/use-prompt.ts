/**
 * The prompt's behaviour: Enter submits, a pasted line or block runs line by
 * line, ↑/↓ browse the persisted history, Tab completes, Ctrl-C goes to the
 * session (it stops a running command, or asks twice before leaving).
 *
 * One key handler owns the line, kept in a ref: keys read in one go (text
 * then Enter, as tmux and fast links deliver them) reach the handler before
 * React re-renders, and must each see the line the previous key left.
 */
import { useStdin } from 'ink';
import { useCallback, useRef, useState } from 'react';
import { complete } from '../session/complete.ts';
import type { Action, SessionState } from '../session/model.ts';
import { EMPTY_LINE, editLine, lineOf, type Line } from './line-edit.ts';
import { useKeys } from './use-keys.ts';
import { newer, newHistory, older, remember, splitPaste, type History } from './prompt-model.ts';

/** Where submitted lines are kept between sessions. */
export type HistoryStore = {
  load(): readonly string[];
  save(lines: readonly string[]): void;
};

export type PromptOptions = {
  readonly state: SessionState;
  readonly dispatch: (a: Action) => void;
  readonly history: HistoryStore;
  /** Whether this prompt takes the keyboard. @default true */
  readonly active?: boolean;
};

export type PromptModel = {
  readonly line: Line;
  /** Words that fit after a Tab with more than one choice. */
  readonly candidates: readonly string[];
  /** Whether the prompt reads the keyboard (raw mode is available and the prompt is active). */
  readonly focus: boolean;
};

export function usePrompt({ state, dispatch, history: store, active = true }: PromptOptions): PromptModel {
  const { isRawModeSupported } = useStdin();
  const focus = isRawModeSupported && active;
  const [line, setLine] = useState<Line>(EMPTY_LINE);
  const [candidates, setCandidates] = useState<readonly string[]>([]);
  const current = useRef<Line>(EMPTY_LINE);
  const history = useRef<History | null>(null);
  history.current ??= newHistory(store.load());
  const stateRef = useRef(state);
  stateRef.current = state;

  const set = useCallback((l: Line) => { current.current = l; setLine(l); }, []);

  /** `typed`: entered with Enter (or one line ending in a line end, as fast typing arrives), not a line out of a pasted block. */
  const submit = useCallback((text: string, typed: boolean) => {
    const before = history.current!;
    const after = remember(before, text);
    history.current = after;
    if (after.lines !== before.lines) {
      try { store.save(after.lines); } catch { /* history is a convenience: never stop a command for it */ }
    }
    dispatch({ type: 'submit', line: text, typed });
  }, [dispatch, store]);

  useKeys((input, key) => {
    const l = current.current;
    if (key.ctrl && input === 'c') {
      setCandidates([]);
      set(EMPTY_LINE);
      dispatch({ type: 'ctrl-c' });
    } else if (key.return) {
      setCandidates([]);
      set(EMPTY_LINE);
      submit(l.text, true);
    } else if (key.upArrow) {
      const r = older(history.current!, l.text);
      if (r) { history.current = r.history; set(lineOf(r.value)); }
    } else if (key.downArrow) {
      const r = newer(history.current!);
      if (r) { history.current = r.history; set(lineOf(r.value)); }
    } else if (key.tab) {
      const s = stateRef.current;
      const r = complete(l.text, { snapshot: s.snapshot, extraTools: s.extraTools });
      if (r.line !== l.text) set(lineOf(r.line));
      setCandidates(r.candidates);
    } else {
      const next = editLine(l, input, key);
      if (!next || next === l) return;
      setCandidates([]);
      // A paste holding line ends: each complete line runs, what follows stays.
      const { lines, rest } = splitPaste(next.text);
      if (lines.length === 0 && rest === next.text) { set(next); return; }
      set(lineOf(rest));
      const typed = lines.length === 1 && rest === '';
      for (const text of lines) submit(text, typed);
    }
  }, focus);

  return { line, candidates, focus };
}
