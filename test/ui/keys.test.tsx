import assert from 'node:assert/strict';
import { test } from 'node:test';
import { App } from '../../src/ui/App.tsx';
import { CTRL_C, ENTER, fakeDeps, plain, renderShell, TAB, until, waitFor } from './helpers.tsx';

test('Ctrl-C at an idle prompt asks once, and the second press quits with progress saved', async () => {
  const { deps, saved } = fakeDeps();
  const shell = renderShell(<App deps={deps} />);
  await waitFor(shell.lastFrame, 'step 1 of 2');
  await shell.press(CTRL_C);
  await waitFor(shell.lastFrame, 'Press Ctrl-C again (or type /quit) to leave.');
  assert.equal(shell.exited, false);
  await shell.press(CTRL_C);
  await until(() => shell.exited, 'the shell exits');
  assert.ok(saved.includes('first'), 'progress was saved on the way out');
});

test('Ctrl-C stops a running ping, not the tutor; the prompt stays and lines typed meanwhile wait', async () => {
  const { deps, lab } = fakeDeps();
  const shell = renderShell(<App deps={deps} />);
  await waitFor(shell.lastFrame, 'step 1 of 2');
  shell.type('ping 127.0.0.1');
  shell.type(ENTER);
  await waitFor(shell.lastFrame, 'icmp_seq=3');
  assert.match(plain(shell.lastFrame()), /⠋|⠙|⠹|⠸|⠼|⠴|⠦|⠧|⠇|⠏/, 'a running indicator shows');
  assert.match(plain(shell.lastFrame()), /ping 127\.0\.0\.1 · \d+ s · Ctrl-C stops it/);
  await shell.press('ip netns add ns0', ENTER);
  await waitFor(shell.lastFrame, '1 more line queued: it runs next');
  await shell.press(CTRL_C);
  await waitFor(shell.lastFrame, /packets transmitted[\s\S]*Stopped\./);
  await waitFor(shell.lastFrame, '✓ Add ns0');
  assert.equal(shell.exited, false, 'the tutor is still there');
  assert.deepEqual(lab.ran, ['ping 127.0.0.1', 'ip netns add ns0'], 'the queued line ran after the ping');
  assert.doesNotMatch(plain(shell.lastFrame()).split('✓ Add ns0')[1]!, /Press Ctrl-C again/, 'stopping a command does not count towards leaving');
  shell.unmount();
});

test('/quit leaves', async () => {
  const { deps } = fakeDeps();
  const shell = renderShell(<App deps={deps} />);
  await waitFor(shell.lastFrame, 'step 1 of 2');
  await shell.press('/quit', ENTER);
  await until(() => shell.exited, 'the shell exits');
});

test('after the summary, Enter on an empty prompt starts the next lesson on a fresh lab', async () => {
  const { deps, lab } = fakeDeps();
  const shell = renderShell(<App deps={deps} />);
  await waitFor(shell.lastFrame, 'step 1 of 2');
  shell.type('ip netns add ns0\rip netns list\r');
  await waitFor(shell.lastFrame, 'Next: "Second lesson". Press Enter to start it');
  assert.match(plain(shell.lastFrame()), /▕█+▏ ✓ complete/);
  await shell.press(ENTER);
  await waitFor(shell.lastFrame, 'step 1 of 1 · Add ns1');
  assert.equal(lab.resets, 1);
  const frame = plain(shell.lastFrame());
  assert.ok(frame.indexOf('★ Lesson complete: First steps') < frame.indexOf('Intro of Second lesson'), 'the first lesson’s transcript stays above');
  assert.match(frame, /Second lesson\s+▕░+▏ step 1 of 1/);
  shell.unmount();
});

test('keys read in one go are taken in order: text, Tab, more text, Enter', async () => {
  const { deps, lab } = fakeDeps();
  const shell = renderShell(<App deps={deps} />);
  await waitFor(shell.lastFrame, 'step 1 of 2');
  for (const k of ['ip net', 'n', TAB, 'ad', TAB, 'ns0', ENTER]) shell.type(k);
  await waitFor(shell.lastFrame, '✓ Add ns0');
  assert.deepEqual(lab.ran, ['ip netns add ns0']);
  shell.unmount();
});
