/** Appending to the transcript, and the record of a step. Pure. */
import type { NewEntry, SessionState, StepRecord } from './model.ts';

/** Appends transcript entries. */
export function push(s: SessionState, ...entries: NewEntry[]): SessionState {
  let id = s.nextId;
  const added = entries.map((e) => ({ ...e, id: id++ }) as SessionState['entries'][number]);
  return { ...s, entries: [...s.entries, ...added], nextId: id };
}

/** The current step's heading entry. */
export function stepEntry(s: SessionState): NewEntry {
  const step = s.lesson.steps[s.stepIndex]!;
  return { kind: 'step', index: s.stepIndex + 1, total: s.lesson.steps.length, title: step.title, markdown: step.body };
}

/** Changes the record of step `i`. */
export function setStep(s: SessionState, i: number, patch: Partial<StepRecord>): SessionState {
  return { ...s, steps: s.steps.map((r, k) => (k === i ? { ...r, ...patch } : r)) };
}
