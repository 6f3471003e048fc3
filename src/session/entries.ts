/** Appending to the transcript. Pure. */
import type { NewEntry, SessionState } from './model.ts';

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
