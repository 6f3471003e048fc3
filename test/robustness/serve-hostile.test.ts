/**
 * A classroom server under hostile input: megabyte frames, binary garbage,
 * broken JSON, sizes of 0×0 and 10000×10000, floods of keys and of commands,
 * a missing or wrong class code or Origin, names that try to be paths. The
 * server stays up, a learner beside it is unaffected, and the host is as it was.
 */
import assert from 'node:assert/strict';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import WebSocket from 'ws';
import { Learner, startServer, type Server } from '../helpers/classroom.ts';
import { eventually, hostState, labSkipReason } from '../helpers/lab-env.ts';

const skip = await labSkipReason();

/** Tries an upgrade; resolves with the HTTP status it was refused with, or 101 when it was accepted. */
function upgradeStatus(s: Server, query: string, origin: string | null): Promise<number> {
  return new Promise((resolve) => {
    const ws = new WebSocket(`ws://${s.host}/ws?${query}`, origin === null ? {} : { origin });
    ws.once('open', () => { ws.terminate(); resolve(101); });
    ws.once('unexpected-response', (_req, res) => { resolve(res.statusCode ?? 0); });
    ws.once('error', () => resolve(0));
  });
}

async function intoBasics(l: Learner): Promise<void> {
  await l.waitFor(/Pick a lesson/);
  l.keys('\r');
  await l.waitFor(/step 1 of 7/);
}

test('hostile clients leave the server up, another learner unaffected and the host unchanged', { skip, timeout: 180_000 }, async () => {
  const host = hostState();
  const s = await startServer(['--max-learners', '5']);
  try {
    const calm = await new Learner(s, 'calm').connect();
    await intoBasics(calm);

    // Wrong or missing class code or Origin: refused before any WebSocket exists.
    const ok = `name=x1&key=${'k'.repeat(20)}`;
    assert.equal(await upgradeStatus(s, `class=${s.classCode}&${ok}`, null), 403, 'no Origin');
    assert.equal(await upgradeStatus(s, `class=${s.classCode}&${ok}`, 'http://evil.example'), 403, 'a foreign Origin');
    assert.equal(await upgradeStatus(s, `class=wrong&${ok}`, s.base), 403, 'a wrong class code');
    assert.equal(await upgradeStatus(s, ok, s.base), 403, 'no class code');
    for (const name of ['../../etc/passwd', '.hidden', 'a/b', '', 'x'.repeat(33), 'nul\u0000byte', '..']) {
      assert.equal(await upgradeStatus(s, `class=${s.classCode}&name=${encodeURIComponent(name)}&key=${'k'.repeat(20)}`, s.base), 400, `name ${JSON.stringify(name)}`);
    }

    // A megabyte frame: the connection is closed (1009), the server goes on.
    const big = await new Learner(s, 'big').connect();
    const closed = new Promise<number>((r) => big.ws.once('close', (code) => r(code)));
    big.ws.send(JSON.stringify({ t: 'in', d: 'x'.repeat(1024 * 1024) }));
    assert.equal(await closed, 1009, 'a message over the limit closes that connection only');

    // Garbage, odd sizes and a flood of keys and commands from one learner.
    const rogue = await new Learner(s, 'rogue').connect();
    await intoBasics(rogue);
    rogue.ws.send(Buffer.from([0, 255, 1, 2, 3, 0x80, 0xc3]));
    for (const junk of ['{', 'null', '[]', '"x"', '{"t":"in"}', '{"t":"in","d":42}', '{"t":"size","c":"a"}', '{"t":"nope"}']) rogue.ws.send(junk);
    rogue.send({ t: 'size', c: 0, r: 0 });
    rogue.send({ t: 'size', c: 10000, r: 10000 });
    rogue.send({ t: 'size', c: -5, r: 1e308 });
    for (let i = 0; i < 300; i++) rogue.keys('\x1b[A\x1b[B\t\x7f');
    rogue.keys('\x15');
    for (let i = 0; i < 40; i++) rogue.line(`ip netns add flood${i}`);
    rogue.send({ t: 'size', c: 100, r: 40 });
    await rogue.waitFor(/too many commands at once|classroom allows 16 namespaces/, 60_000);

    // The calm learner beside it goes on as if nothing happened.
    calm.line('ip netns list');
    await calm.waitFor(/step 2 of 7/);
    calm.line('ip netns add ns0');
    await calm.waitFor(/step 3 of 7/);
    calm.line('ip netns list');
    await calm.waitFor(/\$ ip netns list\n(?:.*\n)*?ns0/);
    assert.doesNotMatch(calm.text(), /flood/);

    // More learners than --max-learners: the next is told the class is full.
    const extra = await Promise.all(['e1', 'e2', 'e3'].map((n) => new Learner(s, n).connect()));
    await eventually(() => extra.some((e) => e.ended?.why === 'full'), 5000);
    assert.ok(extra.some((e) => e.ended?.why === 'full'), 'the sixth learner is told the class is full');

    const health = await fetch(`${s.base}/healthz`);
    assert.equal(health.status, 200, 'the server is up');
    for (const l of [calm, rogue, ...extra]) await l.close();
    // Only the names given became files.
    const dir = join(s.state, 'netns-tutor', 'serve', 'learners');
    const files = existsSync(dir) ? readdirSync(dir) : [];
    assert.ok(files.every((f) => /^(calm|rogue|big|e\d)\.json$/.test(f)), files.join(' '));
  } finally {
    await s.stop();
  }
  assert.ok(await eventually(() => JSON.stringify(hostState()) === JSON.stringify(host), 5000), 'the host is as it was');
});
