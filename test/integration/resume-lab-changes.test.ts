/**
 * Resume rebuilds the lab as the learner left it, through the built CLI in
 * plain mode: what they changed in the unfinished step (a namespace, an
 * address, a sysctl) is replayed after the earlier steps, and what cannot be
 * replayed is named.
 */
import assert from 'node:assert/strict';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { hostState, labSkipReason } from '../helpers/lab-env.ts';
import { ensureBuilt, runTutor, tempDir } from '../helpers/tutor.ts';

const skip = await labSkipReason();
if (!skip) ensureBuilt();

const progressFile = (state: string) => join(state, 'netns-tutor', 'progress.json');

test('plain mode: what the learner changed in the unfinished step is in the lab again after a restart', { skip }, async () => {
  const before = hostState();
  const state = tempDir('nt-resume-');
  const env = { XDG_STATE_HOME: state };
  // Step 1 passes; in step 2 (create ns0) the learner does other things, then leaves.
  const first = await runTutor(['start', 'netns-basics', '--plain'], {
    env,
    input: ['ip netns list', 'ip netns add extra', 'ip netns exec extra ip addr add 192.0.2.9/24 dev lo', 'ip netns exec extra sysctl -w net.ipv4.ip_forward=1', 'ip netns list', '/quit', ''].join('\n'),
  });
  assert.equal(first.code, 0, first.out + first.err);
  const saved = JSON.parse(readFileSync(progressFile(state), 'utf8')) as { lessons: { labChanges?: unknown }[] };
  assert.deepEqual(saved.lessons[0]!.labChanges, { step: 1, commands: ['ip netns add extra', 'ip netns exec extra ip addr add 192.0.2.9/24 dev lo', 'ip netns exec extra sysctl -w net.ipv4.ip_forward=1'] });

  const again = await runTutor(['--plain'], { env, input: 'ip netns exec extra ip addr show lo\nip netns exec extra sysctl net.ipv4.ip_forward\n/quit\n' });
  assert.equal(again.code, 0, again.out + again.err);
  assert.match(again.out, /Resuming at step 2 of 7/);
  assert.match(again.out, /What you changed in this step before you left, replayed:\n {2}↻ ip netns add extra\n {2}↻ ip netns exec extra ip addr add 192\.0\.2\.9\/24 dev lo\n {2}↻ ip netns exec extra sysctl -w net\.ipv4\.ip_forward=1\nThe lab is as you left it \(3 of your commands replayed\)\./);
  assert.match(again.out, /inet 192\.0\.2\.9\/24 scope global lo/);
  assert.match(again.out, /^net\.ipv4\.ip_forward = 1$/m);
  assert.doesNotMatch(again.out, /Not replayed/);
  assert.deepEqual(hostState(), before, 'nothing left on the host');
});

test('plain mode in Chinese: a recorded command that cannot be replayed is named, with the kernel\'s reason; the rest is replayed', { skip }, async () => {
  const state = tempDir('nt-resume-');
  mkdirSync(join(state, 'netns-tutor'), { recursive: true });
  const step = (done: boolean) => ({ title: 's', done, skipped: false, hints: 0, attempts: done ? 1 : 0, completedAt: null });
  writeFileSync(progressFile(state), JSON.stringify({
    version: 1, user: 'u', last: { id: 'netns-basics', lang: 'zh' },
    lessons: [{
      id: 'netns-basics', lang: 'zh', title: 't', completed: false, startedAt: '2026-01-01T00:00:00.000Z', completedAt: null, timeMs: 1000,
      steps: [step(true), ...Array.from({ length: 6 }, () => step(false))],
      labChanges: { step: 1, commands: ['ip netns add extra', 'ip link set nosuch up', 'rm -rf /tmp/x'] },
    }],
  }));
  const r = await runTutor(['--plain', '--lang', 'zh'], { env: { XDG_STATE_HOME: state }, input: 'ip netns list\n/quit\n' });
  assert.equal(r.code, 0, r.out + r.err);
  assert.match(r.out, /重放你离开前在这一步所做的改动：\n {2}↻ ip netns add extra\n {2}↻ ip link set nosuch up\n {2}↻ rm -rf \/tmp\/x\n重放了你的 3 条命令中的 1 条；其余的效果不在实验环境中。/);
  assert.match(r.out, /未能重放：ip link set nosuch up（Cannot find device "nosuch"）。/);
  assert.match(r.out, /未能重放：rm -rf \/tmp\/x（.*rm.*）。/);
  assert.match(r.out, /^\$ ip netns list\nextra$/m);
  const saved = JSON.parse(readFileSync(progressFile(state), 'utf8')) as { lessons: { labChanges?: { commands: string[] } }[] };
  assert.deepEqual(saved.lessons[0]!.labChanges!.commands, ['ip netns add extra'], 'only what is in the lab now is kept');
});
