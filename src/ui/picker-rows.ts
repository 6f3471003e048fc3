/** The lesson picker's rows: each lesson with how far the learner got. Pure. */
import type { Lesson } from '../lesson/model.ts';
import { findLesson, type Progress } from '../progress/model.ts';

export type PickerRow = {
  readonly id: string;
  readonly title: string;
  readonly summary: string;
  /** Steps passed or skipped. */
  readonly done: number;
  readonly total: number;
  readonly completed: boolean;
};

export function pickerRows(lessons: readonly Lesson[], progress: Progress): PickerRow[] {
  return lessons.map((l) => {
    const lp = findLesson(progress, l.id, l.lang);
    // A record written for another version of the lesson (other step count) no longer counts.
    const same = lp !== undefined && lp.steps.length === l.steps.length;
    return {
      id: l.id,
      title: l.title,
      summary: l.summary,
      done: same ? lp.steps.filter((s) => s.done || s.skipped).length : 0,
      total: l.steps.length,
      completed: same && lp.completed,
    };
  });
}

/** Where the cursor starts: on the lesson named, else on the first one not completed. */
export function firstSelected(rows: readonly PickerRow[], current: string | null): number {
  const at = current === null ? -1 : rows.findIndex((r) => r.id === current);
  if (at >= 0) return at;
  const open = rows.findIndex((r) => !r.completed);
  return open >= 0 ? open : 0;
}
