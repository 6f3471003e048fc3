/**
 * The shell with the lesson format's additions: the prompt says how to answer
 * a waiting question, a command before the answer gets a reminder, the answer
 * is taken, a challenge's hints wait, and the recap shows when the lesson is
 * complete.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseLesson } from '../../src/lesson/parse.ts';
import { App } from '../../src/ui/App.tsx';
import { ENTER, fakeDeps, plain, renderShell, until, waitFor } from './helpers.tsx';

const LESSON = (() => {
  const src = `---
id: practice
title: Practice
lang: en
---

Intro of Practice.

## Guess

\`\`\`predict
question: Will ns0 be listed?
choices:
  - text: "No"
    why: It will, once added.
  - text: "Yes"
    why: Right, ip netns add names it.
answer: 2
\`\`\`

\`\`\`sh
ip netns add ns0
\`\`\`

\`\`\`check
netns ns0 exists
\`\`\`

## Alone

\`\`\`step
challenge: true
hints-after: 1
\`\`\`

\`\`\`sh
ip netns add ns1
\`\`\`

\`\`\`check
netns ns1 exists
\`\`\`

\`\`\`hint
Add ns1.
\`\`\`
`;
  const r = parseLesson(src, 'practice.md');
  if (!r.lesson) throw new Error(JSON.stringify(r.diagnostics));
  return r.lesson;
})();

/** The prompt line: the last line of the frame. */
const promptLine = (frame: string | undefined) => plain(frame).trimEnd().split('\n').at(-1) ?? '';

test('a question waits at the prompt ("Type 1–2 to answer"); a command gets a reminder; the answer is taken; the recap ends the lesson', async () => {
  const { deps, lab, progress } = fakeDeps({ lessons: () => [LESSON], first: LESSON });
  const shell = renderShell(<App deps={deps} />);
  await waitFor(shell.lastFrame, /\? Will ns0 be listed\?\n\s+1\. No\n\s+2\. Yes/);
  await until(() => promptLine(shell.lastFrame()) === '$ Type 1–2 to answer', `the prompt says how to answer (it shows "${promptLine(shell.lastFrame())}")`);
  await shell.press('ip netns add ns0', ENTER);
  await waitFor(shell.lastFrame, 'Answer the question first: type a number from 1 to 2.');
  assert.deepEqual(lab.ran, [], 'nothing ran before the answer');
  await shell.press('2', ENTER);
  await waitFor(shell.lastFrame, /You chose 2: that is right\.\n\s+Right, ip netns add names it\./);
  await until(() => promptLine(shell.lastFrame()) === '$ Type a command, or /help', 'the prompt is a prompt again');
  await shell.press('ip netns add ns0', ENTER);
  await waitFor(shell.lastFrame, /✓ Guess\n\s+The output showed answer 2 was right: Yes \(as you predicted\)/);
  await waitFor(shell.lastFrame, 'Challenge: work it out yourself.');
  await shell.press('/hint', ENTER);
  await waitFor(shell.lastFrame, 'No hints yet: this is a challenge. Run 1 more command in this step first, then /hint helps.');
  await shell.press('ip netns add ns1', ENTER);
  await waitFor(shell.lastFrame, /What this lesson taught\n\s+• ip netns add ns0\n\s+Guess\n\s+• ip netns add ns1\n\s+Alone\n+★ Lesson complete: Practice/);
  const record = progress().lessons.find((l) => l.id === 'practice')!;
  assert.deepEqual(record.steps.map((s) => [s.prediction ?? null, s.challenge ?? null]), [[{ choice: 2, correct: true }, null], [null, true]]);
  shell.unmount();
});
