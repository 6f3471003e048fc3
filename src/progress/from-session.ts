/** A session's state as a lesson record of the progress file. Pure. */
import type { SessionState } from '../session/model.ts';
import type { LessonProgress } from './model.ts';

export function lessonProgressOf(s: SessionState, now: number, startedAt: string): LessonProgress {
  const completed = s.status === 'complete' || s.steps.every((r) => r.done || r.skipped);
  return {
    id: s.lesson.id,
    lang: s.lesson.lang,
    title: s.lesson.title,
    completed,
    startedAt,
    completedAt: completed ? new Date(now).toISOString() : null,
    timeMs: s.priorMs + (now - s.startedAt),
    steps: s.lesson.steps.map((step, i) => {
      const r = s.steps[i]!;
      const practice = { ...(step.challenge ? { challenge: true as const } : {}), ...(r.prediction ? { prediction: { ...r.prediction } } : {}) };
      return { title: step.title, done: r.done, skipped: r.skipped, hints: r.hints, attempts: r.attempts, completedAt: r.completedAt === null ? null : new Date(r.completedAt).toISOString(), ...practice };
    }),
    // What the learner changed in the step left unfinished, to rebuild the lab on resume.
    ...(!completed && s.stepIndex < s.lesson.steps.length && s.labChanges.length ? { labChanges: { step: s.stepIndex, commands: [...s.labChanges] } } : {}),
  };
}
