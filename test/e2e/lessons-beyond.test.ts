// The bridge and routing lessons end to end: the built CLI in tmux, every step's
// reference commands typed as a learner types them, in English and in Chinese.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { messages } from '../../src/i18n/messages.ts';
import { heading, lesson, quit, shellSetup, stateHome, typeLesson } from './learner.ts';
import { loose } from './tmux.ts';

const { skip, server, host } = await shellSetup();

test('the bridge lesson, then the routing lesson offered after it, typed command by command in English', { skip, timeout: 900_000 }, async () => {
  const pane = server.start(['start', 'bridge'], { env: { XDG_STATE_HOME: stateHome() } });
  const bridge = lesson('bridge', 'en');
  const routing = lesson('routing', 'en');
  await typeLesson(pane, bridge);
  let all = pane.history();
  assert.match(all, /veth1 on the host is now a port of br0\./, 'the change note tells the attachment');
  assert.match(all, /master br0 state forwarding/, 'bridge link showed the ports forwarding');
  assert.match(all, loose('to join that network, the host needs an address on the bridge itself'), 'the failed ping from the host was explained');
  assert.match(all, /\d+ packets transmitted, \d+ received, 0% packet loss/);
  assert.match(all, / dev veth1 master br0/, 'bridge fdb showed an address learned on veth1');
  await pane.waitFor(messages('en').nextOffer(routing.title));
  pane.key('Enter');
  await pane.waitFor(heading(routing, 1));
  await typeLesson(pane, routing);
  all = pane.history();
  assert.match(all, /Nexthop has invalid gateway/);
  assert.match(all, loose('the same router is reached at 198.51.100.254'), 'the wrong gateway was explained');
  assert.match(all, /2 packets transmitted, 0 received, 100% packet loss/, 'forwarding off: the requests vanished');
  assert.match(all, loose('net.ipv4.ip_forward in router is now 1'), 'the change note tells the sysctl');
  assert.match(all, /ttl=63/, 'one router crossed');
  assert.match(all, loose(messages('en').nextOffer(lesson('nat', 'en').title)), 'the lessons after the article are offered next');
  await quit(pane, host);
});

test('the bridge lesson in Chinese', { skip, timeout: 600_000 }, async () => {
  const pane = server.start(['start', 'bridge', '--lang', 'zh'], { env: { XDG_STATE_HOME: stateHome() } });
  const zh = lesson('bridge', 'zh');
  await pane.waitFor(zh.title);
  await typeLesson(pane, zh);
  const all = pane.history();
  assert.match(all, /主机上的 veth1 现在挂到了 br0 上/);
  assert.match(all, loose(messages('zh').nextOffer(lesson('routing', 'zh').title)));
  await quit(pane, host);
});

test('the routing lesson in Chinese', { skip, timeout: 600_000 }, async () => {
  const pane = server.start(['start', 'routing', '--lang', 'zh'], { env: { XDG_STATE_HOME: stateHome() } });
  const zh = lesson('routing', 'zh');
  await pane.waitFor(zh.title);
  await typeLesson(pane, zh);
  const all = pane.history();
  assert.match(all, /router 中的 net\.ipv4\.ip_forward 现在是 1/);
  assert.match(all, loose(messages('zh').nextOffer(lesson('nat', 'zh').title)));
  await quit(pane, host);
});
