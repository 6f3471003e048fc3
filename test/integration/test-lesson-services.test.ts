/**
 * `netns-tutor test` and a lesson's background service that cannot start:
 * the step that needed it fails, saying which service and why, instead of
 * failing later on a refused connection (or passing without it).
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { openLab, type Lab } from '../../src/lab/lab.ts';
import { parseLesson } from '../../src/lesson/parse.ts';
import { testLesson } from '../../src/lesson/test-lesson.ts';
import { labSkipReason } from '../helpers/lab-env.ts';

const skip = await labSkipReason();

const LESSON = `---
id: service-down
title: A service that does not start
lang: en
summary: Its step fails, saying so.
requires: [ip]
services:
  - name: web
    in: c1
    http: 80
---

# A service that does not start

## Make the namespace

\`\`\`sh
ip netns add c1
\`\`\`

\`\`\`check
netns c1 exists
\`\`\`

## Bring lo up in it

\`\`\`sh
ip -n c1 link set lo up
\`\`\`

\`\`\`check
link lo in c1 is up
\`\`\`
`;

test('testLesson: a service that cannot start fails the steps it was due in, with the service and why', { skip }, async () => {
  const { lesson, diagnostics } = parseLesson(LESSON, 'service-down.md');
  assert.ok(lesson, JSON.stringify(diagnostics));
  const real = await openLab();
  // The lab as it is, but its services cannot start (as when a machine cannot run them).
  const lab: Lab = Object.assign(Object.create(real) as Lab, { ensureService: async () => { throw new Error('no room for it'); } });
  try {
    const o = await testLesson(lesson!, lab);
    // Due from the moment c1 exists: after the first step's command, as the tutor starts it after a verdict.
    const why = 'the service web could not start in c1: no room for it; its checks hold, but a service it needs did not start';
    assert.deepEqual(o.steps.map((s) => [s.ok, s.reason]), [[false, why], [false, why]]);
  } finally {
    await real.close();
  }
});
