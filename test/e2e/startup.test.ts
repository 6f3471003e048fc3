// The shell's first moments and a quick way out, end to end: the built CLI in tmux. Keys typed the
// moment it is launched (before the shell has loaded, before the lab is ready) all run, in order;
// /quit typed while a command runs stops it and leaves, progress saved and the lab removed.
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { test } from 'node:test';
import { messages } from '../../src/i18n/messages.ts';
import { eventually, hostState } from '../helpers/lab-env.ts';
import { heading, lesson, shellSetup, stateHome } from './learner.ts';
import { loose, ROOT } from './tmux.ts';

const { skip, server, host } = await shellSetup();

/** `progress --json` for the state directory of a run. */
function progressOf(state: string): { lessons: { id: string; steps: { done: boolean }[] }[] } {
  return JSON.parse(execFileSync(process.execPath, [join(ROOT, 'dist', 'cli.js'), 'progress', '--json'], { encoding: 'utf8', env: { ...process.env, XDG_STATE_HOME: state } }));
}

test('keys typed the moment the tutor is launched are all run, in order', { skip, timeout: 300_000 }, async () => {
  const basics = lesson('netns-basics', 'en');
  const m = messages('en');
  const pane = server.start(['start', 'netns-basics'], { env: { XDG_STATE_HOME: stateHome() } });
  // No waiting: these keys reach the terminal before Node has even started.
  pane.line('ip netns list');
  pane.line('ip netns add ns0');
  pane.line('ls /var/run/netns/');
  await pane.waitFor(m.passed(basics.steps[2]!.title));
  const all = pane.history();
  const at = (text: string) => all.search(loose(text));
  assert.ok(at('$ ip netns list') < at('$ ip netns add ns0') && at('$ ip netns add ns0') < at('$ ls /var/run/netns/'), 'run in the order typed');
  for (let i = 0; i < 3; i++) assert.match(all, loose(m.passed(basics.steps[i]!.title)));
  assert.match(all, loose(heading(basics, 4)));
  assert.equal(all.match(loose(heading(basics, 1)))?.length, 1, 'the first step is shown once');
  pane.line('/quit');
  assert.equal(await pane.exitCode(), 0);
  pane.kill();
  assert.deepEqual(hostState(), host);
});

test('/quit typed while ping runs stops ping and leaves, with the progress saved and the lab removed', { skip, timeout: 300_000 }, async () => {
  const basics = lesson('netns-basics', 'en');
  const state = stateHome();
  const pane = server.start(['start', 'netns-basics'], { env: { XDG_STATE_HOME: state } });
  await pane.waitFor(heading(basics, 1));
  pane.line('ip netns list');
  await pane.waitFor(heading(basics, 2));
  pane.line('ip netns add ns0');
  await pane.waitFor(heading(basics, 3));
  pane.line('ip netns exec ns0 ip link set lo up');
  pane.line('ip netns exec ns0 ping 127.0.0.1');
  await pane.waitFor(/icmp_seq=2 /);
  pane.line('/quit');
  assert.equal(await pane.exitCode(), 0, 'the tutor left');
  assert.ok(await eventually(() => spawnSync('pgrep', ['-f', '^ping 127.0.0.1$']).status !== 0, 5000), 'no ping is left running');
  pane.kill();
  assert.deepEqual(hostState(), host, 'the lab is gone');
  const saved = progressOf(state).lessons.find((l) => l.id === 'netns-basics');
  assert.deepEqual(saved?.steps.slice(0, 3).map((s) => s.done), [true, true, false], 'the steps passed are saved');
});

test('plain mode at a terminal: /quit typed while ping runs stops it and leaves too', { skip, timeout: 300_000 }, async () => {
  const pane = server.start(['start', 'netns-basics', '--plain'], { env: { XDG_STATE_HOME: stateHome() } });
  await pane.waitFor(heading(lesson('netns-basics', 'en'), 1));
  pane.line('ip netns add ns0');
  pane.line('ip netns exec ns0 ip link set lo up');
  pane.line('ip netns exec ns0 ping 127.0.0.1');
  await pane.waitFor(/icmp_seq=2 /);
  pane.line('/quit');
  assert.equal(await pane.exitCode(), 0);
  assert.ok(await eventually(() => spawnSync('pgrep', ['-f', '^ping 127.0.0.1$']).status !== 0, 5000), 'no ping is left running');
  pane.kill();
  assert.deepEqual(hostState(), host);
});
