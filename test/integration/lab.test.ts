import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { dirname, join } from 'node:path';
import { test } from 'node:test';
import { openLab } from '../../src/lab/lab.ts';
import { runPipeline } from '../../src/lab/run.ts';
import { findLink, ROOT_NS, type Link } from '../../src/model/snapshot.ts';
import { alive, ARTICLE_COMMANDS, eventually, hostState, labSkipReason } from '../helpers/lab-env.ts';
import { bundleForOtherUsers, NOBODY, otherUserSkipReason, setprivAs } from '../helpers/other-user.ts';

const skip = await labSkipReason();
const script = join(import.meta.dirname, 'scripts', 'lab-then-wait.ts');

/**
 * Starts the script (optionally as user nobody), waits for its JSON line. As
 * nobody it runs bundled, from a world-readable copy: the checkout may be closed to others.
 */
function startHolder(args: string[], asNobody: boolean): Promise<{ child: ReturnType<typeof spawn>; info: { pids: number[]; rootless: boolean; v7: { up: boolean }; lo: Link } }> {
  const bundled = asNobody ? bundleForOtherUsers(script) : '';
  const argv = asNobody ? [...setprivAs(NOBODY), process.execPath, bundled, ...args] : [process.execPath, '--import', 'tsx', script, ...args];
  const cwd = asNobody ? dirname(bundled) : join(import.meta.dirname, '..', '..');
  const child = spawn(argv[0]!, argv.slice(1), { stdio: ['ignore', 'pipe', 'pipe'], cwd, env: { ...process.env, HOME: '/tmp' } });
  return new Promise((resolve, reject) => {
    let out = '';
    let err = '';
    child.stderr!.on('data', (d) => { err += d; });
    child.stdout!.on('data', (d) => {
      out += d;
      const line = out.split('\n').find((l) => l.startsWith('{'));
      if (line) resolve({ child, info: JSON.parse(line) });
    });
    child.once('exit', (code) => reject(new Error(`holder script exited ${code}: ${err}`)));
  });
}

test('commands in the lab leave the host untouched', { skip }, async () => {
  const before = hostState();
  const lab = await openLab();
  for (const c of ARTICLE_COMMANDS) assert.equal((await lab.run([c.split(' ')])).exitCode, 0, c);
  assert.deepEqual(hostState(), before, 'the host sees nothing while the lab runs');
  await lab.close();
  assert.deepEqual(hostState(), before);
});

test("the article's whole sequence gives the article's end state", { skip }, async () => {
  const lab = await openLab();
  try {
    assert.equal((await lab.run([['ip', 'netns', 'list']])).stdout, '', 'a fresh lab has no namespaces');
    for (const c of ARTICLE_COMMANDS) assert.equal((await lab.run([c.split(' ')])).exitCode, 0, c);
    const s = await lab.probe();
    assert.deepEqual(s.namespaces.map((n) => n.name), ['ns0', 'ns1']);
    const v7 = findLink(s, 'ns0', 'veth7')!;
    assert.equal(v7.up, true);
    assert.ok(v7.addrs.some((a) => a.cidr === '192.0.0.1/24'));
    assert.equal(v7.peer?.name, 'veth1-peer');
    assert.equal(v7.peer?.netns, 'ns1');
    assert.ok(findLink(s, 'ns1', 'veth1-peer')!.addrs.some((a) => a.cidr === '192.0.0.2/24'));
    assert.equal(await lab.ping('ns1', '192.0.0.1'), true);
    const ls = await lab.run([['ls', '/var/run/netns/']]);
    assert.deepEqual(ls.stdout.trim().split(/\s+/).sort(), ['ns0', 'ns1']);
  } finally {
    await lab.close();
  }
});

/** The lab's host as a real host looks: lo up, with 127.0.0.1/8. */
function assertHostLoUp(lo: Link | undefined, what: string): void {
  assert.ok(lo, `${what}: the lab's host has a lo`);
  assert.equal(lo.up, true, `${what}: lo is up in the lab's host`);
  assert.ok(lo.addrs.some((a) => a.cidr === '127.0.0.1/8'), `${what}: lo has 127.0.0.1/8, it has ${lo.addrs.map((a) => a.cidr).join(', ') || 'nothing'}`);
}

for (const rootless of [false, true]) {
  test(`a fresh lab's host has lo up with 127.0.0.1/8, as a real host does (${rootless ? 'rootless' : 'root'}), also after a reset`, { skip }, async () => {
    const lab = await openLab({ rootless });
    try {
      assert.equal(lab.rootless, rootless);
      assertHostLoUp(findLink(await lab.probe(), ROOT_NS, 'lo'), 'fresh');
      assert.equal(await lab.ping(ROOT_NS, '127.0.0.1'), true, 'ping 127.0.0.1 works in the lab\'s host');
      await lab.run([['ip', 'link', 'set', 'lo', 'down']]);
      assert.equal(findLink(await lab.probe(), ROOT_NS, 'lo')?.up, false, 'a lesson may still take it down');
      await lab.reset();
      assertHostLoUp(findLink(await lab.probe(), ROOT_NS, 'lo'), 'after a reset');
    } finally {
      await lab.close();
    }
  });
}

test('reset gives a fresh, empty lab', { skip }, async () => {
  const lab = await openLab();
  try {
    await lab.run([['ip', 'netns', 'add', 'ns0']]);
    await lab.reset();
    assert.deepEqual((await lab.probe()).namespaces, []);
  } finally {
    await lab.close();
  }
});

test('Ctrl-C stops ping without -c; ping prints its statistics; the lab goes on', { skip }, async () => {
  const lab = await openLab();
  try {
    await lab.run([['ip', 'netns', 'add', 'ns0']]);
    await lab.run([['ip', 'netns', 'exec', 'ns0', 'ip', 'link', 'set', 'lo', 'up']]);
    const ac = new AbortController();
    const chunks: string[] = [];
    const running = lab.run([['ip', 'netns', 'exec', 'ns0', 'ping', '127.0.0.1']], {
      signal: ac.signal,
      onOutput: (c) => { chunks.push(c); if (chunks.join('').includes('icmp_seq=2')) ac.abort(); },
    });
    const r = await running;
    assert.equal(r.interrupted, true);
    assert.equal(r.exitCode, 0, 'ping got replies, so it exits 0 after SIGINT');
    assert.match(r.stdout, /packets transmitted/);
    assert.ok(chunks.length >= 2, 'output streamed in pieces');
    assert.equal((await lab.run([['ip', 'netns', 'list']])).exitCode, 0);
  } finally {
    await lab.close();
  }
});

test('the time limit stops a command', { skip }, async () => {
  const lab = await openLab();
  try {
    await lab.run([['ip', 'link', 'set', 'lo', 'up']]);
    const r = await lab.run([['ping', '-i', '0.2', '127.0.0.1']], { timeoutMs: 400 });
    assert.equal(r.timedOut, true);
    assert.equal(r.interrupted, false);
  } finally {
    await lab.close();
  }
});

test('a program that ignores SIGINT is killed after the grace period', { skip }, async () => {
  const lab = await openLab();
  try {
    const ac = new AbortController();
    setTimeout(() => ac.abort(), 200);
    const r = await lab.run([['sh', '-c', 'trap "" INT; while :; do sleep 0.05; done']], { signal: ac.signal, graceMs: 300 });
    assert.equal(r.interrupted, true);
    assert.notEqual(r.exitCode, 0);
  } finally {
    await lab.close();
  }
});

test('a failing command is data, and a missing program says so', { skip }, async () => {
  const lab = await openLab();
  try {
    const r = await lab.run([['ip', 'link', 'set', 'veth7', 'up']]);
    assert.notEqual(r.exitCode, 0);
    assert.match(r.stderr, /Cannot find device "veth7"/);
    const missing = await runPipeline([['no-such-program-here']], { prefix: [] });
    assert.equal(missing.exitCode, 127);
    assert.match(missing.stderr, /command not found/);
  } finally {
    await lab.close();
  }
});

for (const kill of ['SIGKILL', 'SIGTERM'] as const) {
  test(`a tutor killed with ${kill} while ping runs leaves nothing on the host`, { skip }, async () => {
    const before = hostState();
    const { child, info } = await startHolder([], false);
    assert.equal(info.v7.up, true);
    assert.ok(info.pids.length >= 2, 'the lab holder and the running ping');
    child.kill(kill);
    assert.ok(await eventually(() => info.pids.every((p) => !alive(p))), `processes left: ${info.pids.filter(alive)}`);
    assert.deepEqual(hostState(), before);
  });
}

test('rootless: an unprivileged user gets a working lab, and nothing is left after SIGKILL', { skip: skip || otherUserSkipReason() }, async () => {
  const before = hostState();
  const { child, info } = await startHolder(['--rootless'], true);
  assert.equal(info.rootless, true);
  assert.equal(info.v7.up, true);
  assertHostLoUp(info.lo, 'an unprivileged user');
  child.kill('SIGKILL');
  assert.ok(await eventually(() => info.pids.every((p) => !alive(p))), `processes left: ${info.pids.filter(alive)}`);
  assert.deepEqual(hostState(), before);
});

test('ip netns delete: when the command returns, the namespace has been destroyed and the veth ends it took with it are gone', { skip, timeout: 60_000 }, async () => {
  const lab = await openLab();
  try {
    await lab.run([['ip', 'netns', 'add', 'ctr1']]);
    await lab.run([['ip', 'link', 'add', 'veth-ctr1', 'type', 'veth', 'peer', 'name', 'eth0', 'netns', 'ctr1']]);
    // The kernel destroys a deleted namespace a moment after the name goes (on a busy machine, a long
    // moment). A process inside for another second makes that moment last, the same every run.
    const holder = spawn(lab.prefix[0]!, [...lab.prefix.slice(1), 'ip', 'netns', 'exec', 'ctr1', 'sleep', '1'], { stdio: 'ignore' });
    assert.ok(await eventuallyAsync(async () => (await lab.run([['ip', 'netns', 'pids', 'ctr1']])).stdout.trim() !== ''), 'the process is in ctr1');
    assert.equal((await lab.run([['ip', 'netns', 'delete', 'ctr1']])).exitCode, 0);
    const s = await lab.probe();
    assert.deepEqual(s.namespaces.map((n) => n.name), []);
    assert.equal(findLink(s, ROOT_NS, 'veth-ctr1'), undefined, 'the host end went with the namespace');
    holder.kill('SIGKILL');
  } finally {
    await lab.close();
  }
});

/** Polls an async condition until it holds or `ms` pass. */
async function eventuallyAsync(fn: () => Promise<boolean>, ms = 5000): Promise<boolean> {
  const end = Date.now() + ms;
  while (Date.now() < end) {
    if (await fn()) return true;
    await new Promise((r) => setTimeout(r, 20));
  }
  return false;
}
