/**
 * Many learners on one host: 20 plain-mode sessions at once, every one using
 * the same names (ns0, ns1, veth7, veth1-peer, 192.0.0.1…), each in its own
 * lab and state directory. Each completes netns-basics, then veth-pair. No
 * session sees another's namespaces, all exit 0, and afterwards the host is as
 * it was with none of their processes left.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { alive, eventually, hostState, labSkipReason } from '../helpers/lab-env.ts';
import { descendants, ensureBuilt, passedSteps, readProgress, referenceInput, startTutor, tempDir, type Ran } from '../helpers/tutor.ts';

const skip = await labSkipReason();
const LEARNERS = 20;

test(`${LEARNERS} learners at once, same names, each completing both article lessons`, { skip, timeout: 300_000 }, async (t) => {
  ensureBuilt();
  const host = hostState();
  const basics = referenceInput('lessons/en/01-netns-basics.md');
  const veth = referenceInput('lessons/en/02-veth-pair.md');
  const seen = new Set<number>();
  const started = Date.now();

  /** Runs one lesson, noting every process the tutor starts while it runs. */
  const lesson = async (id: string, input: string, state: string): Promise<Ran> => {
    const tutor = startTutor(['start', id, '--plain'], { input, env: { XDG_STATE_HOME: state }, timeoutMs: 240_000 });
    const watch = setInterval(() => { for (const p of descendants(tutor.child.pid!)) seen.add(p); }, 40);
    try { return await tutor.done; } finally { clearInterval(watch); }
  };
  const learner = async (i: number) => {
    const state = tempDir(`nt-learner${i}-`);
    const first = await lesson('netns-basics', basics, state);
    const second = await lesson('veth-pair', veth, state);
    return { i, state, first, second };
  };
  const results = await Promise.all(Array.from({ length: LEARNERS }, (_, i) => learner(i)));
  t.diagnostic(`${LEARNERS} learners × 2 lessons in ${((Date.now() - started) / 1000).toFixed(1)} s; ${seen.size} processes seen`);

  for (const { i, state, first, second } of results) {
    assert.equal(first.code, 0, `learner ${i}, netns-basics: ${first.out.slice(-1500)}${first.err}`);
    assert.equal(second.code, 0, `learner ${i}, veth-pair: ${second.out.slice(-1500)}${second.err}`);
    assert.equal(passedSteps(first.out), 7, `learner ${i}`);
    assert.equal(passedSteps(second.out), 13, `learner ${i}`);
    assert.match(second.out, /3 packets transmitted, 3 received, 0% packet loss/, `learner ${i}: the ping across worked`);
    // A lab shared with anyone else would have shown a foreign namespace or refused a name.
    assert.doesNotMatch(first.out + second.out, /^(RTNETLINK answers|Cannot create namespace file|Cannot open network namespace|Cannot find device|Error:)|The lab failed/m, `learner ${i}`);
    assert.equal(first.err + second.err, '', `learner ${i}: nothing on stderr`);
    const progress = readProgress(state)!;
    assert.deepEqual(progress.lessons.map((l) => [l.id, l.completed]).sort(), [['netns-basics', true], ['veth-pair', true]]);
  }
  assert.ok(seen.size >= LEARNERS * 2, 'the labs were seen running');
  assert.ok(await eventually(() => [...seen].every((p) => !alive(p)), 5000), `processes left: ${[...seen].filter(alive)}`);
  assert.deepEqual(hostState(), host);
});
