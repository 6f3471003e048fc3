/**
 * `netns-tutor serve` as its contract says (docs/classroom.md, DESIGN §8),
 * through its HTTP endpoints and the page's WebSocket protocol: the links it
 * prints, 403 for a wrong code or token, a learner completing netns-basics
 * and the teacher's report showing 7 of 7, two learners kept apart, a reload
 * that restores the screen and the lab, SIGTERM saving everyone's progress,
 * and a SIGKILL with learners connected and pings running leaving nothing.
 */
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { completeLesson, Learner, startServer, type Server } from '../helpers/classroom.ts';
import { alive, eventually, hostState, labSkipReason } from '../helpers/lab-env.ts';
import { descendants } from '../helpers/tutor.ts';

const skip = await labSkipReason();
const BASICS = 'lessons/en/01-netns-basics.md';

const get = async (s: Server, path: string) => {
  const r = await fetch(`${s.base}${path}`);
  return { status: r.status, type: r.headers.get('content-type'), body: await r.text() };
};

/** A new learner at the picker, then in netns-basics' first step. */
async function intoBasics(l: Learner): Promise<void> {
  await l.waitFor(/Pick a lesson/);
  l.keys('\r');
  await l.waitFor(/step 1 of 7/);
}

test('serve prints its links, guards its pages, and a learner completes netns-basics while the teacher watches', { skip, timeout: 180_000 }, async (t) => {
  const s = await startServer([], { SECRET_OF_THE_SERVER: 'hunter2-not-for-learners' });
  const host = hostState();
  try {
    assert.match(s.learners, /^http:\/\/127\.0\.0\.1:\d+\/\?class=[A-Za-z0-9]+$/);
    assert.match(s.teacher, /^http:\/\/127\.0\.0\.1:\d+\/teacher\?token=[A-Za-z0-9]+$/);
    assert.match(s.err(), /Labs: /, 'says which kind of lab it makes');

    for (const path of ['/', '/?class=wrong', '/teacher', '/teacher?token=wrong', '/teacher/report.json', `/teacher/report.json?token=${s.classCode}`, `/teacher?token=${s.classCode}`]) {
      const r = await get(s, path);
      assert.equal(r.status, 403, path);
      assert.equal(r.body, '', `${path}: nothing else`);
    }
    const page = await get(s, `/?class=${s.classCode}`);
    assert.equal(page.status, 200);
    assert.match(page.body, /<div id="terminal">/);
    assert.match((await get(s, '/assets/learner.js')).type ?? '', /javascript/);
    assert.equal((await get(s, `/teacher?token=${s.token}`)).status, 200);

    const alice = await new Learner(s, 'alice').connect();
    await intoBasics(alice);
    // The server's environment is not the learners' to read.
    alice.line('cat /proc/1/environ');
    alice.line('cat /proc/self/environ');
    await alice.waitFor(/(\$ cat \/proc\/\S+\/environ[^]*){2}\$ Type a command/);
    assert.doesNotMatch(alice.text(), /hunter2|SECRET_OF_THE_SERVER|XDG_STATE_HOME/);
    await completeLesson(alice, BASICS, 0);
    await alice.waitFor(/Lesson complete/);
    const rows = JSON.parse((await get(s, `/teacher/report.json?token=${s.token}`)).body) as { learner: string; lesson: string; stepsDone: number; steps: number; completed: boolean }[];
    assert.deepEqual(rows.map((r) => [r.learner, r.lesson, r.stepsDone, r.steps, r.completed]), [['alice', 'netns-basics', 7, 7, true]]);
    const live = JSON.parse((await get(s, `/teacher/class.json?token=${s.token}`)).body) as { live: { learner: string; online: boolean }[] };
    assert.deepEqual(live.live.map((l) => [l.learner, l.online]), [['alice', true]]);
    t.diagnostic('alice completed netns-basics in the browser protocol; the report shows 7/7');
    await alice.close();
  } finally {
    const e = await s.stop();
    assert.equal(e.code, 0, `SIGTERM ends serve with 0: ${s.err()}`);
  }
  assert.ok(await eventually(() => JSON.stringify(hostState()) === JSON.stringify(host), 5000), 'the host is as it was');
  assert.ok(existsSync(join(s.state, 'netns-tutor', 'serve', 'learners', 'alice.json')), 'progress is on disk');
});

test('two learners at once see only their own namespaces; a reload returns to the same screen and lab', { skip, timeout: 120_000 }, async () => {
  const s = await startServer();
  try {
    const a = await new Learner(s, 'ana').connect();
    const b = await new Learner(s, 'ben').connect();
    await Promise.all([intoBasics(a), intoBasics(b)]);
    a.line('ip netns add ns-of-ana');
    b.line('ip netns add ns-of-ben');
    await a.waitFor(/ns-of-ana/);
    await b.waitFor(/ns-of-ben/);
    a.line('ip netns list');
    b.line('ip netns list');
    await a.waitFor(/\$ ip netns list\n(?:.*\n)*?ns-of-ana/);
    await b.waitFor(/\$ ip netns list\n(?:.*\n)*?ns-of-ben/);
    assert.doesNotMatch(a.text(), /ns-of-ben/, 'ana never sees ben\'s namespace');
    assert.doesNotMatch(b.text(), /ns-of-ana/, 'ben never sees ana\'s namespace');

    // A reload: the connection goes, a new page comes with the same name and key.
    const before = a.text();
    await a.close();
    const again = await new Learner(s, 'ana').connect();
    const shown = await again.waitFor(/ns-of-ana/);
    assert.match(shown, /step 1 of 7/, 'the same step');
    assert.ok(before.includes('$ ip netns list'), 'sanity');
    again.line('ip netns list');
    await again.waitFor(/(?:\$ ip netns list\n(?:.*\n)*?ns-of-ana[^]*){2}/);
    assert.doesNotMatch(again.text(), /ns-of-ben/);

    // The same name from another browser (another key) is someone else: refused while ana's session lives.
    const impostor = new Learner(s, 'ana', { key: 'another-browser-key-0123456789' });
    await impostor.connect();
    await eventually(() => impostor.ended !== null, 5000);
    assert.equal(impostor.ended?.why, 'taken');
    await Promise.all([again.close(), b.close()]);
  } finally {
    await s.stop();
  }
});

test('SIGKILL of the server with learners connected and pings running leaves no namespace, link or process', { skip, timeout: 120_000 }, async () => {
  const host = hostState();
  const s = await startServer();
  const pid = s.child.pid!;
  const learners = await Promise.all(['k1', 'k2', 'k3'].map((n) => new Learner(s, n).connect()));
  await Promise.all(learners.map(intoBasics));
  for (const l of learners) {
    l.line('ip netns add ns0');
    l.line('ip netns exec ns0 ip link set lo up');
    l.line('ip netns exec ns0 ping 127.0.0.1');
  }
  await Promise.all(learners.map((l) => l.waitFor(/64 bytes from 127\.0\.0\.1/)));
  const procs = descendants(pid);
  assert.ok(procs.length >= 6, `labs and pings are running (${procs.length} processes)`);
  s.child.kill('SIGKILL');
  await s.stop();
  assert.ok(await eventually(() => procs.every((p) => !alive(p)), 10_000), `every process of the server is gone: ${procs.filter(alive).join(' ')}`);
  assert.ok(await eventually(() => JSON.stringify(hostState()) === JSON.stringify(host), 5000), 'no namespace or link left on the host');
  const mounts = readFileSync('/proc/self/mountinfo', 'utf8');
  assert.doesNotMatch(mounts, /netns-tutor/, 'no mount left');
});
