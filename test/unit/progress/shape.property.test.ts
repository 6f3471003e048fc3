/**
 * Progress files of the wrong shape: valid JSON that is not what the tutor
 * wrote (a `null` step, a lesson without `title` or `timeMs`, numbers as
 * strings). Reading never throws, keeps every record that is sound exactly
 * as it was, and returns data the rest of the tutor can use without a
 * `NaN` or a crash; the class report reads the same way.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { formatDuration } from '../../../src/i18n/messages.ts';
import { emptyProgress, firstUnfinished, readProgress, withLesson, type LessonProgress, type Progress } from '../../../src/progress/model.ts';
import { buildReport, reportCsv } from '../../../src/progress/report.ts';

const RUNS = Number(process.env.PROPERTY_RUNS ?? 500);

const iso = fc.integer({ min: 0, max: 4_000_000_000_000 }).map((t) => new Date(t).toISOString());
const stepArb = fc.record({
  title: fc.string({ maxLength: 12 }),
  done: fc.boolean(),
  skipped: fc.boolean(),
  hints: fc.nat({ max: 9 }),
  attempts: fc.nat({ max: 99 }),
  completedAt: fc.option(iso, { nil: null }),
});
const lessonArb = fc.record({
  id: fc.stringMatching(/^[a-z][a-z0-9-]{0,10}$/),
  lang: fc.constantFrom('en' as const, 'zh' as const),
  title: fc.string({ maxLength: 20 }),
  completed: fc.boolean(),
  startedAt: iso,
  completedAt: fc.option(iso, { nil: null }),
  timeMs: fc.nat({ max: 10_000_000 }),
  steps: fc.array(stepArb, { maxLength: 6 }),
}, { requiredKeys: ['id', 'lang', 'title', 'completed', 'startedAt', 'completedAt', 'timeMs', 'steps'] }).chain((l) => fc.option(
  fc.record({ step: fc.nat({ max: 12 }), commands: fc.array(fc.string({ minLength: 1, maxLength: 30 }), { minLength: 1, maxLength: 3 }) }),
  { nil: undefined },
).map((labChanges): LessonProgress => (labChanges ? { ...l, labChanges } : l)));
const progressArb = fc.record({
  user: fc.string({ maxLength: 10 }),
  lessons: fc.array(lessonArb, { maxLength: 5 }),
}).map(({ user, lessons }): Progress => JSON.parse(JSON.stringify(lessons.reduce(withLesson, emptyProgress(user)))) as Progress);

/** A place in a progress file where a mutation puts another value. */
type Place = { lesson: number; step: number | null; key: string | null };
const LESSON_KEYS = ['id', 'lang', 'title', 'completed', 'startedAt', 'completedAt', 'timeMs', 'steps', 'labChanges'];
const STEP_KEYS = ['title', 'done', 'skipped', 'hints', 'attempts', 'completedAt'];
const placeArb: fc.Arbitrary<Place> = fc.record({
  lesson: fc.nat({ max: 5 }),
  step: fc.option(fc.nat({ max: 6 }), { nil: null }),
  key: fc.option(fc.constantFrom(...LESSON_KEYS, ...STEP_KEYS), { nil: null }),
});
const strange = fc.oneof(
  fc.constantFrom(null, '', 'NaN', '12', -1, 1.5, Number.MAX_SAFE_INTEGER + 2, true, false, [], {}, [null], { id: 'x' }, '2026-13-45', 'not a date'),
  fc.jsonValue({ maxDepth: 2 }),
);

/**
 * Puts `value` at `place` (or deletes what is there, when `remove`) in a file
 * whose lessons came from `origin[i]` of the valid file (-1: not from it).
 * Returns the original index of the lesson touched, or null when the place hit nothing.
 */
function mutate(lessons: unknown[], origin: number[], place: Place, value: unknown, remove: boolean): number | null {
  const l = lessons[place.lesson];
  const from = origin[place.lesson];
  if (from === undefined || typeof l !== 'object' || l === null || Array.isArray(l)) return null;
  const rec = l as Record<string, unknown>;
  if (place.step !== null) {
    const steps = rec.steps;
    if (!Array.isArray(steps) || place.step >= steps.length) return null;
    if (place.key === null || !STEP_KEYS.includes(place.key)) {
      if (remove) steps.splice(place.step, 1); else steps[place.step] = value;
    } else {
      const st = steps[place.step];
      if (typeof st !== 'object' || st === null || Array.isArray(st)) return null;
      if (remove) delete (st as Record<string, unknown>)[place.key]; else (st as Record<string, unknown>)[place.key] = value;
    }
    return from;
  }
  if (place.key === null) {
    if (remove) { lessons.splice(place.lesson, 1); origin.splice(place.lesson, 1); } else { lessons[place.lesson] = value; origin[place.lesson] = -1; }
    return from;
  }
  if (remove) delete rec[place.key]; else rec[place.key] = value;
  return from;
}

/** Everything a reader of the progress may compute, checked for sense. */
function assertUsable(p: Progress): void {
  assert.equal(p.version, 1);
  assert.equal(typeof p.user, 'string');
  for (const l of p.lessons) {
    assert.equal(typeof l.id, 'string');
    assert.ok(l.lang === 'en' || l.lang === 'zh');
    assert.equal(typeof l.title, 'string');
    assert.ok(Number.isFinite(l.timeMs) && l.timeMs >= 0, `timeMs ${l.timeMs}`);
    assert.doesNotMatch(formatDuration(l.timeMs, 'en'), /NaN/);
    for (const s of l.steps) {
      assert.equal(typeof s.done, 'boolean');
      assert.ok(Number.isSafeInteger(s.hints) && s.hints >= 0);
      assert.ok(Number.isSafeInteger(s.attempts) && s.attempts >= 0);
      if (s.completedAt !== null) assert.ok(!Number.isNaN(Date.parse(s.completedAt)));
    }
    const at = firstUnfinished(l, l.steps.length);
    assert.ok(at >= 0 && at <= l.steps.length);
  }
  // What is read is read again unchanged and with nothing left out.
  assert.deepEqual(readProgress(JSON.parse(JSON.stringify(p)), 'other'), { progress: p, dropped: [] });
}

test('any JSON value: reading never throws; what comes back is usable', () => {
  fc.assert(fc.property(fc.jsonValue({ maxDepth: 5 }), (v) => {
    const r = readProgress(v, 'u');
    if (r.progress) assertUsable(r.progress);
    else assert.deepEqual(r.dropped, []);
    const { rows } = buildReport([{ file: 'd/x.json', text: JSON.stringify(v) }]);
    assert.doesNotMatch(reportCsv(rows), /NaN|undefined/);
  }), { numRuns: RUNS });
});

test('JSON shaped like a progress file at every level: reading never throws; what comes back is usable', () => {
  const loose = fc.letrec((tie) => ({
    value: fc.oneof({ maxDepth: 4 }, strange, tie('lesson'), fc.array(tie('value'), { maxLength: 3 })),
    step: fc.oneof(strange, fc.dictionary(fc.constantFrom(...STEP_KEYS), tie('value'), { maxKeys: 6 })),
    lesson: fc.oneof(strange, fc.dictionary(fc.constantFrom(...LESSON_KEYS), fc.oneof(tie('value'), fc.array(tie('step'), { maxLength: 4 })), { maxKeys: 9 })),
  }));
  const file = fc.record({ version: fc.constant(1), user: strange, last: strange, lessons: fc.array(loose.lesson, { maxLength: 4 }) });
  fc.assert(fc.property(file, (v) => {
    const r = readProgress(v, 'u');
    assert.ok(r.progress);
    assertUsable(r.progress);
  }), { numRuns: RUNS });
});

test('a valid file with records changed or removed: every record left untouched is kept exactly as it was', () => {
  fc.assert(fc.property(progressArb, fc.array(fc.tuple(placeArb, strange, fc.boolean()), { minLength: 1, maxLength: 4 }), (p, edits) => {
    const file = JSON.parse(JSON.stringify(p)) as { lessons: unknown[] };
    const origin = file.lessons.map((_, i) => i);
    const touched = new Set<number>();
    for (const [place, value, remove] of edits) {
      const hit = mutate(file.lessons, origin, place, structuredClone(value), remove);
      if (hit !== null) touched.add(hit);
    }
    const r = readProgress(JSON.parse(JSON.stringify(file)), 'u');
    assert.ok(r.progress);
    assertUsable(r.progress);
    for (const i of origin) {
      if (i < 0 || touched.has(i)) continue;
      assert.ok(r.progress.lessons.some((l) => JSON.stringify(l) === JSON.stringify(p.lessons[i])), `untouched lesson ${i} kept`);
    }
    assert.equal(r.progress.user, p.user);
    assert.deepEqual(r.progress.last, p.last);
  }), { numRuns: RUNS });
});

test('a valid file reads back unchanged, with nothing left out', () => {
  fc.assert(fc.property(progressArb, (p) => {
    assert.deepEqual(readProgress(JSON.parse(JSON.stringify(p)), 'u'), { progress: p, dropped: [] });
  }), { numRuns: RUNS });
});

test('named cases: a null step, a lesson without title or timeMs, a lesson without an id', () => {
  const file = {
    version: 1, user: 'ann', last: { id: 'netns-basics', lang: 'en' },
    lessons: [
      { id: 'netns-basics', lang: 'en', title: 'Basics', completed: false, startedAt: '2026-01-01T00:00:00.000Z', completedAt: null, timeMs: 5000,
        steps: [{ title: 'a', done: true, skipped: false, hints: 1, attempts: 2, completedAt: '2026-01-01T00:01:00.000Z' }, null] },
      { id: 'veth-pair', lang: 'en', completed: false, startedAt: '2026-01-01T00:00:00.000Z', completedAt: null, steps: [] },
      { lang: 'en', steps: [] },
      { id: 'bridge', lang: 'en', title: 'B', completed: false, startedAt: 'x', completedAt: null, timeMs: '12', steps: [{ title: 's', done: 'yes', skipped: false, hints: -1, attempts: 1.5, completedAt: 'soon' }] },
    ],
  };
  const r = readProgress(file, 'u');
  assert.deepEqual(r.dropped, [
    'lessons[0].steps[1]', 'lessons[1].title', 'lessons[1].timeMs', 'lessons[2]',
    'lessons[3].steps[0].done', 'lessons[3].steps[0].hints', 'lessons[3].steps[0].attempts', 'lessons[3].steps[0].completedAt', 'lessons[3].timeMs',
  ]);
  const [basics, veth, bridge] = r.progress!.lessons;
  assert.deepEqual(basics!.steps[0], file.lessons[0]!.steps![0]);
  assert.deepEqual(basics!.steps[1], { title: '', done: false, skipped: false, hints: 0, attempts: 0, completedAt: null });
  assert.equal(firstUnfinished(basics, 2), 1, 'the blank step keeps the steps in line: resume at step 2');
  assert.equal(veth!.title, 'veth-pair');
  assert.equal(veth!.timeMs, 0);
  assert.equal(bridge!.startedAt, 'x');
  assert.deepEqual(bridge!.steps[0], { title: 's', done: false, skipped: false, hints: 0, attempts: 0, completedAt: null });
  assertUsable(r.progress!);
});

test('report: a partly unreadable file keeps its sound rows and gets a note', () => {
  const text = JSON.stringify({ version: 1, user: 'bob', last: null, lessons: [
    { id: 'netns-basics', lang: 'en', title: 'B', completed: false, startedAt: '', completedAt: null, steps: [null, { title: 'x', done: true, skipped: false, hints: 2, attempts: 3, completedAt: null }] },
    'junk',
  ] });
  const { rows, notes } = buildReport([{ file: 'd/bob.json', text }]);
  assert.deepEqual(rows.map((r) => [r.learner, r.lesson, r.stepsDone, r.steps, r.timeMs, r.hints, r.attempts]), [['bob', 'netns-basics', 1, 2, 0, 2, 3]]);
  assert.equal(notes.length, 1);
  assert.match(notes[0]!, /^d\/bob\.json: parts could not be read and are left out \(lessons\[0\]\.steps\[0\], lessons\[0\]\.timeMs, lessons\[1\]\)$/);
});
