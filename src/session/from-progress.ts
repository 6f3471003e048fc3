/** Where a learner picks up a lesson: the first unfinished step, with the earlier record. Pure. */
import type { Lang } from '../i18n/lang.ts';
import type { Lesson } from '../lesson/model.ts';
import { findLesson, firstUnfinished, type Progress } from '../progress/model.ts';
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
  // A lesson whose steps changed since the record was written starts its record afresh.
  const same = lp !== undefined && lp.steps.length === lesson.steps.length;
  const steps: StepRecord[] | undefined = same
    ? lp!.steps.map((s) => ({ done: s.done, skipped: s.skipped, hints: s.hints, attempts: s.attempts, completedAt: s.completedAt ? Date.parse(s.completedAt) : null }))
    : undefined;
  return {
    lesson,
    lang,
    resumeAt: same ? firstUnfinished(lp, lesson.steps.length) : 0,
    ...(steps ? { steps } : {}),
    priorMs: same && !lp!.completed ? lp!.timeMs : 0,
    next: nextLesson(ordered, lesson),
    now,
  };
}
