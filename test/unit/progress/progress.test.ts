import assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { asProgress, emptyProgress, firstUnfinished, resetProgress, withLesson, type LessonProgress } from '../../../src/progress/model.ts';
import { buildReport, reportCsv } from '../../../src/progress/report.ts';
import { HISTORY_CAP, loadHistory, loadProgress, saveHistory, saveProgress } from '../../../src/progress/store.ts';

const lesson = (id: string, done: boolean[], over: Partial<LessonProgress> = {}): LessonProgress => ({
  id, lang: 'en', title: id, completed: done.every(Boolean), startedAt: '2026-01-01T00:00:00.000Z', completedAt: null, timeMs: 65_000,
  steps: done.map((d, i) => ({ title: `s${i}`, done: d, skipped: false, hints: i, attempts: 2, completedAt: null })), ...over,
});

test('withLesson replaces one record and makes it the one to resume', () => {
  let p = withLesson(emptyProgress('ann'), lesson('a', [true, false]));
  p = withLesson(p, lesson('b', [false]));
  p = withLesson(p, lesson('a', [true, true]));
  assert.deepEqual(p.lessons.map((l) => l.id), ['b', 'a']);
  assert.deepEqual(p.last, { id: 'a', lang: 'en' });
});

test('firstUnfinished: the first step neither done nor skipped; a finished lesson starts over', () => {
  assert.equal(firstUnfinished(undefined, 5), 0);
  assert.equal(firstUnfinished(lesson('a', [true, false, false]), 3), 1);
  assert.equal(firstUnfinished(lesson('a', [true, true]), 2), 0);
});

test('resetProgress forgets one lesson or all', () => {
  const p = withLesson(withLesson(emptyProgress('x'), lesson('a', [true])), lesson('b', [true]));
  assert.deepEqual(resetProgress(p, 'a').lessons.map((l) => l.id), ['b']);
  assert.deepEqual(resetProgress(p, null).lessons, []);
});

test('asProgress rejects what is not a progress file', () => {
  for (const v of [null, 5, 'x', {}, { version: 2, lessons: [] }, { version: 1 }]) assert.equal(asProgress(v, 'u'), null);
  assert.equal(asProgress({ version: 1, lessons: [{ id: 'a', lang: 'en', steps: [] }, { id: 'b', steps: [] }, { junk: true }] }, 'u')!.lessons.length, 1);
});

test('the store writes atomically, reads back, and moves a corrupt file aside', () => {
  const dir = mkdtempSync(join(tmpdir(), 'nt-progress-'));
  const path = join(dir, 'sub', 'progress.json');
  assert.deepEqual(loadProgress(path, 'u').progress.lessons, []);
  const p = withLesson(emptyProgress('u'), lesson('a', [true]));
  saveProgress(path, p);
  assert.deepEqual(loadProgress(path, 'u').progress, p);
  assert.deepEqual(readdirSync(join(dir, 'sub')), ['progress.json'], 'no temp file left');
  writeFileSync(path, '{"version":1,"lessons":[');
  const l = loadProgress(path, 'u');
  assert.deepEqual(l.progress.lessons, []);
  assert.match(l.movedAside!, /progress\.json\.corrupt-/);
  assert.equal(readFileSync(l.movedAside!, 'utf8'), '{"version":1,"lessons":[');
});

test('the store keeps what is sound in a partly unreadable file and moves the original aside', () => {
  const dir = mkdtempSync(join(tmpdir(), 'nt-progress-'));
  const path = join(dir, 'progress.json');
  const good = lesson('a', [true, false]);
  const text = JSON.stringify({ version: 1, user: 'u', last: { id: 'a', lang: 'en' }, lessons: [good, { ...lesson('b', [true]), steps: [null] }, { id: 7 }] });
  writeFileSync(path, text);
  const l = loadProgress(path, 'u');
  assert.deepEqual(l.dropped, ['lessons[1].steps[0]', 'lessons[2]']);
  assert.match(l.movedAside!, /progress\.json\.partial-/);
  assert.equal(readFileSync(l.movedAside!, 'utf8'), text, 'the original is kept for the learner');
  assert.deepEqual(l.progress.lessons.map((x) => x.id), ['a', 'b']);
  assert.deepEqual(l.progress.lessons[0], good);
  const again = loadProgress(path, 'u');
  assert.deepEqual(again, { progress: l.progress, movedAside: null, dropped: [] }, 'what was kept is written back, and reads clean');
});

test('history is capped', () => {
  const path = join(mkdtempSync(join(tmpdir(), 'nt-hist-')), 'history.json');
  saveHistory(path, Array.from({ length: HISTORY_CAP + 20 }, (_, i) => `cmd ${i}`));
  const h = loadHistory(path);
  assert.equal(h.length, HISTORY_CAP);
  assert.equal(h.at(-1), `cmd ${HISTORY_CAP + 19}`);
  assert.deepEqual(loadHistory(join(tmpdir(), 'nope-none.json')), []);
});

test('report: one row per learner and lesson; missing, partial and corrupt files get a note', () => {
  const ann = JSON.stringify(withLesson(emptyProgress('ann'), lesson('netns-basics', [true, true, false])));
  const bob = JSON.stringify(withLesson(emptyProgress('bob'), lesson('netns-basics', [true, true])));
  const { rows, notes } = buildReport([
    { file: 'd/bob.json', text: bob }, { file: 'd/ann.json', text: ann },
    { file: 'd/cat.json', text: '{"version":1,"lessons":[{"id":' }, { file: 'd/dan.json', text: null },
    { file: 'd/eve.json', text: JSON.stringify(emptyProgress('eve')) },
  ]);
  assert.deepEqual(rows.map((r) => [r.learner, r.lesson, r.stepsDone, r.steps, r.completed, r.hints, r.attempts]), [
    ['ann', 'netns-basics', 2, 3, false, 3, 6], ['bob', 'netns-basics', 2, 2, true, 1, 4],
  ]);
  assert.equal(notes.length, 3);
  assert.match(notes.join('\n'), /cat\.json: not a progress file/);
  assert.match(notes.join('\n'), /dan\.json: could not be read/);
  assert.match(notes.join('\n'), /eve\.json: no lesson started yet/);
  const csv = reportCsv(rows).split('\n');
  assert.equal(csv[0], 'learner,lesson,lang,steps_done,steps,completed,time_s,hints,attempts,challenges,challenges_no_hints,predictions,predictions_right');
  assert.equal(csv[1], 'ann,netns-basics,en,2,3,false,65,3,6,0,0,0,0');
});
