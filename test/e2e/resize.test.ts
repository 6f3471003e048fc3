// Resizing the terminal under the shell, end to end: the built CLI in tmux, the window made
// narrower and shorter as a learner drags its edge. Nothing of the wider frame may stay behind,
// on screen or in the scrollback, and a running command's clock keeps counting.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { heading, lesson, quit, shellSetup, stateHome } from './learner.ts';
import type { Pane } from './tmux.ts';

const { skip, server, host } = await shellSetup();

/** The veth-pair lesson at 200×50, with ns1 and the pair made: the panel stands beside the transcript. */
async function wideWithPanel(): Promise<Pane> {
  const veth = lesson('veth-pair', 'en');
  const pane = server.start(['start', 'veth-pair'], { columns: 200, rows: 50, env: { XDG_STATE_HOME: stateHome() } });
  await pane.waitFor(heading(veth, 1));
  pane.line('ip netns add ns1');
  pane.line('ip link add veth7 type veth peer name veth1-peer');
  await pane.waitFor(/veth1-peer +veth/, { screen: true });
  await pane.waitFor(/ {90}│ ┌─ host/, { screen: true });
  return pane;
}

/** Lines of the side panel: the separator with a box beside the transcript's column. */
const SIDE_PANEL = /^ *│ [┌│└]/m;

test('200×50 to 100×30: the panel moves below, whole, under its rule; no piece of the side panel stays', { skip, timeout: 300_000 }, async () => {
  const pane = await wideWithPanel();
  pane.resize(100, 30);
  const screen = await pane.waitFor(/^─{100}$/m, { screen: true });
  assert.match(screen, /^─{100}\n┌─ host /m, 'the panel’s top line under the rule, not drawn over it');
  assert.ok(screen.split('\n').every((l) => [...l].length <= 100), 'nothing wider than the terminal');
  const all = pane.history();
  assert.doesNotMatch(all, SIDE_PANEL, 'no piece of the side panel on screen or in the scrollback');
  assert.equal(all.match(/^\$ ip netns add ns1$/gm)?.length, 1, 'the transcript is there once');
  await quit(pane, host);
});

test('200×50 to 40×12: the topology gives way to a note, and no stray border is left anywhere', { skip, timeout: 300_000 }, async () => {
  const pane = await wideWithPanel();
  pane.resize(40, 12);
  await pane.waitFor(/Topology hidden: it needs 60/, { screen: true });
  const all = pane.history();
  assert.doesNotMatch(all, /[┌┐└┘│]/, 'no line or corner of the panel, on screen or in the scrollback');
  assert.match(pane.screen(), /^\$ /m, 'the prompt is on screen');
  await quit(pane, host);
});

test('a running command’s clock keeps counting when a resize moves the panel', { skip, timeout: 300_000 }, async () => {
  const pane = await wideWithPanel();
  pane.line('ip netns exec ns0 ping 127.0.0.1');
  await pane.waitFor(/ping 127\.0\.0\.1 · 3 s/, { screen: true });
  pane.resize(100, 30);
  await pane.waitFor(/^─{100}$/m, { screen: true });
  assert.match(pane.screen(), /ping 127\.0\.0\.1 · [3-9]\d* s/, 'not back to 0 s');
  pane.key('C-c');
  await pane.waitFor(/packets transmitted/);
  await quit(pane, host);
});
