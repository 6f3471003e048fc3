// The full-screen shell end to end: the built CLI in tmux, typed at as a learner types.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { test } from 'node:test';
import { messages } from '../../src/i18n/messages.ts';
import { eventually, hostState } from '../helpers/lab-env.ts';
import { heading, lesson, quit, shellSetup, stateHome, typeLesson } from './learner.ts';
import { loose } from './tmux.ts';

const { skip, server, host } = await shellSetup();

test('both article lessons, typed command by command in English; Enter after the summary starts the second', { skip, timeout: 600_000 }, async () => {
  const pane = server.start(['start', 'netns-basics'], { env: { XDG_STATE_HOME: stateHome() } });
  const basics = lesson('netns-basics', 'en');
  const veth = lesson('veth-pair', 'en');
  await typeLesson(pane, basics);
  await pane.waitFor(messages('en').nextOffer(veth.title));
  pane.key('Enter');
  await pane.waitFor(heading(veth, 1));
  await typeLesson(pane, veth);
  const all = pane.history();
  assert.match(all, /3 packets transmitted, 3 received/, 'the ping across the veth pair worked');
  assert.match(all, loose(messages('en').nextOffer(lesson('bridge', 'en').title)), 'the bridge lesson is offered next');
  await quit(pane, host);
});

test('netns-basics in Chinese', { skip, timeout: 600_000 }, async () => {
  const pane = server.start(['start', 'netns-basics', '--lang', 'zh'], { env: { XDG_STATE_HOME: stateHome() } });
  const zh = lesson('netns-basics', 'zh');
  await pane.waitFor('从零认识网络命名空间');
  await typeLesson(pane, zh);
  assert.match(pane.history(), loose(messages('zh').nextOffer(lesson('veth-pair', 'zh').title)));
  await quit(pane, host);
});

test('ping without -c runs until Ctrl-C, which stops ping and not the tutor', { skip, timeout: 300_000 }, async () => {
  const pane = server.start(['start', 'netns-basics'], { env: { XDG_STATE_HOME: stateHome() } });
  const basics = lesson('netns-basics', 'en');
  await pane.waitFor(heading(basics, 1));
  pane.line('ip netns add ns0');
  pane.line('ip netns exec ns0 ip link set lo up');
  pane.line('ip netns exec ns0 ping 127.0.0.1');
  await pane.waitFor(/icmp_seq=3 /);
  await pane.waitFor(/Ctrl-C stops it/, { screen: true });
  pane.key('C-c');
  await pane.waitFor(/packets transmitted, \d+ received, 0% packet loss/);
  await pane.waitFor(loose(messages('en').interrupted));
  assert.ok(await eventually(() => spawnSync('pgrep', ['-f', '^ping 127.0.0.1$']).status !== 0, 5000), 'no ping is left running');
  assert.doesNotMatch(pane.screen(), /\[exited/, 'the tutor is still running');
  pane.line('ip netns list');
  await pane.waitFor(/\$ ip netns list\s*\nns0\b/);
  await pane.waitFor(messages('en').passed(basics.steps[0]!.title));
  await quit(pane, host);
});

test('a wrong command, then /hint and /check say what is still missing', { skip, timeout: 300_000 }, async () => {
  const pane = server.start(['start', 'netns-basics'], { env: { XDG_STATE_HOME: stateHome() } });
  const basics = lesson('netns-basics', 'en');
  const m = messages('en');
  await pane.waitFor(heading(basics, 1));
  pane.line('ip netns list');
  await pane.waitFor(heading(basics, 2));
  pane.line('ip netns ad');
  await pane.waitFor(/No netns name specified|Usage: ip netns/);
  pane.line('/hint');
  await pane.waitFor(m.hintN(1, basics.steps[1]!.hints.length));
  pane.line('/check');
  await pane.waitFor(m.checkHeader);
  const text = await pane.waitFor(/✗ netns ns0 exists — \S/);
  assert.match(text, /✗ netns ns0 exists — .*ns0/);
  await quit(pane, host);
});

test('quit in the middle; plain netns-tutor resumes at that step on a rebuilt lab', { skip, timeout: 300_000 }, async () => {
  const env = { XDG_STATE_HOME: stateHome() };
  const basics = lesson('netns-basics', 'en');
  const first = server.start(['start', 'netns-basics'], { env });
  for (let i = 1; i <= 3; i++) {
    await first.waitFor(heading(basics, i));
    for (const c of basics.steps[i - 1]!.commands) first.line(c.text);
  }
  await first.waitFor(heading(basics, 4));
  await quit(first, host);

  const again = server.start([], { env });
  await again.waitFor(heading(basics, 4));
  // The step shows at once; the replayed commands follow once the lab is rebuilt.
  const text = await again.waitFor(loose(messages('en').replayLine('ip netns add ns0')));
  assert.match(text, loose(messages('en').resumed(4, 7)));
  assert.doesNotMatch(text, loose(heading(basics, 1)), 'the earlier steps are not shown again');
  again.line(basics.steps[3]!.commands[0]!.text);
  await again.waitFor(messages('en').passed(basics.steps[3]!.title));
  assert.match(again.history(), /1: lo: <LOOPBACK> mtu 65536/, 'ns0 exists again in the rebuilt lab');
  await quit(again, host);
});

test('the host is as it was before the shell ran', { skip }, () => {
  assert.deepEqual(hostState(), host);
  assert.equal(spawnSync('ip', ['netns', 'list'], { encoding: 'utf8' }).stdout, host.netns);
});
