/** A step's own setup block: parsed and linted as commands, run when the step begins, replayed on reset and resume. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseLesson } from '../../../src/lesson/parse.ts';
import type { Lesson } from '../../../src/lesson/model.ts';
import { initialState, update } from '../../../src/session/reducer.ts';
import { replayCommands } from '../../../src/session/replay.ts';
import type { Action, SessionState } from '../../../src/session/model.ts';
import { result, withNamespaces } from './fixtures.ts';

const SOURCE = `---
id: mend
title: Mend it
lang: en
---

## First

\`\`\`sh
ip netns add a
\`\`\`

\`\`\`check
netns a exists
\`\`\`

## Broken

\`\`\`setup
ip netns add b
$ ip -n b link set lo down
\`\`\`

\`\`\`sh
ip -n b link set lo up
\`\`\`

\`\`\`check
link lo in b is up
\`\`\`
`;

const NOW = 1_000_000;
const LESSON: Lesson = parseLesson(SOURCE, 'mend.md').lesson!;
const step = (s: SessionState, a: Action) => update(s, a, NOW + 1000);

test('a setup block is the step\'s setup, not its reference commands', () => {
  const r = parseLesson(SOURCE, 'mend.md');
  assert.deepEqual(r.diagnostics, []);
  const broken = LESSON.steps[1]!;
  assert.deepEqual(broken.setup.map((c) => [c.text, c.line]), [['ip netns add b', 20], ['ip -n b link set lo down', 21]]);
  assert.deepEqual(broken.commands.map((c) => c.text), ['ip -n b link set lo up']);
  assert.deepEqual(LESSON.steps[0]!.setup, []);
});

test('the lab before a step includes its own setup; a later step replays it with the step\'s changes', () => {
  assert.deepEqual(replayCommands(LESSON, 0), []);
  assert.deepEqual(replayCommands(LESSON, 1), ['ip netns add a', 'ip netns add b', 'ip -n b link set lo down']);
  assert.deepEqual(replayCommands(LESSON, 2), ['ip netns add a', 'ip netns add b', 'ip -n b link set lo down', 'ip -n b link set lo up']);
});

test('passing into a step with a setup runs it first; lines typed meanwhile wait; then the step goes on', () => {
  const u0 = initialState({ lesson: LESSON, lang: 'en', resumeAt: 0, next: null, now: NOW });
  let s = step(u0.state, { type: 'rebuilt', snapshot: withNamespaces(), replayed: [], reason: 'resume', failed: null }).state;
  s = step(s, { type: 'submit', line: 'ip netns add a' }).state;
  s = step(s, { type: 'ran', result: result(['ip', 'netns', 'add', 'a']) }).state;
  const u = step(s, { type: 'judged', snapshot: withNamespaces('a'), verdicts: [{ ok: true, reason: '' }], report: false });
  assert.equal(u.state.stepIndex, 1);
  assert.equal(u.state.status, 'rebuilding');
  const rebuild = u.effects.find((e) => e.kind === 'rebuild');
  assert.deepEqual(rebuild, { kind: 'rebuild', fresh: false, commands: ['ip netns add b', 'ip -n b link set lo down'], reason: 'step-setup' });
  const typed = step(u.state, { type: 'submit', line: 'ip -n b link set lo up' });
  assert.equal(typed.state.status, 'rebuilding', 'a line typed during the setup waits');
  const after = update(typed.state, { type: 'rebuilt', snapshot: withNamespaces('a', 'b'), replayed: ['ip netns add b', 'ip -n b link set lo down'], reason: 'step-setup', failed: null }, NOW + 2000);
  assert.equal(after.state.status, 'running', 'then it runs');
  assert.ok(after.state.entries.some((e) => e.kind === 'replay' && e.lines.includes('ip -n b link set lo down')), 'the setup is shown');
});
