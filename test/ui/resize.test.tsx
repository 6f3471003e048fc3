// A terminal resized under the shell: the transcript written again at a narrower width, the
// topology panel's rule on its own line after moving from beside to below, the running clock kept.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { App } from '../../src/ui/App.tsx';
import { needsRedraw, redrawText } from '../../src/ui/redraw.ts';
import { ENTER, fakeDeps, plain, renderShell, tick, waitFor } from './helpers.tsx';

const CLEAR_ALL = '\x1b[2J\x1b[3J\x1b[H';

test('a narrower terminal, or a frame taller than a shorter one, is redrawn; a wider or taller one is not', () => {
  const at = (columns: number, rows: number) => ({ columns, rows });
  assert.equal(needsRedraw(at(200, 50), at(100, 30), 12), true, 'narrower');
  assert.equal(needsRedraw(at(100, 30), at(100, 20), 12), false, 'shorter, the frame still fits');
  assert.equal(needsRedraw(at(100, 30), at(100, 12), 12), true, 'shorter than the frame');
  assert.equal(needsRedraw(at(100, 30), at(200, 50), 12), false, 'wider and taller');
  assert.equal(redrawText('a\nb', 3), `${CLEAR_ALL}a\nb\n\n\n\n`, 'the transcript, then as many empty rows as the frame had lines');
  assert.equal(redrawText('', 2), `${CLEAR_ALL}\n\n`);
});

test('shrinking from beside to below: the transcript is written again at the new width, the panel’s rule on its own line', async () => {
  const { deps } = fakeDeps();
  const shell = renderShell(<App deps={deps} />, { columns: 130, rows: 40 });
  try {
    await waitFor(shell.lastFrame, /^\$ Type a command/m);
    await shell.press('ip netns add ns0', ENTER);
    await waitFor(shell.lastFrame, /step 2 of 2 +│/);
    const before = shell.stdout.frames.length;
    shell.resize(100, 30);
    const frame = await waitFor(shell.lastFrame, /^─{100}$/m);
    const redraw = shell.stdout.frames.slice(before).find((f) => f.startsWith(CLEAR_ALL));
    assert.ok(redraw, 'the screen and the scrollback were cleared');
    assert.match(plain(redraw), /Intro of First steps\.[\s\S]*\$ ip netns add ns0[\s\S]*── step 2 of 2 · List them/, 'and the whole transcript written again');
    assert.match(frame, /^─{100}\n┌─ host ─┐/m, 'the panel’s first line under its rule, not over it');
    assert.ok(plain(frame).split('\n').every((l) => l.length <= 100), 'nothing wider than the terminal');
    const widened = shell.stdout.frames.length;
    shell.resize(120, 30);
    await waitFor(shell.lastFrame, /step 2 of 2 +│/);
    assert.ok(!shell.stdout.frames.slice(widened).some((f) => f.startsWith(CLEAR_ALL)), 'a wider terminal needs no redraw');
  } finally {
    shell.unmount();
  }
});

test('the seconds a command has run keep counting when a resize moves the panel', async () => {
  const { deps } = fakeDeps();
  const shell = renderShell(<App deps={deps} />, { columns: 130, rows: 40 });
  try {
    await waitFor(shell.lastFrame, /^\$ Type a command/m);
    await shell.press('ping 127.0.0.1', ENTER);
    await waitFor(shell.lastFrame, /ping 127\.0\.0\.1 · 1 s/, 4000);
    shell.resize(100, 30);
    await waitFor(shell.lastFrame, /^─{100}$/m);
    await tick(200);
    assert.match(plain(shell.lastFrame()), /ping 127\.0\.0\.1 · [1-9]\d* s/, 'the clock did not go back to 0 s');
  } finally {
    // The fake ping runs until it is stopped.
    await shell.press('\x03');
    shell.unmount();
  }
});
