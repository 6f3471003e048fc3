/**
 * A whole class at once: 30 learners connect to one server over the page's
 * protocol and complete netns-basics together, each in a lab of their own.
 * The teacher's report then has 30 rows of 7/7, and the host is as it was.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { completeLesson, Learner, startServer } from '../helpers/classroom.ts';
import { eventually, hostState, labSkipReason } from '../helpers/lab-env.ts';

const skip = await labSkipReason();
const LEARNERS = 30;

test(`${LEARNERS} learners complete netns-basics at once in the browser protocol`, { skip, timeout: 400_000 }, async (t) => {
  const host = hostState();
  const s = await startServer();
  const started = Date.now();
  try {
    const learners = await Promise.all(Array.from({ length: LEARNERS }, (_, i) => new Learner(s, `learner${String(i).padStart(2, '0')}`).connect()));
    await Promise.all(learners.map(async (l) => {
      await l.waitFor(/Pick a lesson/, 60_000);
      l.keys('\r');
      await l.waitFor(/step 1 of 7/, 60_000);
      await completeLesson(l, 'lessons/en/01-netns-basics.md', 0);
      await l.waitFor(/Lesson complete/, 60_000);
    }));
    t.diagnostic(`${LEARNERS} learners completed netns-basics in ${((Date.now() - started) / 1000).toFixed(1)} s`);
    const rows = (await (await fetch(`${s.base}/teacher/report.json?token=${s.token}`)).json()) as { learner: string; stepsDone: number; steps: number; completed: boolean }[];
    assert.equal(rows.length, LEARNERS);
    assert.ok(rows.every((r) => r.stepsDone === 7 && r.steps === 7 && r.completed), JSON.stringify(rows.filter((r) => !r.completed)));
    for (const l of learners) {
      // Everyone used the same names; nobody's lab refused one for being taken.
      assert.doesNotMatch(l.text(), /^(Cannot create namespace file|RTNETLINK answers: File exists)|^The lab failed/m, l.name);
    }
    await Promise.all(learners.map((l) => l.close()));
  } finally {
    const e = await s.stop();
    assert.equal(e.code, 0);
  }
  assert.ok(await eventually(() => JSON.stringify(hostState()) === JSON.stringify(host), 10_000), 'the host is as it was');
});
