import assert from 'node:assert/strict';
import { test } from 'node:test';
import { App } from '../../src/ui/App.tsx';
import { memoryHistory } from '../../src/ui/history-store.ts';
import { newer, newHistory, older, remember, splitPaste } from '../../src/ui/prompt-model.ts';
import { DOWN, ENTER, fakeDeps, plain, renderShell, TAB, until, UP, waitFor } from './helpers.tsx';

/** The prompt line: the last line of the frame. */
const promptLine = (frame: string | undefined) => plain(frame).trimEnd().split('\n').at(-1) ?? '';
const showsPrompt = (text: string) => (frame: string | undefined) => promptLine(frame) === `$ ${text}`.trimEnd();

async function prompted(shell: ReturnType<typeof renderShell>, text: string) {
  await until(() => showsPrompt(text)(shell.lastFrame()), `the prompt shows "${text}" (it shows "${promptLine(shell.lastFrame())}")`);
}

test('history: ↑ goes back, ↓ comes forward to the draft; blanks and repeats are not kept', () => {
  let h = newHistory(['ip netns list']);
  h = remember(h, 'ip netns add ns0');
  h = remember(h, 'ip netns add ns0');
  h = remember(h, '   ');
  assert.deepEqual(h.lines, ['ip netns list', 'ip netns add ns0']);
  const a = older(h, 'ip li')!;
  assert.equal(a.value, 'ip netns add ns0');
  const b = older(a.history, a.value)!;
  assert.equal(b.value, 'ip netns list');
  assert.equal(older(b.history, b.value), null, 'nothing older');
  const c = newer(b.history)!;
  assert.equal(c.value, 'ip netns add ns0');
  assert.equal(newer(c.history)!.value, 'ip li', 'back to what was being typed');
});

test('a pasted chunk is cut into lines; what follows the last line end stays', () => {
  assert.deepEqual(splitPaste('ip netns list'), { lines: [], rest: 'ip netns list' });
  assert.deepEqual(splitPaste('ip netns list\r'), { lines: ['ip netns list'], rest: '' });
  assert.deepEqual(splitPaste('ip netns add ns0\r\nip netns list\n\nip li'), { lines: ['ip netns add ns0', 'ip netns list'], rest: 'ip li' });
});

test('↑/↓ at the prompt browse the commands run, kept in the history store', async () => {
  const history = memoryHistory(['ip netns list']);
  const { deps } = fakeDeps({ history });
  const shell = renderShell(<App deps={deps} />);
  await waitFor(shell.lastFrame, 'step 1 of 2');
  shell.type('ip netns add ns0');
  shell.type(ENTER);
  await waitFor(shell.lastFrame, '✓ Add ns0');
  assert.deepEqual(history.lines, ['ip netns list', 'ip netns add ns0'], 'saved as soon as it is submitted');
  await shell.press('ip li');
  await prompted(shell, 'ip li');
  await shell.press(UP);
  await prompted(shell, 'ip netns add ns0');
  await shell.press(UP);
  await prompted(shell, 'ip netns list');
  await shell.press(UP);
  await prompted(shell, 'ip netns list');
  await shell.press(DOWN);
  await prompted(shell, 'ip netns add ns0');
  await shell.press(DOWN);
  await prompted(shell, 'ip li');
  await shell.press('nk', ENTER);
  await waitFor(shell.lastFrame, '$ ip link');
  assert.deepEqual(history.lines, ['ip netns list', 'ip netns add ns0', 'ip link'], 'the line edited after browsing is what runs and is kept');
  shell.unmount();
});

test('a pasted block of several lines runs line by line, in order', async () => {
  const { deps, lab } = fakeDeps();
  const shell = renderShell(<App deps={deps} />);
  await waitFor(shell.lastFrame, 'step 1 of 2');
  shell.type('$ ip netns add ns0\nip netns add ns1\r\nip netns list\rip net');
  await waitFor(shell.lastFrame, '★ Lesson complete: First steps');
  assert.deepEqual(lab.ran, ['ip netns add ns0', 'ip netns add ns1', 'ip netns list']);
  const frame = plain(shell.lastFrame());
  assert.ok(frame.indexOf('✓ Add ns0') < frame.indexOf('$ ip netns add ns1'), 'the second line ran after the first was judged');
  assert.match(frame, /ns0\nns1/);
  await prompted(shell, 'ip net');
  shell.unmount();
});

test('a single pasted line ending in a line end runs', async () => {
  const { deps, lab } = fakeDeps();
  const shell = renderShell(<App deps={deps} />);
  await waitFor(shell.lastFrame, 'step 1 of 2');
  shell.type('ip netns add ns0\r');
  await waitFor(shell.lastFrame, '✓ Add ns0');
  assert.deepEqual(lab.ran, ['ip netns add ns0']);
  await prompted(shell, 'Type a command, or /help');
  shell.unmount();
});

test('text and Enter read in one go submit the text', async () => {
  const { deps, lab } = fakeDeps();
  const shell = renderShell(<App deps={deps} />);
  await waitFor(shell.lastFrame, 'step 1 of 2');
  shell.type('ip netns add ns0');
  shell.type(ENTER);
  shell.type('ip netns list');
  shell.type(ENTER);
  await waitFor(shell.lastFrame, '★ Lesson complete');
  assert.deepEqual(lab.ran, ['ip netns add ns0', 'ip netns list']);
  shell.unmount();
});

test('Tab completes commands and the names of namespaces in the lab', async () => {
  const { deps } = fakeDeps();
  const shell = renderShell(<App deps={deps} />);
  await waitFor(shell.lastFrame, 'step 1 of 2');
  shell.type('ip netns add ns0');
  shell.type(ENTER);
  await waitFor(shell.lastFrame, '✓ Add ns0');
  shell.type('ip netns add ns1');
  shell.type(ENTER);
  await waitFor(shell.lastFrame, /\$ ip netns add ns1[\s\S]*\$ Type a command/);
  await shell.press('ip net', TAB);
  await until(() => /^netconf {2}netns$|^netns {2}netconf$/m.test(plain(shell.lastFrame())), 'the choices show');
  await shell.press('n', TAB);
  await prompted(shell, 'ip netns ');
  await shell.press('ex', TAB);
  await prompted(shell, 'ip netns exec ');
  await shell.press(TAB);
  await prompted(shell, 'ip netns exec ns');
  assert.match(plain(shell.lastFrame()), /^ns0 {2}ns1$/m, 'both namespaces are offered');
  await shell.press('1', TAB);
  await prompted(shell, 'ip netns exec ns1 ');
  assert.doesNotMatch(plain(shell.lastFrame()), /^ns0 {2}ns1$/m, 'the choices go once one is taken');
  shell.unmount();
});
