/** Where a learner picks up a lesson: the first unfinished step, with the earlier record. Pure. */
import type { Lang } from '../i18n/lang.ts';
import type { Lesson } from '../lesson/model.ts';
import { findLesson, firstUnfinished, type Progress, type StepProgress } from '../progress/model.ts';
import type { StepRecord } from './model.ts';
import type { SessionInit } from './reducer.ts';

/** The lesson after this one in the same language, in file order. */
export function nextLesson(ordered: readonly Lesson[], current: Lesson): { id: string; title: string } | null {
  const i = ordered.findIndex((l) => l.id === current.id);
  const n = i >= 0 ? ordered[i + 1] : undefined;
  return n ? { id: n.id, title: n.title } : null;
}

export function sessionInit(lesson: Lesson, progress: Progress, ordered: readonly Lesson[], lang: Lang, now: number): SessionInit {
  const lp = findLesson(progress, lesson.id, lesson.lang);
  const same = lp !== undefined && lp.steps.length === lesson.steps.length;
  // A lesson whose steps changed since the record was written (a step added or
  // removed) keeps the record of every step whose title is still there.
  const record = lp === undefined || same ? lp : { ...lp, steps: alignByTitle(lp.steps, lesson.steps.map((s) => s.title)) };
  const steps: StepRecord[] | undefined = record?.steps.map((s) => ({
    done: s.done, skipped: s.skipped, hints: s.hints, attempts: s.attempts, completedAt: s.completedAt ? Date.parse(s.completedAt) : null,
    // An answer given in an earlier session is kept: the question is not asked again.
    ...(s.prediction ? { prediction: { ...s.prediction } } : {}),
  }));
  const first = firstUnfinished(record, lesson.steps.length);
  // The learner's own changes in the step they left. That step is the first
  // unfinished one, or an earlier one they went back to: resume there, with them.
  // Their step number means something only while the steps are the same.
  const left = same ? lp!.labChanges : undefined;
  const withChanges = left !== undefined && left.step <= first && left.step < lesson.steps.length;
  const resumeAt = withChanges ? left.step : first;
  const labChanges = withChanges ? left.commands : [];
  return {
    lesson,
    lang,
    resumeAt,
    ...(steps ? { steps } : {}),
    ...(labChanges.length ? { labChanges } : {}),
    priorMs: lp !== undefined && !lp.completed ? lp.timeMs : 0,
    next: nextLesson(ordered, lesson),
    now,
  };
}

/** For each title, the first unused record with that title, or a blank record (not done). Pure. */
export function alignByTitle(records: readonly StepProgress[], titles: readonly string[]): StepProgress[] {
  const used = new Set<number>();
  return titles.map((title) => {
    const i = records.findIndex((r, j) => !used.has(j) && r.title === title);
    if (i < 0) return { title, done: false, skipped: false, hints: 0, attempts: 0, completedAt: null };
    used.add(i);
    return records[i]!;
  });
}
