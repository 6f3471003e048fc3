// The shipped lessons must not depend on the host they run on. A lab's
// namespaces copy their IPv4 settings from the host's initial namespace
// (forwarding is on on every Docker host), and some hosts have no IPv6 at
// all. So no check may need an IPv6 address (::1, fe80::…) to exist, no
// reference command may use IPv6, and every sysctl a check reads must have
// been set by the lesson itself, in that namespace, not inherited.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Check } from '../../../src/check/model.ts';
import { ROOT_NS } from '../../../src/model/snapshot.ts';
import { loadAllLessons } from '../../../src/lesson/load.ts';
import type { Lesson, RefCommand } from '../../../src/lesson/model.ts';

const LESSONS = loadAllLessons();
const where = (l: Lesson, line: number) => `${l.file ?? `${l.id}/${l.lang}`}:${line}`;

const isMac = (w: string) => /^([0-9a-f]{2}:){5}[0-9a-f]{2}$/i.test(w);
/** An IPv6 address, with or without a prefix: hex groups and at least two colons. */
const isIpv6 = (w: string) => /^[0-9a-f:]+(\/\d+)?$/i.test(w) && (w.match(/:/g) ?? []).length >= 2;

/** What in a check would need IPv6 (an IPv6 address, `inet6`, `fe80`, …), whatever the check's kind, or null. */
function ipv6In(c: Check): string | null {
  const words = c.source.split(/[\s"/]+/);
  return words.find((w) => (isIpv6(w) && !isMac(w)) || /^(inet6|ipv6|fe80.*|ping6)$/i.test(w)) ?? (/::1\b|fe80:/i.test(c.source) ? c.source : null);
}

/** The namespace a reference command runs in and its words there. */
function runsIn(c: RefCommand): { ns: string; words: string[] } {
  const w = c.text.trim().split(/\s+/);
  return w[0] === 'ip' && w[1] === 'netns' && w[2] === 'exec' && w[3] ? { ns: w[3], words: w.slice(4) } : { ns: ROOT_NS, words: w };
}

/** The sysctl keys a reference command writes, as `NS key`. */
function sysctlWrites(c: RefCommand): string[] {
  const { ns, words } = runsIn(c);
  if (words[0] !== 'sysctl' || !words.includes('-w')) return [];
  return words.filter((x) => x.includes('=')).map((x) => `${ns} ${x.slice(0, x.indexOf('='))}`);
}

test('the shipped lessons are all here, in both languages', () => {
  assert.deepEqual([...new Set(LESSONS.map((l) => l.lang))].sort(), ['en', 'zh']);
  assert.ok(LESSONS.length >= 8);
});

test('no check of any shipped lesson needs IPv6 (::1, fe80::… or any IPv6 address)', () => {
  const found = LESSONS.flatMap((l) => l.steps.flatMap((s) => s.checks.flatMap((c) => {
    const v6 = ipv6In(c);
    return v6 === null ? [] : [`${where(l, c.line)}: \`${c.source}\` needs IPv6 (${v6})`];
  })));
  assert.deepEqual(found, []);
});

test('no setup or reference command of any shipped lesson uses IPv6', () => {
  const found = LESSONS.flatMap((l) => [...l.setup, ...l.steps.flatMap((s) => s.commands)].flatMap((c) => {
    const words = c.text.trim().split(/\s+/);
    const v6 = words.some((x) => x === '-6' || x === 'inet6' || x === 'ping6' || x.startsWith('net.ipv6.') || (isIpv6(x) && !isMac(x)));
    return v6 ? [`${where(l, c.line)}: \`${c.text}\``] : [];
  }));
  assert.deepEqual(found, []);
});

test('every sysctl a check reads was set by the lesson itself, in that namespace, by that step at the latest: never the value inherited from the host', () => {
  const found: string[] = [];
  let checked = 0;
  for (const l of LESSONS) {
    const set = new Set<string>(l.setup.flatMap(sysctlWrites));
    for (const s of l.steps) {
      for (const c of s.commands) for (const k of sysctlWrites(c)) set.add(k);
      for (const c of s.checks) {
        if (c.kind !== 'sysctl') continue;
        checked++;
        if (!set.has(`${c.netns} ${c.key}`)) found.push(`${where(l, c.line)}: \`${c.source}\` reads ${c.key} in ${c.netns || "the lab's host"}, which the lesson has not set by then: its value is the host's`);
      }
    }
  }
  assert.deepEqual(found, []);
  assert.ok(checked > 0, 'the routing lesson checks net.ipv4.ip_forward');
});

test('the routing lesson switches forwarding off in the router explicitly before the ping that must fail', () => {
  for (const l of LESSONS.filter((x) => x.id === 'routing')) {
    const off = l.steps.findIndex((s) => s.commands.some((c) => sysctlWrites(c).includes('router net.ipv4.ip_forward') && /ip_forward=0$/.test(c.text)));
    const failingPing = l.steps.findIndex((s, i) => i > off && s.commands.some((c) => c.expectFail && /ping .*198\.51\.100\.1$/.test(c.text)));
    assert.ok(off >= 0, `${l.lang}: a step sets net.ipv4.ip_forward=0 in router`);
    assert.ok(failingPing > off, `${l.lang}: the failing ping across comes after it`);
    assert.ok(l.steps[off]!.commands.some((c) => /^ip netns exec router sysctl net\.ipv4\.ip_forward$/.test(c.text)), `${l.lang}: the learner reads the inherited value first`);
  }
});
