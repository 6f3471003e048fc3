import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Action, SessionState } from '../../../src/session/model.ts';
import { initialState, update } from '../../../src/session/reducer.ts';
import { result, tinyLesson, withNamespaces } from './fixtures.ts';

const NOW = 1_000_000;
const start = (resumeAt = 0) => initialState({ lesson: tinyLesson(), lang: 'en', resumeAt, next: { id: 'next', title: 'Next one' }, now: NOW });
const step = (s: SessionState, a: Action, now = NOW + 1000) => update(s, a, now);
const kinds = (s: SessionState) => s.entries.map((e) => e.kind);
/** A session that has its lab and sits at step 1. */
function ready(): SessionState {
  const init = start();
  return step(init.state, { type: 'rebuilt', snapshot: withNamespaces('base'), replayed: ['ip netns add base'], reason: 'resume', failed: null }).state;
}

test('initialState builds the lab with the setup commands first', () => {
  const u = start();
  assert.equal(u.state.status, 'starting');
  assert.deepEqual(u.effects, [{ kind: 'rebuild', fresh: false, commands: ['ip netns add base'], reason: 'resume' }]);
});

test('resuming at a later step replays the state-changing commands before it', () => {
  const u = start(2);
  assert.deepEqual(u.effects[0], { kind: 'rebuild', fresh: false, commands: ['ip netns add base', 'ip netns add ns0'], reason: 'resume' });
  const s = step(u.state, { type: 'rebuilt', snapshot: withNamespaces('base', 'ns0'), replayed: ['ip netns add base', 'ip netns add ns0'], reason: 'resume', failed: null }).state;
  assert.deepEqual(kinds(u.state), ['info', 'step'], 'where the lesson resumes shows at once');
  assert.deepEqual(kinds(s), ['info', 'step', 'replay']);
  assert.equal(s.status, 'idle');
});

test('the intro and the first step show at once, before the lab is built; the setup replayed follows', () => {
  assert.deepEqual(kinds(start().state), ['intro', 'step']);
  const s = ready();
  assert.deepEqual(kinds(s), ['intro', 'step', 'replay']);
  assert.equal(s.status, 'idle');
});

test('submit: a command echoes and runs in the lab', () => {
  const u = step(ready(), { type: 'submit', line: '$ sudo ip netns add ns0' });
  assert.equal(u.state.status, 'running');
  assert.deepEqual(u.effects, [{ kind: 'run', pipeline: [['ip', 'netns', 'add', 'ns0']] }]);
  assert.deepEqual(kinds(u.state).slice(-3), ['command', 'note', 'note']);
});

test('submit: a refused command says why and runs nothing', () => {
  const u = step(ready(), { type: 'submit', line: 'rm -rf /' });
  assert.deepEqual(u.effects, []);
  assert.equal(u.state.entries.at(-1)!.kind, 'refusal');
  assert.equal(u.state.status, 'idle');
});

test('submit: an empty line does nothing', () => {
  const s = ready();
  const u = step(s, { type: 'submit', line: '   ' });
  assert.equal(u.state.entries.length, s.entries.length);
});

test('submit while a command runs queues the line; it runs after the verdict', () => {
  let s = step(ready(), { type: 'submit', line: 'ip netns list' }).state;
  s = step(s, { type: 'submit', line: 'ip netns add ns0' }).state;
  assert.deepEqual(s.queue, ['ip netns add ns0']);
  s = step(s, { type: 'ran', result: result(['ip', 'netns', 'list']) }).state;
  const u = step(s, { type: 'judged', snapshot: withNamespaces('base'), verdicts: [{ ok: false, reason: 'no ns0' }], report: false });
  assert.deepEqual(u.effects, [{ kind: 'save' }, { kind: 'run', pipeline: [['ip', 'netns', 'add', 'ns0']] }]);
  assert.deepEqual(u.state.queue, []);
});

test('output: whole lines become entries, the rest stays live', () => {
  let s = step(ready(), { type: 'submit', line: 'ip netns list' }).state;
  s = step(s, { type: 'output', chunk: 'base\nns' }).state;
  assert.equal(s.entries.at(-1)!.kind, 'output');
  assert.equal(s.live, 'ns');
  s = step(s, { type: 'output', chunk: '0' }).state;
  assert.equal(s.live, 'ns0');
  s = step(s, { type: 'ran', result: result(['ip', 'netns', 'list'], { stdout: 'base\nns0' }) }).state;
  assert.equal(s.live, '');
  assert.deepEqual((s.entries.at(-1) as { text: string }).text, 'ns0');
});

test('ran: counts the attempt, remembers the command, asks for a verdict', () => {
  let s = step(ready(), { type: 'submit', line: 'ip netns add ns0' }).state;
  const u = step(s, { type: 'ran', result: result(['ip', 'netns', 'add', 'ns0']) });
  s = u.state;
  assert.deepEqual(u.effects, [{ kind: 'judge', report: false }]);
  assert.equal(s.status, 'checking');
  assert.equal(s.steps[0]!.attempts, 1);
  assert.deepEqual(s.history, [['ip', 'netns', 'add', 'ns0']]);
});

test('ran: an interrupted or timed-out command says so', () => {
  const s = step(ready(), { type: 'submit', line: 'ping 127.0.0.1' }).state;
  assert.equal(step(s, { type: 'ran', result: result(['ping'], { interrupted: true }) }).state.entries.at(-1)!.kind, 'status');
  assert.equal(step(s, { type: 'ran', result: result(['ping'], { timedOut: true, durationMs: 300000 }) }).state.entries.at(-1)!.kind, 'status');
});

test('judged: all checks hold → ✓, explain, next step, save', () => {
  let s = step(ready(), { type: 'submit', line: 'ip netns add ns0' }).state;
  s = step(s, { type: 'ran', result: result(['ip', 'netns', 'add', 'ns0']) }).state;
  const u = step(s, { type: 'judged', snapshot: withNamespaces('base', 'ns0'), verdicts: [{ ok: true, reason: 'ns0 exists' }], report: false });
  assert.equal(u.state.stepIndex, 1);
  assert.deepEqual(kinds(u.state).slice(-3), ['change', 'passed', 'step']);
  assert.equal(u.state.steps[0]!.done, true);
  assert.equal(u.state.steps[0]!.completedAt, NOW + 1000);
  assert.deepEqual(u.effects, [{ kind: 'save' }]);
  assert.deepEqual(u.state.history, []);
});

test('judged: a failing check stays quiet (no nagging)', () => {
  let s = step(ready(), { type: 'submit', line: 'ip netns list' }).state;
  s = step(s, { type: 'ran', result: result(['ip', 'netns', 'list']) }).state;
  const before = s.entries.length;
  const u = step(s, { type: 'judged', snapshot: withNamespaces('base'), verdicts: [{ ok: false, reason: 'no ns0' }], report: false });
  assert.equal(u.state.entries.length, before);
  assert.equal(u.state.status, 'idle');
});

test('judged: a failed command gets its error explained', () => {
  let s = step(ready(), { type: 'submit', line: 'ip netns add base' }).state;
  s = step(s, { type: 'ran', result: result(['ip', 'netns', 'add', 'base'], { exitCode: 1, stderr: 'Cannot create namespace file "/run/netns/base": File exists\n' }) }).state;
  const u = step(s, { type: 'judged', snapshot: withNamespaces('base'), verdicts: [{ ok: false, reason: 'no ns0' }], report: false });
  assert.ok(kinds(u.state).includes('why'), kinds(u.state).join(','));
});

test('a step without checks passes once its commands have run', () => {
  let s = ready();
  s = { ...s, stepIndex: 1 };
  s = step(s, { type: 'submit', line: 'ip netns' }).state;
  s = step(s, { type: 'ran', result: result(['ip', 'netns']) }).state;
  const u = step(s, { type: 'judged', snapshot: withNamespaces('base'), verdicts: [], report: false });
  assert.equal(u.state.stepIndex, 2, '`ip netns` is `ip netns list`');
});

test('the last step passing completes the lesson with a summary and the next lesson', () => {
  let s = { ...ready(), stepIndex: 2 };
  s = step(s, { type: 'submit', line: 'ip netns add ns1' }).state;
  s = step(s, { type: 'ran', result: result(['ip', 'netns', 'add', 'ns1']) }).state;
  s = step(s, { type: 'judged', snapshot: withNamespaces('base', 'ns1'), verdicts: [{ ok: true, reason: '' }], report: false }).state;
  assert.equal(s.status, 'complete');
  const summary = s.entries.at(-1)!;
  assert.equal(summary.kind, 'summary');
  assert.deepEqual((summary as { next: unknown }).next, { id: 'next', title: 'Next one' });
  assert.deepEqual(step(s, { type: 'submit', line: '' }).effects, [{ kind: 'start-lesson', id: 'next' }]);
});

test('/hint shows hints one at a time and counts them', () => {
  let s = step(ready(), { type: 'submit', line: '/hint' }).state;
  assert.equal(s.entries.at(-1)!.kind, 'hint');
  assert.equal(s.steps[0]!.hints, 1);
  s = step(s, { type: 'submit', line: '/hint' }).state;
  assert.equal(s.steps[0]!.hints, 2);
  s = step(s, { type: 'submit', line: '/hint' }).state;
  assert.equal(s.steps[0]!.hints, 2);
  assert.equal(s.entries.at(-1)!.kind, 'info');
});

test('/check asks for a verdict and reports every check', () => {
  const u = step(ready(), { type: 'submit', line: '/check' });
  assert.deepEqual(u.effects, [{ kind: 'judge', report: true }]);
  const v = step(u.state, { type: 'judged', snapshot: withNamespaces('base'), verdicts: [{ ok: false, reason: 'there is no ns0' }], report: true });
  const e = v.state.entries.at(-1)!;
  assert.equal(e.kind, 'check');
  assert.deepEqual((e as { items: unknown }).items, [{ source: 'netns ns0 exists', ok: false, reason: 'there is no ns0' }]);
});

test('/explain needs a command first, then explains its output', () => {
  let s = step(ready(), { type: 'submit', line: '/explain' }).state;
  assert.equal(s.entries.at(-1)!.kind, 'info');
  s = step(s, { type: 'submit', line: 'ip netns list' }).state;
  s = step(s, { type: 'ran', result: result(['ip', 'netns', 'list'], { stdout: 'base\n' }) }).state;
  s = step(s, { type: 'judged', snapshot: withNamespaces('base'), verdicts: [{ ok: false, reason: '' }], report: false }).state;
  s = step(s, { type: 'submit', line: '/explain' }).state;
  assert.deepEqual(s.entries.at(-1), { id: s.nextId - 1, kind: 'explain', argv: ['ip', 'netns', 'list'], output: 'base\n' });
});

test('/skip runs the step for the learner and moves on, marked skipped', () => {
  const u = step(ready(), { type: 'submit', line: '/skip' });
  assert.deepEqual(u.effects, [{ kind: 'rebuild', fresh: false, commands: ['ip netns add ns0'], reason: 'skip' }]);
  const s = step(u.state, { type: 'rebuilt', snapshot: withNamespaces('base', 'ns0'), replayed: ['ip netns add ns0'], reason: 'skip', failed: null }).state;
  assert.equal(s.stepIndex, 1);
  assert.equal(s.steps[0]!.skipped, true);
  assert.equal(s.steps[0]!.done, false);
});

test('/back rebuilds a fresh lab up to the step before', () => {
  const s = { ...ready(), stepIndex: 2 };
  const u = step(s, { type: 'submit', line: '/back' });
  assert.deepEqual(u.effects, [{ kind: 'rebuild', fresh: true, commands: ['ip netns add base', 'ip netns add ns0'], reason: 'back' }]);
  assert.equal(u.state.stepIndex, 1);
  assert.equal(step(ready(), { type: 'submit', line: '/back' }).state.entries.at(-1)!.kind, 'info');
});

test('/reset rebuilds a fresh lab at the current step', () => {
  const u = step({ ...ready(), stepIndex: 1 }, { type: 'submit', line: '/reset' });
  assert.deepEqual(u.effects, [{ kind: 'rebuild', fresh: true, commands: ['ip netns add base', 'ip netns add ns0'], reason: 'reset' }]);
  const s = step(u.state, { type: 'rebuilt', snapshot: withNamespaces('base', 'ns0'), replayed: ['ip netns add base', 'ip netns add ns0'], reason: 'reset', failed: null }).state;
  assert.deepEqual(kinds(s).slice(-2), ['replay', 'step']);
});

test('/topology toggles the panel; /help lists commands; /lessons and /quit', () => {
  const s = step(ready(), { type: 'submit', line: '/topology' }).state;
  assert.equal(s.showTopology, false);
  assert.equal(step(s, { type: 'submit', line: '/help' }).state.entries.at(-1)!.kind, 'help');
  assert.deepEqual(step(s, { type: 'submit', line: '/lessons' }).effects, [{ kind: 'save' }, { kind: 'pick-lesson' }]);
  assert.deepEqual(step(s, { type: 'submit', line: '/quit' }).effects, [{ kind: 'save' }, { kind: 'quit' }]);
});

test('an unknown /command lists the valid ones', () => {
  const s = step(ready(), { type: 'submit', line: '/frobnicate' }).state;
  assert.match((s.entries.at(-1) as { text: string }).text, /\/hint .*\/quit/);
});

test('ctrl-c: stops a running command; at the prompt, twice to quit', () => {
  const running = step(ready(), { type: 'submit', line: 'ping 127.0.0.1' }).state;
  assert.deepEqual(step(running, { type: 'ctrl-c' }).effects, [{ kind: 'interrupt' }]);
  const once = step(ready(), { type: 'ctrl-c' });
  assert.deepEqual(once.effects, []);
  assert.equal(once.state.ctrlC, 1);
  assert.deepEqual(step(once.state, { type: 'ctrl-c' }).effects, [{ kind: 'save' }, { kind: 'quit' }]);
  assert.equal(step(once.state, { type: 'submit', line: '' }).state.ctrlC, 0, 'anything else typed resets the count');
});

test('lab-failed and note become info lines', () => {
  const s = step(ready(), { type: 'lab-failed', message: 'gone' }).state;
  assert.match((s.entries.at(-1) as { text: string }).text, /gone/);
  assert.equal(step(s, { type: 'note', text: 'hello' }).state.entries.at(-1)!.kind, 'info');
});

test('queued lines that need no lab (/hint, refusals) are all taken, up to the next command', () => {
  let s = step(ready(), { type: 'submit', line: 'ip netns list' }).state;
  for (const l of ['/hint', 'rm -rf /', '/hint', 'ip netns add ns0', '/help']) s = step(s, { type: 'submit', line: l }).state;
  s = step(s, { type: 'ran', result: result(['ip', 'netns', 'list']) }).state;
  const u = step(s, { type: 'judged', snapshot: withNamespaces('base'), verdicts: [{ ok: false, reason: '' }], report: false });
  assert.deepEqual(u.effects.filter((e) => e.kind === 'run'), [{ kind: 'run', pipeline: [['ip', 'netns', 'add', 'ns0']] }]);
  assert.deepEqual(u.state.queue, ['/help']);
  assert.equal(u.state.steps[0]!.hints, 2);
});

test('/quit pasted or piped after a command waits its turn', () => {
  let s = step(ready(), { type: 'submit', line: 'ip netns add ns0' }).state;
  const u = step(s, { type: 'submit', line: '/quit' });
  assert.deepEqual(u.effects, []);
  assert.deepEqual(u.state.queue, ['/quit']);
  s = step(u.state, { type: 'ran', result: result(['ip', 'netns', 'add', 'ns0']) }).state;
  const v = step(s, { type: 'judged', snapshot: withNamespaces('base', 'ns0'), verdicts: [{ ok: true, reason: '' }], report: false });
  assert.ok(v.state.steps[0]!.done, 'the command finished and its step passed');
  assert.deepEqual(v.effects.slice(-2), [{ kind: 'save' }, { kind: 'quit' }]);
});

test('/quit typed at the prompt while a command runs stops it and leaves, as Ctrl-C twice does', () => {
  let s = step(ready(), { type: 'submit', line: 'ping 127.0.0.1', typed: true }).state;
  s = step(s, { type: 'output', chunk: '64 bytes from 127.0.0.1: icmp_seq=1\n64 bytes' }).state;
  s = step(s, { type: 'submit', line: 'ip netns add ns0' }).state;
  const u = step(s, { type: 'submit', line: '/quit', typed: true });
  assert.deepEqual(u.effects, [{ kind: 'interrupt' }, { kind: 'save' }, { kind: 'quit' }]);
  assert.equal(u.state.quitting, true);
  assert.deepEqual(u.state.queue, [], 'what was queued does not run');
  assert.deepEqual(kinds(u.state).slice(-3), ['output', 'output', 'command'], 'the unfinished output line is kept, then the /quit');
  const after = step(u.state, { type: 'ran', result: result(['ping', '127.0.0.1'], { interrupted: true }) });
  assert.deepEqual(after.effects, [], 'the stopped command is not judged: the learner has left');
  assert.equal(after.state.running, null);
});

test('/quit typed while the lab is still being built leaves at once; an abbreviation will do', () => {
  const u = step(start().state, { type: 'submit', line: '/qu', typed: true });
  assert.deepEqual(u.effects, [{ kind: 'save' }, { kind: 'quit' }], 'nothing runs yet: nothing to stop');
  assert.equal(u.state.quitting, true);
  const built = step(u.state, { type: 'rebuilt', snapshot: withNamespaces('base'), replayed: ['ip netns add base'], reason: 'resume', failed: null });
  assert.ok(!built.effects.some((e) => e.kind === 'run' || e.kind === 'quit'), 'nothing more runs once the lab is ready');
});

test('lines typed while the lab is being built wait, then run in order once it is ready', () => {
  let s = start().state;
  for (const line of ['ip netns list', '/hint', 'ip netns add ns0']) s = step(s, { type: 'submit', line, typed: true }).state;
  assert.deepEqual(s.queue, ['ip netns list', '/hint', 'ip netns add ns0']);
  assert.equal(s.status, 'starting');
  let u = step(s, { type: 'rebuilt', snapshot: withNamespaces('base'), replayed: ['ip netns add base'], reason: 'resume', failed: null });
  assert.deepEqual(u.effects, [{ kind: 'save' }, { kind: 'run', pipeline: [['ip', 'netns', 'list']] }]);
  assert.deepEqual(u.state.queue, ['/hint', 'ip netns add ns0']);
  u = step(u.state, { type: 'ran', result: result(['ip', 'netns', 'list']) });
  u = step(u.state, { type: 'judged', snapshot: withNamespaces('base'), verdicts: [{ ok: false, reason: '' }], report: false });
  assert.deepEqual(u.effects.filter((e) => e.kind === 'run'), [{ kind: 'run', pipeline: [['ip', 'netns', 'add', 'ns0']] }]);
  assert.equal(u.state.entries.filter((e) => e.kind === 'hint').length, 1, 'the /hint between them was taken in its turn');
});

test('a lesson opened after another makes the lab fresh before building it', () => {
  const u = initialState({ lesson: tinyLesson(), lang: 'en', resumeAt: 0, next: null, now: NOW, fresh: true });
  assert.deepEqual(u.effects, [{ kind: 'rebuild', fresh: true, commands: ['ip netns add base'], reason: 'resume' }]);
});
