/** The learner who went ahead: which checks cannot hold together, and the one note the session gives. */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { contradicts } from '../../../src/check/facts.ts';
import { parseCheckLine } from '../../../src/check/parse.ts';
import type { Check } from '../../../src/check/model.ts';
import { ROOT_NS, type Link, type Netns, type Route, type Snapshot } from '../../../src/model/snapshot.ts';
import { parseLesson } from '../../../src/lesson/parse.ts';
import type { Lesson } from '../../../src/lesson/model.ts';
import { aheadOf } from '../../../src/session/ahead.ts';
import type { SessionState } from '../../../src/session/model.ts';
import { initialState, update } from '../../../src/session/reducer.ts';
import { addr, lo } from '../../helpers/snapshot-builders.ts';

const ROOT = join(import.meta.dirname, '..', '..', '..');
const lesson = (file: string): Lesson => parseLesson(readFileSync(join(ROOT, 'lessons', file), 'utf8'), file).lesson!;
const stepNamed = (l: Lesson, title: string) => l.steps.findIndex((s) => s.title === title);
const c = (line: string): Check => {
  const r = parseCheckLine(line, 1);
  if ('error' in r) throw new Error(r.error.message);
  return r.check;
};

function veth(name: string, peer: string, peerNs: string | null, o: { up?: boolean; addrs?: string[] } = {}): Link {
  return {
    name, ifindex: 10, kind: 'veth', up: o.up ?? false, operstate: o.up ? 'UP' : 'DOWN', flags: [], mtu: 1500, mac: '02:00:00:00:00:01',
    qdisc: 'noop', master: null, peer: { name: peer, ifindex: 11, netns: peerNs }, addrs: (o.addrs ?? []).map((a) => addr(a)),
  };
}
const ns = (name: string, links: Link[], routes: Route[] = [], sysctls: Record<string, string> = {}): Netns => ({ name, links, routes, sysctls });
const lab = (root: Link[], named: Netns[]): Snapshot => ({ root: ns(ROOT_NS, root), namespaces: named });
const route = (dst: string, dev: string, gateway: string | null = null): Route => ({ dst, gateway, dev, protocol: null, scope: null, prefsrc: null });

test('contradicts: a denial against what another check implies, or two values of one thing', () => {
  assert.ok(contradicts(c('link lo in ns0 is down'), c('link lo in ns0 is up')));
  assert.ok(contradicts(c('not route default in ns1'), c('route default via 192.0.2.254 dev eth0 in ns1')));
  assert.ok(contradicts(c('route 0.0.0.0/0 via 192.0.2.254 in ns1'), c('not route default in ns1')), 'every /0 is the default route');
  assert.ok(contradicts(c('veth veth7 peer veth1-peer'), c('not link veth1-peer exists')));
  assert.ok(contradicts(c('sysctl net.ipv4.ip_forward = 0 in router'), c('sysctl net.ipv4.ip_forward = 1 in router')));
  assert.ok(contradicts(c('not route 192.0.2.0/24'), c('route 192.0.2.0/24 dev br0')));
  assert.ok(!contradicts(c('link lo in ns0 is down'), c('link lo in ns1 is up')), 'another namespace');
  assert.ok(!contradicts(c('link veth7 exists'), c('link veth7 in ns0 exists')), 'names repeat across namespaces');
  assert.ok(!contradicts(c('not route default in ns1'), c('not route default in ns2')));
  assert.ok(!contradicts(c('addr 192.0.2.1/24 on eth0 in ns1'), c('link eth0 in ns1 is up')));
  assert.ok(!contradicts(c('not route default in ns2'), c('route default via 192.0.2.254 in ns1')));
});

const BASICS = lesson('en/01-netns-basics.md');
const LO_DOWN = lab([lo(false)], [ns('ns0', [lo(false)])]);
const LO_UP = lab([lo(false)], [ns('ns0', [lo(true)])]);

test('netns-basics: lo brought up before the step that watches ping fail is "ahead of step 6"', () => {
  const at = stepNamed(BASICS, 'Try to ping 127.0.0.1 inside ns0');
  const a = aheadOf(BASICS, at, LO_UP, 'en');
  assert.deepEqual(a, { step: stepNamed(BASICS, 'Bring lo up'), title: 'Bring lo up', need: 'lo in ns0 is up (UP flag set), but this step expects it down' });
  assert.equal(aheadOf(BASICS, at, LO_DOWN, 'en'), null, 'on the reference path it says nothing');
  assert.equal(aheadOf(BASICS, stepNamed(BASICS, 'Look inside ns0'), LO_UP, 'en'), null, 'looking is judged as looking: lo up or down');
  assert.equal(aheadOf(BASICS, stepNamed(BASICS, 'Create a namespace called ns0'), lab([lo(false)], []), 'en'), null, 'a step that changes the lab is never "ahead"');
});

const VETH = lesson('en/02-veth-pair.md');
const NS01 = [ns('ns0', [lo(true)]), ns('ns1', [lo(false)])];

test('veth-pair: looking at the pair in the host after moving an end', () => {
  const at = stepNamed(VETH, 'Look at the pair in the host');
  const inHost = lab([lo(false), veth('veth7', 'veth1-peer', ROOT_NS), veth('veth1-peer', 'veth7', ROOT_NS)], NS01);
  assert.equal(aheadOf(VETH, at, inHost, 'en'), null);
  const upInHost = lab([lo(false), veth('veth7', 'veth1-peer', ROOT_NS, { up: true }), veth('veth1-peer', 'veth7', ROOT_NS, { up: true })], NS01);
  assert.equal(aheadOf(VETH, at, upInHost, 'en'), null, 'ends switched on early still let the learner look');
  const moved = lab([lo(false), veth('veth7', 'veth1-peer', 'ns1')], [ns('ns0', [lo(true)]), ns('ns1', [lo(false), veth('veth1-peer', 'veth7', ROOT_NS)])]);
  assert.equal(aheadOf(VETH, at, moved, 'en')?.title, 'Move veth1-peer into ns1');
  const otherEnd = lab([lo(false), veth('veth1-peer', 'veth7', 'ns0')], [ns('ns0', [lo(true), veth('veth7', 'veth1-peer', ROOT_NS)]), ns('ns1', [lo(false)])]);
  const a = aheadOf(VETH, at, otherEnd, 'en');
  assert.equal(a?.step, null, 'no single later step is done, yet this one cannot happen: the general note');
  assert.match(a!.need, /veth7 is in ns0, but this step expects it in the host/);
});

const ROUTING = lesson('en/04-routing.md');

test('routing: a default route added early, forwarding switched on early', () => {
  const wired = (ns1Routes: Route[], forward: string) => lab([lo(false)], [
    ns('ns1', [lo(false), veth('eth0', 'veth1', 'router', { up: true, addrs: ['192.0.2.1/24'] })], ns1Routes, { 'net.ipv4.ip_forward': '0' }),
    ns('ns2', [lo(false), veth('eth0', 'veth2', 'router', { up: true, addrs: ['198.51.100.1/24'] })], [route('198.51.100.0/24', 'eth0')], { 'net.ipv4.ip_forward': '0' }),
    ns('router', [lo(false), veth('veth1', 'eth0', 'ns1', { up: true, addrs: ['192.0.2.254/24'] }), veth('veth2', 'eth0', 'ns2', { up: true, addrs: ['198.51.100.254/24'] })],
      [route('192.0.2.0/24', 'veth1'), route('198.51.100.0/24', 'veth2')], { 'net.ipv4.ip_forward': forward }),
  ]);
  const tryAt = stepNamed(ROUTING, 'Try to reach ns2 from ns1');
  assert.equal(aheadOf(ROUTING, tryAt, wired([route('192.0.2.0/24', 'eth0')], '0'), 'en'), null);
  assert.equal(aheadOf(ROUTING, tryAt, wired([route('default', 'eth0', '192.0.2.254'), route('192.0.2.0/24', 'eth0')], '0'), 'en')?.title, 'Give ns1 a default route');
  const whyAt = stepNamed(ROUTING, 'Ping across, and ask the router why it fails');
  if (whyAt >= 0) {
    const ahead = aheadOf(ROUTING, whyAt, wired([route('default', 'eth0', '192.0.2.254'), route('192.0.2.0/24', 'eth0')], '1'), 'en');
    assert.equal(ahead?.title, 'Turn on forwarding in the router');
    const unread = wired([route('default', 'eth0', '192.0.2.254'), route('192.0.2.0/24', 'eth0')], '0');
    const router = unread.namespaces.find((n) => n.name === 'router')!;
    const noSysctls: Snapshot = { ...unread, namespaces: unread.namespaces.map((n) => (n === router ? { ...router, sysctls: {} } : n)) };
    assert.equal(aheadOf(ROUTING, whyAt, noSysctls, 'en'), null, 'a setting the probe could not read is no reason to speak');
  }
});

test('the session says it once, in the learner\'s language, and again on /check', () => {
  for (const [lang, file, words] of [['en', 'en/01-netns-basics.md', /You are ahead of this step: the lab already has what step 6, "Bring lo up", does.*\/reset.*\/skip/],
    ['zh', 'zh/01-netns-basics.md', /你已经走到这一步前面了：实验环境里已经有第 6 步“启用 lo”做的改动.*\/reset.*\/skip/]] as const) {
    const l = lesson(file);
    const init = initialState({ lesson: l, lang, resumeAt: 4, next: null, now: 0 });
    let s: SessionState = update(init.state, { type: 'rebuilt', snapshot: LO_DOWN, replayed: [], reason: 'resume', failed: null }, 1).state;
    const judge = (st: SessionState, report = false) => update({ ...st, status: 'checking' }, { type: 'judged', snapshot: LO_UP, verdicts: l.steps[4]!.checks.map(() => ({ ok: false, reason: 'x' })), report }, 2).state;
    const notes = (st: SessionState) => st.entries.filter((e) => e.kind === 'info' && words.test(e.text)).length;
    s = judge(s);
    assert.equal(notes(s), 1);
    assert.equal(s.aheadSaid, true);
    s = judge(s);
    assert.equal(notes(s), 1, 'said once');
    s = judge(s, true);
    assert.equal(notes(s), 2, '/check says it again');
    const skipped = update({ ...s, status: 'rebuilding' }, { type: 'rebuilt', snapshot: LO_UP, replayed: [], reason: 'skip', failed: null }, 3).state;
    assert.equal(skipped.aheadSaid, false, 'a new step starts afresh');
  }
});
