import assert from 'node:assert/strict';
import { test } from 'node:test';
import { emptyProgress, type Progress } from '../../src/progress/model.ts';
import { App } from '../../src/ui/App.tsx';
import { firstSelected, pickerRows } from '../../src/ui/picker-rows.ts';
import { DOWN, ENTER, ESC, fakeDeps, FIRST, LESSONS, plain, renderShell, SECOND, until, UP, waitFor } from './helpers.tsx';

const step = (title: string, done: boolean) => ({ title, done, skipped: false, hints: 0, attempts: 1, completedAt: done ? '2026-01-01T00:00:00Z' : null });
/** The first lesson done, the second not begun. */
const PROGRESS: Progress = {
  ...emptyProgress('learner'),
  lessons: [{ id: 'first', lang: 'en', title: FIRST.title, completed: true, startedAt: '2026-01-01T00:00:00Z', completedAt: '2026-01-01T00:01:00Z', timeMs: 60_000, steps: [step('Add ns0', true), step('List them', true)] }],
};

test('rows carry each lesson’s progress; the cursor starts on the first lesson not done', () => {
  const rows = pickerRows(LESSONS, PROGRESS);
  assert.deepEqual(rows.map((r) => [r.id, r.done, r.total, r.completed]), [['first', 2, 2, true], ['second', 0, 1, false]]);
  assert.equal(firstSelected(rows, null), 1);
  assert.equal(firstSelected(rows, 'first'), 0);
});

test('the picker lists lessons with summary and progress; arrows move, Enter starts the lesson', async () => {
  const { deps } = fakeDeps({ first: null, progress: () => PROGRESS });
  const shell = renderShell(<App deps={deps} />);
  const frame = await waitFor(shell.lastFrame, 'Pick a lesson');
  assert.match(frame, /First steps\s+▕█+▏ 2\/2 ✓ done/);
  assert.match(frame, /Make ns0 and list it\./);
  assert.match(frame, /❯ 2\. Second lesson\s+▕░+▏ 0\/1/);
  assert.match(frame, /↑\/↓ to move, Enter to start, q to quit/);
  shell.type(UP);
  await waitFor(shell.lastFrame, /❯ 1\. First steps/);
  shell.type(DOWN);
  await waitFor(shell.lastFrame, /❯ 2\. Second lesson/);
  shell.type(DOWN);
  await waitFor(shell.lastFrame, /❯ 1\. First steps/, 1000).catch(() => assert.fail('the cursor wraps around'));
  shell.type(DOWN);
  await waitFor(shell.lastFrame, /❯ 2\. Second lesson/);
  shell.type(ENTER);
  const lesson = await waitFor(shell.lastFrame, 'step 1 of 1 · Add ns1');
  assert.match(lesson, /Intro of Second lesson\./);
  assert.doesNotMatch(plain(shell.lastFrame()).split('Intro of Second lesson')[1]!, /Pick a lesson/, 'the picker is gone');
  shell.unmount();
});

test('q in the picker quits', async () => {
  const { deps } = fakeDeps({ first: null });
  const shell = renderShell(<App deps={deps} />);
  await waitFor(shell.lastFrame, 'Pick a lesson');
  shell.type('q');
  await until(() => shell.exited, 'the shell exits');
});

test('/lessons opens the picker over the lesson; Esc goes back to it, another pick starts on a fresh lab', async () => {
  const { deps, lab } = fakeDeps();
  const shell = renderShell(<App deps={deps} />);
  await waitFor(shell.lastFrame, 'step 1 of 2 · Add ns0');
  shell.type('/lessons');
  shell.type(ENTER);
  await waitFor(shell.lastFrame, 'Esc to go back');
  assert.match(plain(shell.lastFrame()), /❯ 1\. First steps/, 'the cursor starts on the open lesson');
  shell.type(ESC);
  await waitFor(shell.lastFrame, /\$ Type a command, or \/help\s*$/);
  shell.type('ip netns add ns0');
  shell.type(ENTER);
  await waitFor(shell.lastFrame, '✓ Add ns0');
  assert.equal(lab.resets, 0, 'going back keeps the lab');
  shell.type('/lessons');
  shell.type(ENTER);
  await waitFor(shell.lastFrame, 'Esc to go back');
  shell.type(DOWN);
  shell.type(ENTER);
  await waitFor(shell.lastFrame, 'step 1 of 1 · Add ns1');
  assert.equal(lab.resets, 1, 'another lesson gets a fresh lab');
  assert.deepEqual([...lab.namespaces], []);
  shell.unmount();
});

test('notices (host mode, a progress file moved aside) are said once, above the first screen', async () => {
  const notice = 'The progress file was unreadable and was moved aside to /tmp/p.json.corrupt; starting fresh.';
  const { deps } = fakeDeps({ first: null, notices: [notice] });
  const shell = renderShell(<App deps={deps} />);
  const frame = await waitFor(shell.lastFrame, 'Pick a lesson');
  assert.ok(frame.indexOf(notice) < frame.indexOf('Pick a lesson'));
  shell.type(ENTER);
  await waitFor(shell.lastFrame, 'step 1 of 2');
  await shell.press('/lessons', ENTER);
  await waitFor(shell.lastFrame, 'Esc to go back');
  await shell.press(ESC);
  await waitFor(shell.lastFrame, /\$ Type a command, or \/help\s*$/);
  assert.equal(plain(shell.lastFrame()).split(notice).length - 1, 1, 'said once');
  assert.equal(plain(shell.lastFrame()).split('Intro of First steps').length - 1, 1, 'the transcript is not written twice after going back');
  shell.unmount();
});
