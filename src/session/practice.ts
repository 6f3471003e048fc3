/**
 * What the lesson format adds to a session, as pure rules the reducer and
 * the `/` commands call: a step's opening (a challenge's terms, a
 * prediction's question), answering the question, a challenge's locked hints
 * and its terse /check, the answer revealed when the step passes, and the
 * recap when the lesson is complete.
 */
import { words } from '../i18n/words.ts';
import type { Predict, Step } from '../lesson/model.ts';
import { lessonRecap } from '../lesson/recap.ts';
import { push, setStep, stepEntry } from './entries.ts';
import type { NewEntry, SessionState, Update } from './model.ts';

/** The entries that open the current step: its heading and text, then a challenge's terms or a prediction's question. */
export function stepOpening(s: SessionState): NewEntry[] {
  const step = s.lesson.steps[s.stepIndex]!;
  const say = words(s.lang).practice;
  const out: NewEntry[] = [stepEntry(s)];
  if (step.challenge) out.push({ kind: 'info', text: say.challengeOpens(step.challenge.hintsAfter) });
  if (step.predict) {
    const answered = s.steps[s.stepIndex]?.prediction?.choice ?? null;
    out.push({ kind: 'predict', question: step.predict.question, choices: step.predict.choices.map((c) => c.text), answered });
  }
  return out;
}

/** The question the learner must answer before running anything in this step, or null. */
export function awaitingAnswer(s: SessionState): Predict | null {
  if (s.status === 'complete') return null;
  const predict = s.lesson.steps[s.stepIndex]?.predict;
  if (!predict || s.steps[s.stepIndex]?.prediction) return null;
  return predict;
}

/** A line typed while the question waits (not a `/` command): the answer when it is a number 1..n, else a reminder. */
export function answerLine(s: SessionState, q: Predict, trimmed: string): Update {
  if (trimmed === '') return { state: s, effects: [] };
  const echo = push(s, { kind: 'command', line: trimmed });
  const n = /^\d{1,3}$/.test(trimmed) ? Number(trimmed) : 0;
  if (n < 1 || n > q.choices.length) return { state: push(echo, { kind: 'info', text: words(s.lang).practice.answerFirst(q.choices.length) }), effects: [] };
  const correct = n === q.answer;
  const answered = setStep(echo, s.stepIndex, { prediction: { choice: n, correct } });
  return { state: push(answered, { kind: 'predicted', choice: n, correct, why: q.choices[n - 1]!.why }), effects: [{ kind: 'save' }] };
}

/** /hint in a challenge step before the learner has run `hints-after` commands in it: what to say instead, or null when hints are open. */
export function lockedHint(s: SessionState, step: Step): string | null {
  if (!step.challenge) return null;
  const ran = s.steps[s.stepIndex]?.attempts ?? 0;
  const more = step.challenge.hintsAfter - ran;
  return more > 0 ? words(s.lang).practice.hintsLocked(more) : null;
}

/** /check in a challenge step: only whether the goal holds now. */
export function challengeVerdict(s: SessionState, passes: boolean): NewEntry {
  const say = words(s.lang).practice;
  return { kind: 'info', text: passes ? say.goalHolds : say.goalNotYet };
}

/** The `passed` entry of the current step: its explanation, and in a predict step the choice the output showed right. */
export function passedEntry(s: SessionState): NewEntry {
  const step = s.lesson.steps[s.stepIndex]!;
  const passed = { kind: 'passed' as const, title: step.title, explain: step.explain };
  if (!step.predict) return passed;
  const prediction = s.steps[s.stepIndex]?.prediction;
  const answer = step.predict.answer;
  return { ...passed, reveal: { answer, text: step.predict.choices[answer - 1]!.text, predicted: prediction ? prediction.correct : null } };
}

/** The recap, before the summary; nothing when the lesson taught no command (or its author's recap is empty). */
export function pushRecap(s: SessionState): SessionState {
  const items = lessonRecap(s.lesson);
  return items.length ? push(s, { kind: 'recap', items }) : s;
}
