/** What the progress file holds, and the pure operations on it. */
import type { Lang } from '../i18n/lang.ts';

export type StepProgress = {
  readonly title: string;
  readonly done: boolean;
  readonly skipped: boolean;
  readonly hints: number;
  readonly attempts: number;
  /** ISO time the step passed, or null. */
  readonly completedAt: string | null;
};

export type LessonProgress = {
  readonly id: string;
  readonly lang: Lang;
  readonly title: string;
  readonly completed: boolean;
  readonly startedAt: string;
  readonly completedAt: string | null;
  /** Time spent in the lesson, over all sessions. */
  readonly timeMs: number;
  readonly steps: readonly StepProgress[];
};

export type Progress = {
  readonly version: 1;
  /** The learner, as the report shows them. */
  readonly user: string;
  /** The lesson to resume with no arguments. */
  readonly last: { readonly id: string; readonly lang: Lang } | null;
  readonly lessons: readonly LessonProgress[];
};

export const emptyProgress = (user: string): Progress => ({ version: 1, user, last: null, lessons: [] });

export function findLesson(p: Progress, id: string, lang: Lang): LessonProgress | undefined {
  return p.lessons.find((l) => l.id === id && l.lang === lang);
}

/** Replaces (or adds) one lesson's record and makes it the one to resume. */
export function withLesson(p: Progress, lp: LessonProgress): Progress {
  const others = p.lessons.filter((l) => !(l.id === lp.id && l.lang === lp.lang));
  return { ...p, last: { id: lp.id, lang: lp.lang }, lessons: [...others, lp] };
}

/** The first step not yet done (the steps count when the lesson file changed is respected). */
export function firstUnfinished(lp: LessonProgress | undefined, stepCount: number): number {
  if (!lp) return 0;
  const i = lp.steps.findIndex((s) => !s.done && !s.skipped);
  if (i >= 0) return Math.min(i, stepCount);
  return lp.completed ? 0 : Math.min(lp.steps.length, stepCount);
}

/** Forgets one lesson (all its languages), or everything. */
export function resetProgress(p: Progress, id: string | null): Progress {
  if (id === null) return { ...p, last: null, lessons: [] };
  return { ...p, last: p.last?.id === id ? null : p.last, lessons: p.lessons.filter((l) => l.id !== id) };
}

/** Reads a parsed JSON value as Progress, or null when it is not one. */
export function asProgress(v: unknown, user: string): Progress | null {
  if (!v || typeof v !== 'object') return null;
  const o = v as Record<string, unknown>;
  if (o.version !== 1 || !Array.isArray(o.lessons)) return null;
  const lessons = o.lessons.filter((l): l is LessonProgress => !!l && typeof l === 'object' && typeof (l as LessonProgress).id === 'string' && Array.isArray((l as LessonProgress).steps));
  const last = o.last && typeof o.last === 'object' && typeof (o.last as { id?: unknown }).id === 'string' ? (o.last as Progress['last']) : null;
  return { version: 1, user: typeof o.user === 'string' ? o.user : user, last, lessons };
}
