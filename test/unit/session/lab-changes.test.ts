/**
 * What the learner changed in the step they left unfinished: remembered
 * command by command, saved with the progress (old files without it still
 * load), and replayed on resume after the earlier steps' reference commands,
 * saying which could not be replayed.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { messages } from '../../../src/i18n/messages.ts';
import type { Snapshot } from '../../../src/model/snapshot.ts';
import { lessonProgressOf } from '../../../src/progress/from-session.ts';
import { emptyProgress, readProgress, withLesson } from '../../../src/progress/model.ts';
import { entryText } from '../../../src/render/entry-text.ts';
import { sessionInit } from '../../../src/session/from-progress.ts';
import type { Entry, SessionState } from '../../../src/session/model.ts';
import { initialState, update } from '../../../src/session/reducer.ts';
import { changedLab } from '../../../src/session/replay.ts';
import { result, tinyLesson, withNamespaces } from './fixtures.ts';

const NOW = 2_000_000;
const lesson = tinyLesson();

/** A session at step 1 (0-based `at`) with its lab built. */
function ready(at = 0): SessionState {
  const u = initialState({ lesson, lang: 'en', resumeAt: at, next: null, now: NOW });
  return update(u.state, { type: 'rebuilt', snapshot: withNamespaces('base'), replayed: ['ip netns add base'], reason: 'resume', failed: null }, NOW).state;
}

/** Runs one line to its verdict: the command's result and the snapshot after it. */
function run(s: SessionState, line: string, after: Snapshot, over: Parameters<typeof result>[1] = {}, ok = false): SessionState {
  s = update(s, { type: 'submit', line }, NOW).state;
  assert.equal(s.status, 'running', line);
  s = update(s, { type: 'ran', result: result(line.split(' '), over) }, NOW).state;
  return update(s, { type: 'judged', snapshot: after, verdicts: [{ ok, reason: '' }], report: false }, NOW + 1).state;
}

const withLink = (ns: Snapshot, name: string): Snapshot => ({ ...ns, root: { ...ns.root, links: [...ns.root.links, { name, ifindex: 2, kind: 'veth', up: false, operstate: 'DOWN', flags: [], mtu: 1500, mac: '', qdisc: 'noop', master: null, peer: null, addrs: [] }] } });

test('changedLab: a successful command that can change state and (where the probe sees it) did', () => {
  const a = withNamespaces('base');
  const b = withNamespaces('base', 'extra');
  assert.equal(changedLab(result(['ip', 'netns', 'add', 'extra']), a, b), true);
  assert.equal(changedLab(result(['ip', 'netns', 'add', 'extra']), a, a), false, 'nothing changed where the probe looks');
  assert.equal(changedLab(result(['ip', 'netns', 'add', 'extra'], { exitCode: 1 }), a, b), false, 'it failed');
  assert.equal(changedLab(result(['ip', 'netns', 'list']), a, b), false, 'it only looks');
  assert.equal(changedLab(result(['ping', '-c', '1', '127.0.0.1']), a, b), false);
  assert.equal(changedLab(result(['ip', 'link', 'add', 'v0', 'type', 'veth'], { interrupted: true }), a, b), false, 'stopped');
  assert.equal(changedLab(result(['sysctl', '-w', 'net.ipv4.conf.all.rp_filter=0']), a, a), true, 'the probe does not read it: success counts');
  assert.equal(changedLab(result(['ip', 'netns', 'exec', 'base', 'ip', 'neigh', 'add', '10.0.0.9', 'lladdr', '02:00:00:00:00:09', 'dev', 'lo']), a, a), true);
  assert.equal(changedLab(result(['ip', 'netns', 'exec', 'base', 'ip', 'addr', 'add', '10.0.0.1/8', 'dev', 'lo']), a, a), false);
});

test('the learner\'s state-changing commands of the current step are remembered, in order; looking and failing are not', () => {
  let s = ready();
  const a = withNamespaces('base');
  const b = withNamespaces('base', 'extra');
  s = run(s, 'ip netns list', a);
  s = run(s, 'ip netns add extra', b);
  s = run(s, 'ip netns add extra', b, { exitCode: 1, stderr: 'File exists' });
  s = run(s, 'ip link add veth7 type veth peer name veth1-peer', withLink(b, 'veth7'));
  s = run(s, 'sysctl -w net.ipv4.ip_forward=1', withLink(b, 'veth7'));
  assert.deepEqual(s.labChanges, ['ip netns add extra', 'ip link add veth7 type veth peer name veth1-peer', 'sysctl -w net.ipv4.ip_forward=1']);
  assert.equal(s.stepIndex, 0);
  // Passing the step forgets them: the step's reference commands rebuild it from now on.
  s = run(s, 'ip netns add ns0', withNamespaces('base', 'extra', 'ns0'), {}, true);
  assert.equal(s.stepIndex, 1);
  assert.deepEqual(s.labChanges, []);
});

test('/reset starts from a fresh lab: what the learner changed is gone and forgotten', () => {
  let s = run(ready(), 'ip netns add extra', withNamespaces('base', 'extra'));
  assert.deepEqual(s.labChanges, ['ip netns add extra']);
  s = update(s, { type: 'submit', line: '/reset' }, NOW).state;
  s = update(s, { type: 'rebuilt', snapshot: withNamespaces('base'), replayed: ['ip netns add base'], reason: 'reset', failed: null }, NOW).state;
  assert.deepEqual(s.labChanges, []);
});

test('saved with the progress, read back, and replayed on resume after the reference commands', () => {
  let s = run(ready(), 'ip netns add extra', withNamespaces('base', 'extra'));
  s = run(s, 'ip link add veth7 type veth peer name veth1-peer', withLink(withNamespaces('base', 'extra'), 'veth7'));
  const record = lessonProgressOf(s, NOW + 5000, new Date(NOW).toISOString());
  assert.deepEqual(record.labChanges, { step: 0, commands: ['ip netns add extra', 'ip link add veth7 type veth peer name veth1-peer'] });
  const file = JSON.parse(JSON.stringify(withLesson(emptyProgress('u'), record)));
  const read = readProgress(file, 'u');
  assert.deepEqual(read.dropped, []);
  const init = sessionInit(lesson, read.progress!, [lesson], 'en', NOW + 10_000);
  assert.equal(init.resumeAt, 0);
  assert.deepEqual(init.labChanges, record.labChanges!.commands);
  const u = initialState(init);
  assert.deepEqual(u.effects, [{ kind: 'rebuild', fresh: false, commands: ['ip netns add base'], reason: 'resume', learner: ['ip netns add extra', 'ip link add veth7 type veth peer name veth1-peer'] }]);
  assert.deepEqual(u.state.labChanges, init.labChanges, 'kept while the lab is built, so a save then loses nothing');
});

test('a record written before labChanges existed loads and resumes as before', () => {
  const old = { version: 1, user: 'u', last: { id: 'tiny', lang: 'en' }, lessons: [{
    id: 'tiny', lang: 'en', title: 'Tiny', completed: false, startedAt: '2026-01-01T00:00:00.000Z', completedAt: null, timeMs: 1000,
    steps: [{ title: 'Add ns0', done: true, skipped: false, hints: 0, attempts: 1, completedAt: '2026-01-01T00:00:10.000Z' }, { title: 'Look', done: false, skipped: false, hints: 0, attempts: 0, completedAt: null }, { title: 'Add ns1', done: false, skipped: false, hints: 0, attempts: 0, completedAt: null }],
  }] };
  const read = readProgress(old, 'u');
  assert.deepEqual(read.dropped, []);
  const init = sessionInit(lesson, read.progress!, [lesson], 'en', NOW);
  assert.equal(init.resumeAt, 1);
  assert.equal(init.labChanges, undefined);
  assert.deepEqual(initialState(init).effects, [{ kind: 'rebuild', fresh: false, commands: ['ip netns add base', 'ip netns add ns0'], reason: 'resume' }]);
});

test('changes made in a step the learner went back to resume that step, with them', () => {
  const p = withLesson(emptyProgress('u'), {
    id: 'tiny', lang: 'en', title: 'Tiny', completed: false, startedAt: '', completedAt: null, timeMs: 0,
    steps: [true, true, false].map((done, i) => ({ title: `s${i}`, done, skipped: false, hints: 0, attempts: 1, completedAt: null })),
    labChanges: { step: 1, commands: ['ip netns add extra'] },
  });
  const init = sessionInit(lesson, p, [lesson], 'en', NOW);
  assert.equal(init.resumeAt, 1);
  assert.deepEqual(init.labChanges, ['ip netns add extra']);
  // One recorded for a later step than the first unfinished one is not the learner's way: ignored.
  const odd = sessionInit(lesson, { ...p, lessons: [{ ...p.lessons[0]!, labChanges: { step: 2, commands: ['ip netns add extra'] }, steps: p.lessons[0]!.steps.map((x, i) => (i === 1 ? { ...x, done: false } : x)) }] }, [lesson], 'en', NOW);
  assert.equal(odd.resumeAt, 1);
  assert.equal(odd.labChanges, undefined);
});

const text = (e: Entry, lang: 'en' | 'zh' = 'en') => entryText(e, { lang, color: false, width: 100 });

test('rebuilt on resume: the learner\'s commands shown dimmed as a replay; each that could not be replayed named, with why', () => {
  const init = { lesson, lang: 'en' as const, resumeAt: 0, next: null, now: NOW, labChanges: ['ip netns add extra', 'ip link add veth7 type veth peer name veth1-peer', 'ip netns add extra'] };
  const u = initialState(init);
  const s = update(u.state, {
    type: 'rebuilt', snapshot: withNamespaces('base', 'extra'), replayed: ['ip netns add base'], reason: 'resume', failed: null,
    learner: init.labChanges, notReplayed: [{ index: 2, line: 'ip netns add extra', why: 'Cannot create namespace file "/run/netns/extra": File exists' }],
  }, NOW).state;
  assert.deepEqual(s.labChanges, ['ip netns add extra', 'ip link add veth7 type veth peer name veth1-peer'], 'what is in the lab now');
  const replays = s.entries.filter((e) => e.kind === 'replay');
  assert.equal(replays.length, 2);
  assert.equal(text(replays[1]!), [messages('en').learnerReplayHeader, '  ↻ ip netns add extra', '  ↻ ip link add veth7 type veth peer name veth1-peer', '  ↻ ip netns add extra', '2 of your 3 commands replayed; the lab is without the rest.'].join('\n'));
  const info = s.entries.at(-1)!;
  assert.equal(text(info), 'Not replayed: ip netns add extra (Cannot create namespace file "/run/netns/extra": File exists). The lab is without what it did; run it again if you need it.');
  assert.equal(s.status, 'idle');
});

test('rebuilt on resume in Chinese, every command replayed', () => {
  const u = initialState({ lesson, lang: 'zh', resumeAt: 0, next: null, now: NOW, labChanges: ['ip netns add extra'] });
  const s = update(u.state, { type: 'rebuilt', snapshot: withNamespaces('base', 'extra'), replayed: ['ip netns add base'], reason: 'resume', failed: null, learner: ['ip netns add extra'], notReplayed: [] }, NOW).state;
  const replay = s.entries.filter((e) => e.kind === 'replay').at(-1)!;
  assert.equal(text(replay, 'zh'), ['重放你离开前在这一步所做的改动：', '  ↻ ip netns add extra', '实验环境已恢复到你离开时的样子（重放了你的 1 条命令）。'].join('\n'));
  assert.equal(messages('zh').notReplayed('ip netns add extra', 'File exists'), '未能重放：ip netns add extra（File exists）。实验环境中没有它的效果；如有需要请再运行一次。');
});

test('a completed lesson keeps no lab changes in its record', () => {
  let s = ready(2);
  s = run(s, 'ip netns add extra', withNamespaces('base', 'extra'));
  s = run(s, 'ip netns add ns1', withNamespaces('base', 'extra', 'ns1'), {}, true);
  assert.equal(s.status, 'complete');
  assert.equal(lessonProgressOf(s, NOW, '').labChanges, undefined);
});
