/** `saw link`, `pinged` and `error`: checks that judge what the learner's own commands showed, reached and failed with. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseCheckLine } from '../../../src/check/parse.ts';
import type { RunResult } from '../../../src/model/run-result.ts';
import { check, judge, result } from './fixtures/helpers.ts';
import { CONNECTED, NS0_LO_DOWN, NS0_LO_UP, VETH_IN_ROOT } from './fixtures/snapshots.ts';

const error = (line: string) => {
  const r = parseCheckLine(line, 3, 1);
  assert.ok('error' in r, `${line} should not parse`);
  return r.error;
};
const ok = (line: string, snapshot: Parameters<typeof judge>[1], runs: RunResult[]) => judge(line, snapshot, { runs, last: runs.at(-1) ?? null }).then((v) => v.ok);
const run = (line: string, code: number, out = '', err = '') => result([line.split(' ')], code, out, err);

test('parse: saw link, pinged and error, with their parts', () => {
  assert.deepEqual({ ...check('saw link lo in ns0'), line: 0 }, { negated: false, line: 0, col: 1, source: 'saw link lo in ns0', kind: 'saw-link', link: 'lo', netns: 'ns0' });
  assert.equal(check('saw link veth7').kind, 'saw-link');
  assert.deepEqual(pick(check('pinged 127.0.0.1 from ns0 fails with unreachable')), { kind: 'pinged', addr: '127.0.0.1', from: 'ns0', expect: 'fails', reason: 'unreachable' });
  assert.deepEqual(pick(check('pinged 192.0.2.1 succeeds')), { kind: 'pinged', addr: '192.0.2.1', from: '', expect: 'succeeds', reason: null });
  assert.deepEqual(pick(check('pinged between ns1 and router succeeds')), { kind: 'pinged-between', a: 'ns1', b: 'router' });
  assert.deepEqual(pick(check('error exists from ip netns exec ns2 ip route add default')), { kind: 'error', reason: 'exists', words: ['ip', 'netns', 'exec', 'ns2', 'ip', 'route', 'add', 'default'] });
  assert.deepEqual(pick(check('error no-route')), { kind: 'error', reason: 'no-route', words: null });
  assert.equal(check('not pinged 10.0.0.1 from ns1 succeeds').negated, true);
});

test('parse: mistakes in the new forms point at the word and say what fits', () => {
  assert.match(error('saw lo in ns0').message, /expected `link IF`/);
  assert.match(error('pinged ns0 succeeds').message, /address the learner pinged, or `between NS1 and NS2`/);
  assert.match(error('pinged 10.0.0.1 succeeds with unreachable').message, /follows `fails`, not `succeeds`/);
  assert.match(error('pinged between ns1 and ns1 succeeds').message, /names ns1 twice/);
  assert.match(error('pinged between ns1 and ns2 fails').message, /takes only `succeeds`/);
  const e = error('error file-exists from ip route add');
  assert.equal(e.col, 7);
  assert.match(e.message, /unknown error `file-exists` \(did you mean `exists`\?\)/);
  assert.match(error('error exists from').message, /expected the words of a command after `error exists from`/);
  assert.match(error('error exists after ip route add').message, /did you mean `from`/);
  assert.match(error('error exists from sudo ip route add').message, /without a leading `sudo`/);
  assert.match(error('look link lo').message, /unknown check `look`/);
});

test('saw link: any listing of the namespace that shows the interface, ip link or ip addr, any spelling', async () => {
  for (const line of ['ip netns exec ns0 ip addr', 'ip -n ns0 l', 'ip -n ns0 link show lo', 'ip netns exec ns0 ip -br a s dev lo', 'ip -all netns exec ip link', 'ip -n ns0 -d link list']) {
    assert.ok(await ok('saw link lo in ns0', NS0_LO_DOWN, [run(line, 0)]), line);
  }
  for (const [line, code] of [['ip addr', 0], ['ip netns exec ns0 ip route', 0], ['ip -n ns0 link show veth7', 1], ['ip -n ns0 link show up', 0], ['ip -n ns0 link show type veth', 0], ['ip netns exec ns0 ip addr add 1.2.3.4/24 dev lo', 0]] as const) {
    assert.ok(!(await ok('saw link lo in ns0', NS0_LO_DOWN, [run(line, code)])), line);
  }
  assert.ok(await ok('saw link lo in ns0', NS0_LO_UP, [run('ip -n ns0 link show up', 0)]), 'lo is up, so `up` lists it');
  assert.ok(await ok('saw link veth7', VETH_IN_ROOT, [run('ip a', 0)]));
  assert.deepEqual(await judge('saw link lo in ns0', NS0_LO_DOWN, { runs: [run('ip addr', 0)] }), {
    ok: false, reason: 'the command you ran in this step, `ip addr`, does not list lo in ns0, but this step expects you to list lo in ns0, with `ip -n ns0 link` or `ip -n ns0 addr`',
  });
  assert.deepEqual(await judge('saw link veth1-peer', CONNECTED, { runs: [run('ip a', 0)] }), { ok: false, reason: 'veth1-peer is in ns1, but this step expects it in the host (the lab\'s root namespace)' });
});

const UNREACHABLE = 'ping: connect: Network is unreachable\n';
const REPLIES = 'PING 127.0.0.1 (127.0.0.1) 56(84) bytes of data.\n64 bytes from 127.0.0.1: icmp_seq=1 ttl=64 time=0.040 ms\n\n--- 127.0.0.1 ping statistics ---\n1 packets transmitted, 1 received, 0% packet loss, time 0ms\n';
const LOSS = 'PING 198.51.100.1 (198.51.100.1) 56(84) bytes of data.\n\n--- 198.51.100.1 ping statistics ---\n2 packets transmitted, 0 received, 100% packet loss, time 1001ms\n';
const NET_UNREACH_ICMP = 'PING 8.8.8.8 (8.8.8.8) 56(84) bytes of data.\nFrom 192.0.2.254 icmp_seq=1 Destination Net Unreachable\n\n--- 8.8.8.8 ping statistics ---\n1 packets transmitted, 0 received, +1 errors, 100% packet loss, time 0ms\n';

test('pinged … fails with unreachable: the kernel\'s reason, in English or Chinese; a usage error is not it', async () => {
  const line = 'pinged 127.0.0.1 from ns0 fails with unreachable';
  assert.ok(await ok(line, NS0_LO_DOWN, [run('ip netns exec ns0 ping -c 1 127.0.0.1', 2, '', UNREACHABLE)]));
  assert.ok(await ok(line, NS0_LO_DOWN, [run('ip netns exec ns0 ping 127.0.0.1', 2, '', 'ping: connect: 网络不可达\n')]));
  assert.ok(await ok(line, NS0_LO_DOWN, [run('ip netns exec ns0 ping -c1 localhost', 2, '', 'ping: connect: 無法接觸網路\n')]));
  assert.ok(!(await ok(line, NS0_LO_DOWN, [run('ip netns exec ns0 ping', 1, '', 'ping: usage error: Destination address required\n')])));
  assert.ok(!(await ok(line, NS0_LO_DOWN, [run('ping -c 1 127.0.0.1', 2, '', UNREACHABLE)])), 'from the host, not ns0');
  assert.ok(!(await ok(line, NS0_LO_DOWN, [run('ip netns exec ns0 ping -c 1 10.0.0.1', 2, '', UNREACHABLE)])), 'another address');
  const v = await judge(line, NS0_LO_DOWN, { runs: [run('ip netns exec ns0 ping', 1, '', 'ping: usage error: Destination address required\n')] });
  assert.equal(v.reason, 'you have not pinged 127.0.0.1 from ns0 in this step (your last ping was `ip netns exec ns0 ping`), but this step expects a ping to 127.0.0.1 from ns0 that fails with “Network is unreachable”');
});

test('pinged … succeeds: the learner\'s ping got replies, options anywhere, piped or not', async () => {
  const line = 'pinged 127.0.0.1 from ns0 succeeds';
  assert.ok(await ok(line, NS0_LO_UP, [run('ip netns exec ns0 ping -c 3 127.0.0.1', 0, REPLIES)]));
  assert.ok(await ok(line, NS0_LO_UP, [run('ip netns exec ns0 ping 127.0.0.1 -c3 -W 1', 0, REPLIES)]));
  assert.ok(await ok(line, NS0_LO_UP, [result([['ip', 'netns', 'exec', 'ns0', 'ping', '-c1', '127.0.0.1'], ['tail', '-3']], 0, REPLIES)]));
  assert.ok(!(await ok(line, NS0_LO_UP, [result([['ip', 'netns', 'exec', 'ns0', 'ping', '-c1', '127.0.0.1'], ['wc', '-l']], 0, '0\n')])));
  assert.ok(!(await ok(line, NS0_LO_UP, [run('ip netns exec ns0 ping -c 1 127.0.0.1', 2, '', UNREACHABLE)])));
  assert.ok(!(await ok(line, NS0_LO_UP, [run('ip netns exec ns0 ping -c 1 -I 127.0.0.1 10.0.0.1', 0, REPLIES)])), '-I takes a value');
  assert.ok(!(await ok(line, NS0_LO_UP, [run('ping -c 1 127.0.0.1', 0, REPLIES)])), 'the host, not ns0');
});

test('pinged … fails with no-reply: requests out, nothing back; ICMP errors and other failures are something else', async () => {
  const line = 'pinged 198.51.100.1 from ns1 fails with no-reply';
  assert.ok(await ok(line, CONNECTED, [run('ip netns exec ns1 ping -c 2 -W 1 198.51.100.1', 1, LOSS)]));
  assert.ok(!(await ok(line, CONNECTED, [run('ip netns exec ns1 ping -c 1 198.51.100.1', 1, NET_UNREACH_ICMP)])));
  assert.ok(!(await ok(line, CONNECTED, [run('ip netns exec ns1 ping -c 1 198.51.100.1', 2, '', UNREACHABLE)])));
  assert.ok(await ok('pinged 198.51.100.1 from ns1 fails', CONNECTED, [run('ip netns exec ns1 ping -c 1 198.51.100.1', 2, '', UNREACHABLE)]), 'fails alone: any failure');
});

test('pinged between A and B: either direction, to an address the other end holds', async () => {
  const line = 'pinged between ns0 and ns1 succeeds';
  assert.ok(await ok(line, CONNECTED, [run('ip netns exec ns1 ping -c 3 192.0.0.1', 0, REPLIES)]));
  assert.ok(await ok(line, CONNECTED, [run('ip netns exec ns0 ping -c 3 192.0.0.2', 0, REPLIES)]));
  assert.ok(!(await ok(line, CONNECTED, [run('ip netns exec ns0 ping -c 3 192.0.0.1', 0, REPLIES)])), 'its own address');
  assert.ok(!(await ok(line, CONNECTED, [run('ip netns exec ns0 ping -c 3 127.0.0.1', 0, REPLIES)])), 'loopback is nobody\'s path');
  assert.ok(!(await ok(line, CONNECTED, [run('ip netns exec ns1 ping -c 3 192.0.0.1', 1, LOSS)])), 'no reply');
  assert.deepEqual(await judge(line, CONNECTED, { runs: [] }), {
    ok: false, reason: 'you have not pinged between ns0 and ns1 in this step (from one of them to an address of the other), but this step expects a ping from ns0 to an address of ns1, or from ns1 to one of ns0, that gets replies',
  });
});

test('error REASON from PREFIX: a command of this step, any spelling, failed with that error', async () => {
  const line = 'error exists from ip netns exec ns2 ip route add default';
  const exists = (cmd: string, text = 'RTNETLINK answers: File exists\n') => run(cmd, 2, '', text);
  assert.ok(await ok(line, CONNECTED, [exists('ip -n ns2 route add default via 198.51.100.254')]));
  assert.ok(await ok(line, CONNECTED, [exists('ip -n ns2 r a 0/0 via 198.51.100.254', 'RTNETLINK answers: 文件已存在\n'), run('ip -n ns2 route', 0)]), 'not only the last command');
  assert.ok(await ok(line, CONNECTED, [exists('ip netns exec ns2 ip route add to default dev eth0 via 198.51.100.254', 'RTNETLINK answers: 檔案已存在\n')]));
  assert.ok(!(await ok(line, CONNECTED, [run('ip -n ns2 route add default via 192.0.2.254', 2, '', 'Error: Nexthop has invalid gateway.\n')])));
  assert.ok(!(await ok(line, CONNECTED, [exists('ip -n ns2 route add 198.51.100.0/24 dev eth0')])), 'another route');
  assert.ok(!(await ok(line, CONNECTED, [exists('ip -n ns1 route add default via 192.0.2.254')])), 'another namespace');
  assert.ok(!(await ok(line, CONNECTED, [run('ip -n ns2 route add default via 198.51.100.254', 0)])));
  assert.deepEqual(await judge(line, CONNECTED, { runs: [run('ip -n ns2 route add default via 192.0.2.254', 2, '', 'Error: Nexthop has invalid gateway.\n')] }), {
    ok: false, reason: '`ip -n ns2 route add default via 192.0.2.254` failed, saying “Error: Nexthop has invalid gateway.”, but this step expects it to fail with “File exists”',
  });
  assert.ok(await ok('error no-route', CONNECTED, [run('ip -n router route get 198.51.100.1 from 192.0.2.1 iif veth1', 2, '', 'RTNETLINK answers: No route to host\n')]), 'without from: the last command');
  assert.ok(!(await ok('error no-route', CONNECTED, [run('ip -n router route get 198.51.100.1 from 192.0.2.1 iif veth1', 2, '', 'RTNETLINK answers: No route to host\n'), run('ip a', 0)])));
});

test('the reasons of the new forms in Chinese', async () => {
  const v = await judge('pinged 127.0.0.1 from ns0 fails with unreachable', NS0_LO_DOWN, { lang: 'zh', runs: [run('ip netns exec ns0 ping -c 1 127.0.0.1', 2, '', 'ping: connect: 网络不可达\n')] });
  assert.deepEqual(v, { ok: true, reason: '你运行了 `ip netns exec ns0 ping -c 1 127.0.0.1`，它失败了：ping: connect: 网络不可达' });
  const w = await judge('error exists from ip netns exec ns2 ip route add', CONNECTED, { lang: 'zh', runs: [] });
  assert.deepEqual(w, { ok: false, reason: '这一步你还没有运行 `ip netns exec ns2 ip route add`，但这一步期望它以“文件已存在”（File exists）失败' });
  const x = await judge('saw link lo in ns0', NS0_LO_DOWN, { lang: 'zh', runs: [run('ip -n ns0 a', 0)] });
  assert.deepEqual(x, { ok: true, reason: '你用 `ip -n ns0 a` 列出了 ns0 中的 lo' });
});

function pick(c: object): object {
  const { negated: _n, line: _l, col: _c, source: _s, ...rest } = c as Record<string, unknown>;
  return rest;
}
