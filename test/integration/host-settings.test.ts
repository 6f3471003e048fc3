// Lessons must not depend on the host's kernel settings. New namespaces copy
// their IPv4 settings from the host's initial namespace, so a lab on a Docker
// host starts with forwarding on, a lab on a systemd host with loose
// reverse-path filtering, and so on. Without touching this host's settings,
// every lesson in every language is played here (`netns-tutor test`'s engine)
// in labs that behave as on such hosts, and as on a host without IPv6.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { asOnHost, type HostSettings } from '../../src/lab/as-on-host.ts';
import { openLab } from '../../src/lab/lab.ts';
import { findLink, ROOT_NS } from '../../src/model/snapshot.ts';
import { loadAllLessons } from '../../src/lesson/load.ts';
import { formatOutcomes, testLesson, type LessonOutcome } from '../../src/lesson/test-lesson.ts';
import { labSkipReason } from '../helpers/lab-env.ts';

const skip = await labSkipReason();

const rpFilter = (v: string): HostSettings => [['net.ipv4.conf.all.rp_filter', v], ['net.ipv4.conf.default.rp_filter', v]];
const noIpv6: HostSettings = [['net.ipv6.conf.all.disable_ipv6', '1'], ['net.ipv6.conf.default.disable_ipv6', '1']];

const HOSTS: readonly { readonly name: string; readonly settings: HostSettings }[] = [
  { name: 'a Docker host with strict reverse-path filtering (ip_forward=1, rp_filter=1)', settings: [['net.ipv4.ip_forward', '1'], ...rpFilter('1')] },
  { name: 'a host with loose reverse-path filtering, as systemd sets it, and forwarding on (ip_forward=1, rp_filter=2)', settings: [['net.ipv4.ip_forward', '1'], ...rpFilter('2')] },
  { name: 'a freshly installed host without IPv6 (ip_forward=0, rp_filter=0, IPv6 disabled)', settings: [['net.ipv4.ip_forward', '0'], ...rpFilter('0'), ...noIpv6] },
];

/** Runs `fn` over `items`, at most `n` at a time. */
async function pool<T, R>(items: readonly T[], n: number, fn: (x: T) => Promise<R>): Promise<R[]> {
  const out: R[] = new Array(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const i = next++;
      out[i] = await fn(items[i]!);
    }
  };
  await Promise.all(Array.from({ length: Math.min(n, items.length) }, worker));
  return out;
}

test('the simulated settings are in the lab\'s root from the start, in each namespace right after it appears, and again after a reset', { skip }, async () => {
  const lab = await asOnHost(await openLab(), [['net.ipv4.ip_forward', '1'], ...rpFilter('2'), ...noIpv6]);
  try {
    const read = async (ns: string, key: string) => {
      const argv = ns === ROOT_NS ? ['sysctl', '-n', key] : ['ip', 'netns', 'exec', ns, 'sysctl', '-n', key];
      return (await lab.run([argv])).stdout.trim();
    };
    assert.equal(await read(ROOT_NS, 'net.ipv4.conf.all.rp_filter'), '2');
    assert.equal(await read(ROOT_NS, 'net.ipv4.ip_forward'), '1');
    assert.equal((await lab.run([['ip', 'netns', 'add', 'ns1']])).exitCode, 0);
    for (const key of ['net.ipv4.ip_forward', 'net.ipv4.conf.all.rp_filter', 'net.ipv4.conf.default.rp_filter', 'net.ipv6.conf.all.disable_ipv6']) {
      assert.equal(await read('ns1', key), key.endsWith('rp_filter') ? '2' : '1', `${key} in ns1`);
    }
    assert.equal((await lab.probe()).namespaces.find((n) => n.name === 'ns1')?.sysctls['net.ipv4.ip_forward'], '1', 'the probe sees it too');
    // IPv6 off: lo comes up with 127.0.0.1 only.
    await lab.run([['ip', 'netns', 'exec', 'ns1', 'ip', 'link', 'set', 'lo', 'up']]);
    assert.deepEqual(findLink(await lab.probe(), 'ns1', 'lo')!.addrs.map((a) => a.cidr), ['127.0.0.1/8']);
    // A name deleted and made again is a new namespace: it gets the settings again.
    await lab.run([['ip', 'netns', 'del', 'ns1']]);
    await lab.run([['ip', 'netns', 'add', 'ns1']]);
    assert.equal(await read('ns1', 'net.ipv4.conf.all.rp_filter'), '2');
    await lab.reset();
    assert.equal(await read(ROOT_NS, 'net.ipv4.conf.all.rp_filter'), '2', 'after a reset');
    assert.deepEqual((await lab.probe()).namespaces, [], 'a reset still gives an empty lab');
  } finally {
    await lab.close();
  }
});

for (const host of HOSTS) {
  test(`every lesson in every language passes netns-tutor test as on ${host.name}`, { skip, timeout: 900_000 }, async () => {
    const lessons = loadAllLessons();
    assert.ok(lessons.length >= 8, 'the shipped lessons, in both languages');
    const outcomes: LessonOutcome[] = await pool(lessons, 4, async (lesson) => {
      const lab = await asOnHost(await openLab(), host.settings);
      try {
        return await testLesson(lesson, lab);
      } finally {
        await lab.close();
      }
    });
    const report = formatOutcomes(outcomes);
    const failed = outcomes.flatMap((o) => o.steps).filter((s) => !s.ok).length;
    assert.equal(failed, 0, `${report.split('\n').filter((l) => l.startsWith('not ok')).join('\n')}\n${report}`);
    assert.match(report, /\n\d+ passed, 0 failed$/);
  });
}
