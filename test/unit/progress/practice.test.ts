/**
 * The lesson format's fields in the progress file and the class report:
 * `challenge: true` and `prediction: {choice, correct}` on step records read
 * back (or left out when of the wrong shape), and counted per lesson: JSON
 * rows gain four fields, CSV four columns at the end.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { emptyProgress, practiceCounts, readProgress, withLesson, type LessonProgress, type StepProgress } from '../../../src/progress/model.ts';
import { buildReport, reportCsv } from '../../../src/progress/report.ts';

const plain: StepProgress = { title: 'p', done: true, skipped: false, hints: 0, attempts: 1, completedAt: null };
const STEPS: StepProgress[] = [
  { ...plain, title: 'challenge, no hint', challenge: true },
  { ...plain, title: 'challenge, with a hint', challenge: true, hints: 2 },
  { ...plain, title: 'challenge, skipped', challenge: true, done: false, skipped: true },
  { ...plain, title: 'challenge, not yet', challenge: true, done: false },
  { ...plain, title: 'predicted right', prediction: { choice: 2, correct: true } },
  { ...plain, title: 'predicted wrong', prediction: { choice: 1, correct: false } },
  plain,
];
const lesson = (steps: StepProgress[]): LessonProgress => ({ id: 'format-demo', lang: 'en', title: 'F', completed: false, startedAt: '2026-01-01T00:00:00.000Z', completedAt: null, timeMs: 1000, steps });

test('practiceCounts: challenges solved (done, not skipped), those without a hint, predictions made and right', () => {
  assert.deepEqual(practiceCounts(STEPS), { challenges: 2, challengesNoHints: 1, predictions: 2, predictionsRight: 1 });
  assert.deepEqual(practiceCounts([plain]), { challenges: 0, challengesNoHints: 0, predictions: 0, predictionsRight: 0 });
});

test('the fields read back as written; steps without them have none', () => {
  const text = JSON.stringify(withLesson(emptyProgress('ann'), lesson(STEPS)));
  const { progress, dropped } = readProgress(JSON.parse(text), 'ann');
  assert.deepEqual(dropped, []);
  assert.deepEqual(progress!.lessons[0]!.steps, STEPS);
  assert.ok(!('challenge' in progress!.lessons[0]!.steps[6]!) && !('prediction' in progress!.lessons[0]!.steps[6]!));
});

test('fields of the wrong shape are left out and named; the rest of the step is kept', () => {
  const bad = [{ ...plain, challenge: 'yes' }, { ...plain, prediction: { choice: 0, correct: true } }, { ...plain, prediction: { choice: 2 } }, { ...plain, challenge: false }];
  const { progress, dropped } = readProgress({ version: 1, user: 'u', last: null, lessons: [{ ...lesson([]), steps: bad }] }, 'u');
  assert.deepEqual(dropped, ['lessons[0].steps[0].challenge', 'lessons[0].steps[1].prediction', 'lessons[0].steps[2].prediction', 'lessons[0].steps[3].challenge']);
  assert.deepEqual(progress!.lessons[0]!.steps, [plain, plain, plain, plain]);
});

test('report rows count them; CSV has their columns at the end', () => {
  const text = JSON.stringify(withLesson(emptyProgress('ann'), lesson(STEPS)));
  const { rows } = buildReport([{ file: 'd/ann.json', text }]);
  assert.deepEqual(rows, [{
    learner: 'ann', lesson: 'format-demo', lang: 'en', stepsDone: 5, steps: 7, completed: false, timeMs: 1000, hints: 2, attempts: 7,
    challenges: 2, challengesNoHints: 1, predictions: 2, predictionsRight: 1,
  }]);
  const csv = reportCsv(rows).split('\n');
  assert.equal(csv[0], 'learner,lesson,lang,steps_done,steps,completed,time_s,hints,attempts,challenges,challenges_no_hints,predictions,predictions_right');
  assert.equal(csv[1], 'ann,format-demo,en,5,7,false,1,2,7,2,1,2,1');
});

test('a report of files without the fields counts zero of each', () => {
  const text = JSON.stringify(withLesson(emptyProgress('bob'), lesson([plain])));
  const [row] = buildReport([{ file: 'd/bob.json', text }]).rows;
  assert.deepEqual([row!.challenges, row!.challengesNoHints, row!.predictions, row!.predictionsRight], [0, 0, 0, 0]);
});
