/** What the progress file holds, and the pure operations on it. */
import { LANGS, type Lang } from '../i18n/lang.ts';

export type StepProgress = {
  readonly title: string;
  readonly done: boolean;
  readonly skipped: boolean;
  readonly hints: number;
  readonly attempts: number;
  /** ISO time the step passed, or null. */
  readonly completedAt: string | null;
  /** Present (true) on a challenge step. Absent on other steps, and in files written before it existed. */
  readonly challenge?: true;
  /** On a predict step the learner answered: the choice (1-based) and whether it was right. */
  readonly prediction?: { readonly choice: number; readonly correct: boolean };
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
  /**
   * The learner's own commands that changed the lab in the step they left
   * unfinished (0-based `step`), replayed on resume after the earlier steps'
   * reference commands. Absent in files written before it existed.
   */
  readonly labChanges?: LabChanges;
};

export type LabChanges = { readonly step: number; readonly commands: readonly string[] };

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
  return readProgress(v, user).progress;
}

/**
 * A parsed progress file read field by field: what is sound is kept as it
 * is, a field of the wrong shape gets its neutral value (0, false, null), a
 * step that is not a record becomes a blank step (so the steps still line up
 * with the lesson's), and a lesson record without a usable `id`, `lang` or
 * `steps` list is left out. `dropped` names each place that was not sound,
 * like `lessons[1].steps[0]`. `progress` is null when the value is not a
 * progress file at all (no `version: 1` with a `lessons` list). Pure; never throws.
 */
export function readProgress(v: unknown, user: string): { progress: Progress | null; dropped: string[] } {
  const dropped: string[] = [];
  if (!isRecord(v) || v.version !== 1 || !Array.isArray(v.lessons)) return { progress: null, dropped };
  const lessons: LessonProgress[] = [];
  v.lessons.forEach((l: unknown, i: number) => {
    const lp = readLesson(l, `lessons[${i}]`, dropped);
    if (lp) lessons.push(lp);
  });
  let last: Progress['last'] = null;
  if (isRecord(v.last) && isText(v.last.id) && isLang(v.last.lang)) last = { id: v.last.id, lang: v.last.lang };
  else if (v.last !== null && v.last !== undefined) dropped.push('last');
  if (v.user !== undefined && typeof v.user !== 'string') dropped.push('user');
  return { progress: { version: 1, user: typeof v.user === 'string' ? v.user : user, last, lessons }, dropped };
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isText = (v: unknown): v is string => typeof v === 'string' && v !== '';
const isLang = (v: unknown): v is Lang => (LANGS as readonly unknown[]).includes(v);
const isCount = (v: unknown): v is number => typeof v === 'number' && Number.isSafeInteger(v) && v >= 0;
const isTime = (v: unknown): v is string => typeof v === 'string' && !Number.isNaN(Date.parse(v));

/** Reads one field: the value when `ok`, else `fallback`, noting the place (missing or of the wrong shape). */
function field<T>(o: Record<string, unknown>, key: string, ok: (v: unknown) => v is T, fallback: T, at: string, dropped: string[]): T {
  const v = o[key];
  if (ok(v)) return v;
  dropped.push(`${at}.${key}`);
  return fallback;
}

const isBool = (v: unknown): v is boolean => typeof v === 'boolean';
const isTimeOrNull = (v: unknown): v is string | null => v === null || isTime(v);
const isAnyString = (v: unknown): v is string => typeof v === 'string';
const isDuration = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v) && v >= 0;

function readLesson(l: unknown, at: string, dropped: string[]): LessonProgress | null {
  if (!isRecord(l) || !isText(l.id) || !isLang(l.lang) || !Array.isArray(l.steps)) {
    dropped.push(at);
    return null;
  }
  const steps = l.steps.map((s: unknown, i: number) => readStep(s, `${at}.steps[${i}]`, dropped));
  const derived = steps.length > 0 && steps.every((s) => s.done || s.skipped);
  const lp: LessonProgress = {
    id: l.id,
    lang: l.lang,
    title: field(l, 'title', isAnyString, l.id, at, dropped),
    completed: field(l, 'completed', isBool, derived, at, dropped),
    startedAt: field(l, 'startedAt', isAnyString, '', at, dropped),
    completedAt: field(l, 'completedAt', isTimeOrNull, null, at, dropped),
    timeMs: field(l, 'timeMs', isDuration, 0, at, dropped),
    steps,
  };
  if (l.labChanges === undefined) return lp;
  const c = l.labChanges;
  if (isRecord(c) && isCount(c.step) && Array.isArray(c.commands) && c.commands.every(isText)) {
    return { ...lp, labChanges: { step: c.step, commands: [...(c.commands as string[])] } };
  }
  dropped.push(`${at}.labChanges`);
  return lp;
}

const BLANK_STEP: StepProgress = { title: '', done: false, skipped: false, hints: 0, attempts: 0, completedAt: null };

function readStep(s: unknown, at: string, dropped: string[]): StepProgress {
  if (!isRecord(s)) {
    dropped.push(at);
    return BLANK_STEP;
  }
  const step: StepProgress = {
    title: field(s, 'title', isAnyString, '', at, dropped),
    done: field(s, 'done', isBool, false, at, dropped),
    skipped: field(s, 'skipped', isBool, false, at, dropped),
    hints: field(s, 'hints', isCount, 0, at, dropped),
    attempts: field(s, 'attempts', isCount, 0, at, dropped),
    completedAt: field(s, 'completedAt', isTimeOrNull, null, at, dropped),
  };
  // The lesson format's fields are optional: absent is sound, a wrong shape is left out (and named).
  const p = s.prediction;
  const challengeOk = s.challenge === true;
  const predictionOk = isRecord(p) && isCount(p.choice) && p.choice >= 1 && isBool(p.correct);
  if (s.challenge !== undefined && !challengeOk) dropped.push(`${at}.challenge`);
  if (p !== undefined && !predictionOk) dropped.push(`${at}.prediction`);
  return {
    ...step,
    ...(challengeOk ? { challenge: true as const } : {}),
    ...(predictionOk ? { prediction: { choice: p.choice as number, correct: p.correct as boolean } } : {}),
  };
}

/** What a lesson record counts of the lesson format's practice: challenges solved (and of them without a hint), predictions made (and right). */
export type PracticeCounts = { readonly challenges: number; readonly challengesNoHints: number; readonly predictions: number; readonly predictionsRight: number };

export function practiceCounts(steps: readonly StepProgress[]): PracticeCounts {
  const solved = steps.filter((s) => s?.challenge === true && s.done);
  const predicted = steps.flatMap((s) => (s?.prediction ? [s.prediction] : []));
  return {
    challenges: solved.length,
    challengesNoHints: solved.filter((s) => s.hints === 0).length,
    predictions: predicted.length,
    predictionsRight: predicted.filter((p) => p.correct).length,
  };
}
