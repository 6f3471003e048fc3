/**
 * A reference command that never ends (ping without -c) is a failure of
 * `netns-tutor test` with that reason, not a pass after a silent wait.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { openLab } from '../../src/lab/lab.ts';
import { parseLesson } from '../../src/lesson/parse.ts';
import { REFERENCE_TIMEOUT_MS, testLesson } from '../../src/lesson/test-lesson.ts';
import { labSkipReason } from '../helpers/lab-env.ts';
import { ensureBuilt, runTutor } from '../helpers/tutor.ts';

const skip = await labSkipReason();
const FILE = 'test/fixtures/lessons-endless/01-endless.md';

test('testLesson: a reference command past its limit fails the step, saying why', { skip }, async () => {
  const { lesson } = parseLesson(readFileSync(join(import.meta.dirname, '..', '..', FILE), 'utf8'), FILE);
  const lab = await openLab();
  try {
    const o = await testLesson(lesson!, lab, { timeoutMs: 3000 });
    assert.deepEqual(o.steps.map((s) => s.ok), [true, false]);
    assert.equal(o.steps[1]!.reason, '`ip netns exec ns0 ping 127.0.0.1` (line 26) did not end within 3 s: a command that runs until stopped, like ping without -c, cannot be a reference command');
  } finally {
    await lab.close();
  }
});

test('netns-tutor test: not ok for a ping without -c, with the reason; the wait is reported on stderr', { skip }, async () => {
  ensureBuilt();
  const r = await runTutor(['test', FILE], { timeoutMs: REFERENCE_TIMEOUT_MS + 60_000 });
  assert.equal(r.code, 1, r.out + r.err);
  assert.match(r.out, /^ok 1 - endless-ref\/en: Make a namespace$/m);
  assert.match(r.out, /^not ok 2 - endless-ref\/en: Ping without a count — `ip netns exec ns0 ping 127\.0\.0\.1` \(line 26\) did not end within 20 s: a command that runs until stopped, like ping without -c, cannot be a reference command$/m);
  assert.equal(r.out.trim().split('\n').at(-1), '1 passed, 1 failed');
  assert.match(r.err, /… `ip netns exec ns0 ping 127\.0\.0\.1` \(line 26\) is still running after 5 s; it is stopped at 20 s/);
});
