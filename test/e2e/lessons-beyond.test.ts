// The bridge and routing lessons end to end: the built CLI in tmux, every step's
// reference commands typed as a learner types them, in English and in Chinese.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import type { Lang } from '../../src/i18n/lang.ts';
import { messages } from '../../src/i18n/messages.ts';
import { loadAllLessons } from '../../src/lesson/load.ts';
import type { Lesson } from '../../src/lesson/model.ts';
import { hostState, labSkipReason } from '../helpers/lab-env.ts';
import { loose, ROOT, TmuxServer, tmuxSkipReason, type Pane } from './tmux.ts';

const skip = tmuxSkipReason() || (await labSkipReason());
const LESSONS = loadAllLessons();
const lesson = (id: string, lang: Lang): Lesson => LESSONS.find((l) => l.id === id && l.lang === lang)!;
const stateHome = () => mkdtempSync(join(tmpdir(), 'netns-tutor-e2e-'));
const server = new TmuxServer();
let host: ReturnType<typeof hostState>;

before(() => {
  if (skip) return;
  host = hostState();
  const b = spawnSync(process.execPath, [join(ROOT, 'scripts', 'build.mjs')], { cwd: ROOT, encoding: 'utf8' });
  assert.equal(b.status, 0, `the build failed: ${b.stderr}`);
});

after(() => {
  server.kill();
});

/** The heading the transcript shows when step i (1-based) begins. */
const heading = (l: Lesson, i: number) => `── ${messages(l.lang).stepOf(i, l.steps.length)} · ${l.steps[i - 1]!.title}`;

/** Types every step's reference commands, waiting for each step to begin and to pass. */
async function typeLesson(pane: Pane, l: Lesson): Promise<void> {
  const m = messages(l.lang);
  for (let i = 1; i <= l.steps.length; i++) {
    const step = l.steps[i - 1]!;
    await pane.waitFor(heading(l, i));
    for (const c of step.commands) pane.line(c.text);
    await pane.waitFor(m.passed(step.title));
  }
  await pane.waitFor(`★ ${m.complete(l.title)}`);
}

/** Leaves with /quit and expects exit 0, the host as it was. */
async function quit(pane: Pane): Promise<void> {
  pane.line('/quit');
  assert.equal(await pane.exitCode(), 0);
  pane.kill();
  assert.deepEqual(hostState(), host, 'the host is as it was');
}

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
  assert.match(all, loose(messages('en').allDone));
  await quit(pane);
});

test('the bridge lesson in Chinese', { skip, timeout: 600_000 }, async () => {
  const pane = server.start(['start', 'bridge', '--lang', 'zh'], { env: { XDG_STATE_HOME: stateHome() } });
  const zh = lesson('bridge', 'zh');
  await pane.waitFor(zh.title);
  await typeLesson(pane, zh);
  const all = pane.history();
  assert.match(all, /主机上的 veth1 现在挂到了 br0 上/);
  assert.match(all, loose(messages('zh').nextOffer(lesson('routing', 'zh').title)));
  await quit(pane);
});

test('the routing lesson in Chinese', { skip, timeout: 600_000 }, async () => {
  const pane = server.start(['start', 'routing', '--lang', 'zh'], { env: { XDG_STATE_HOME: stateHome() } });
  const zh = lesson('routing', 'zh');
  await pane.waitFor(zh.title);
  await typeLesson(pane, zh);
  const all = pane.history();
  assert.match(all, /router 中的 net\.ipv4\.ip_forward 现在是 1/);
  assert.match(all, loose(messages('zh').allDone));
  await quit(pane);
});
