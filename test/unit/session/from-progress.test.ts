/**
 * Where a learner picks up a lesson: the record lines up with the lesson's
 * steps by title when the lesson gained or lost a step, so an update of a
 * lesson never throws away the steps already done.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { LessonProgress, StepProgress } from '../../../src/progress/model.ts';
import { emptyProgress, withLesson } from '../../../src/progress/model.ts';
import { alignByTitle, sessionInit } from '../../../src/session/from-progress.ts';
import { tinyLesson } from './fixtures.ts';

const step = (title: string, done: boolean): StepProgress => ({ title, done, skipped: false, hints: 1, attempts: 2, completedAt: done ? '2026-12-01T10:00:00.000Z' : null });

test('alignByTitle: each title takes the first unused record with that title, else a blank one', () => {
  const records = [step('A', true), step('B', true), step('C', false)];
  const blank = (title: string): StepProgress => ({ title, done: false, skipped: false, hints: 0, attempts: 0, completedAt: null });
  assert.deepEqual(alignByTitle(records, ['A', 'New', 'B', 'C']), [records[0], blank('New'), records[1], records[2]]);
  assert.deepEqual(alignByTitle(records, ['B', 'C']), [records[1], records[2]]);
  assert.deepEqual(alignByTitle([step('A', true), step('A', false)], ['A', 'A', 'A']).map((r) => r.done), [true, false, false]);
  assert.deepEqual(alignByTitle([step('A', true), step('A', false)], ['A', 'A', 'A'])[2], blank('A'));
});

test('sessionInit: a lesson that gained a step keeps the steps done and resumes at the first open one', () => {
  const lesson = tinyLesson();
  const titles = lesson.steps.map((s) => s.title);
  assert.ok(titles.length >= 2, 'the tiny lesson has at least two steps');
  // The record was written when the lesson lacked its last step, and every step then was done.
  const lp: LessonProgress = {
    id: lesson.id, lang: 'en', title: lesson.title, completed: false,
    startedAt: '2026-12-01T09:00:00.000Z', completedAt: null, timeMs: 60_000,
    steps: titles.slice(0, -1).map((t) => step(t, true)),
  };
  const init = sessionInit(lesson, withLesson(emptyProgress('me'), lp), [lesson], 'en', 1);
  assert.equal(init.resumeAt, titles.length - 1, 'resumes at the new step');
  assert.deepEqual(init.steps?.map((s) => s.done), [...titles.slice(0, -1).map(() => true), false]);
  assert.equal(init.priorMs, 60_000, 'the time spent is kept');
});

test('sessionInit: with the same steps the record is read position by position, as before', () => {
  const lesson = tinyLesson();
  const lp: LessonProgress = {
    id: lesson.id, lang: 'en', title: lesson.title, completed: false,
    startedAt: '2026-12-01T09:00:00.000Z', completedAt: null, timeMs: 0,
    // Titles edited since (a typo fixed): same count, so position decides.
    steps: lesson.steps.map((_, i) => step(`old title ${i}`, i === 0)),
  };
  const init = sessionInit(lesson, withLesson(emptyProgress('me'), lp), [lesson], 'en', 1);
  assert.equal(init.resumeAt, 1);
  assert.equal(init.steps?.[0]?.done, true);
});
