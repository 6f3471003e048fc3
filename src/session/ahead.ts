/**
 * A learner who went ahead: the rule that notices when the current step can
 * no longer happen as written, and says which later step is already done.
 * Pure.
 *
 * The rule looks only at steps whose reference commands change nothing (they
 * look, or are meant to fail): such a step's state checks are what it needs
 * before it begins, and its own commands cannot bring them about. On the
 * reference path they always hold (`netns-tutor test` shows they hold after
 * commands that change nothing), so the rule never speaks there. When one of
 * them fails, the learner changed the lab away from what the step needs:
 * usually by doing a later step early (lo brought up before the step that
 * watches ping fail because lo is down).
 */
import { contradicts, stateView } from '../check/facts.ts';
import { judgeState } from '../check/evaluate.ts';
import type { Check } from '../check/model.ts';
import type { Lang } from '../i18n/lang.ts';
import type { Snapshot } from '../model/snapshot.ts';
import type { Lesson } from '../lesson/model.ts';
import { stepChanges } from './replay.ts';

export type Ahead = {
  /** The later step (0-based) whose state the lab already has, or null when no single later step explains it. */
  readonly step: number | null;
  /** That step's title, or null. */
  readonly title: string | null;
  /** Why the current step cannot happen: the verdict of the state check that fails, in the learner's language. */
  readonly need: string;
};

/** Whether the learner is ahead of step `index` (or otherwise left the state it needs), and what to say; null when not. */
export function aheadOf(lesson: Lesson, index: number, snapshot: Snapshot, lang: Lang): Ahead | null {
  const step = lesson.steps[index];
  if (!step || stepChanges(lesson, step.commands).length > 0) return null;
  const failing: { view: Check; reason: string }[] = [];
  for (const c of step.checks) {
    const view = stateView(c);
    const v = view && judgeState(view, snapshot, lang);
    if (view && v && !v.ok && !v.undecided) failing.push({ view, reason: v.reason });
  }
  if (failing.length === 0) return null;
  for (let j = index + 1; j < lesson.steps.length; j++) {
    const later = lesson.steps[j]!;
    const views = later.checks.map(stateView).filter((v): v is Check => v !== null);
    if (views.length === 0 || !views.every((v) => judgeState(v, snapshot, lang)?.ok)) continue;
    const hit = failing.find((f) => views.some((v) => contradicts(f.view, v)));
    if (hit) return { step: j, title: later.title, need: hit.reason };
  }
  return { step: null, title: null, need: failing[0]!.reason };
}
