import { test } from 'node:test';
import assert from 'node:assert/strict';
import { evaluateChecks } from '../../../src/check/evaluate.ts';
import { check, ctx, judge, result } from './fixtures/helpers.ts';
import { CONNECTED, FRESH, HALF_UP, NS0_LO_DOWN, NS0_LO_UP, NS0_NS1 } from './fixtures/snapshots.ts';

const HOST = "the host (the lab's root namespace)";
const UNREACHABLE = result([['ip', 'netns', 'exec', 'ns0', 'ping', '127.0.0.1']], 2, '', 'ping: connect: Network is unreachable\n');
const LO_DOWN_ADDR = result([['ip', 'netns', 'exec', 'ns0', 'ip', 'addr']], 0,
  '1: lo: <LOOPBACK> mtu 65536 qdisc noop state DOWN group default qlen 1000\n    link/loopback 00:00:00:00:00:00 brd 00:00:00:00:00:00\n');

test('ping ADDR [from NS]: the checker pings from the namespace, and says why there was no reply', async () => {
  const calls: string[] = [];
  const ping = async (from: string, addr: string) => { calls.push(`${from || 'root'}→${addr}`); return from === 'ns1' && addr === '192.0.0.1'; };
  assert.deepEqual(await judge('ping 192.0.0.1 from ns1 succeeds', CONNECTED, { ping }), { ok: true, reason: 'a ping from ns1 to 192.0.0.1 got a reply' });
  assert.deepEqual(calls, ['ns1→192.0.0.1']);
  assert.deepEqual(await judge('ping 192.0.0.1 from ns1 fails', CONNECTED, { ping }),
    { ok: false, reason: 'a ping from ns1 to 192.0.0.1 got a reply, but this step expects no reply' });
  assert.deepEqual(await judge('ping 127.0.0.1 from ns0 fails', NS0_LO_DOWN),
    { ok: true, reason: 'a ping from ns0 to 127.0.0.1 got no reply; lo in ns0 is down, so it cannot reach even its own loopback addresses' });
  assert.deepEqual(await judge('ping 127.0.0.1 from ns0 succeeds', NS0_LO_UP), { ok: false, reason: 'a ping from ns0 to 127.0.0.1 got no reply, but this step expects a reply' });
  assert.deepEqual(await judge('ping 192.0.0.1 from ns1 succeeds', HALF_UP),
    { ok: false, reason: 'a ping from ns1 to 192.0.0.1 got no reply; ns1 has no route to 192.0.0.1, but this step expects a reply' });
  assert.deepEqual(await judge('ping 192.0.0.2 from ns0 succeeds', HALF_UP),
    { ok: false, reason: 'a ping from ns0 to 192.0.0.2 got no reply; the other end of veth7, veth1-peer in ns1, is down, but this step expects a reply' });
  assert.deepEqual(await judge('ping 10.0.0.1 succeeds', FRESH), { ok: false, reason: `a ping from ${HOST} to 10.0.0.1 got no reply; ${HOST} has no route to 10.0.0.1, but this step expects a reply` });
  assert.deepEqual(await judge('not ping 192.0.0.1 from ns1 succeeds', CONNECTED, { ping }),
    { ok: false, reason: 'a ping from ns1 to 192.0.0.1 got a reply, but this step expects no reply' });
});

test('ping: a missing namespace or a broken probe is never ok, negated or not', async () => {
  const ping = async () => { throw new Error('ping: not found'); };
  assert.deepEqual(await judge('ping 192.0.0.1 from ns9 fails', CONNECTED), { ok: false, reason: 'there is no namespace named ns9 (the lab has: ns0, ns1)' });
  assert.deepEqual(await judge('not ping 192.0.0.1 from ns9 succeeds', CONNECTED), { ok: false, reason: 'there is no namespace named ns9 (the lab has: ns0, ns1)' });
  assert.deepEqual(await judge('ping 192.0.0.1 from ns1 fails', CONNECTED, { ping }), { ok: false, reason: "the check's own ping could not run: ping: not found" });
});

test('ran PREFIX…: any command of this step, read the way iproute2 reads it', async () => {
  assert.deepEqual(await judge('ran ip netns list', FRESH), { ok: false, reason: 'you have not run any command in this step yet, but this step expects you to run `ip netns list`' });
  assert.deepEqual(await judge('ran ip netns list', FRESH, { history: [['ip', 'netns', 'add', 'ns0']] }),
    { ok: false, reason: 'the command you ran in this step, `ip netns add ns0`, does not start with `ip netns list`' });
  assert.deepEqual(await judge('ran ip netns list', FRESH, { history: [['ip', 'netns', 'add', 'ns0'], ['ip', 'net']] }), { ok: true, reason: 'you ran `ip net`' });
  assert.deepEqual(await judge('ran ip addr', FRESH, { history: [['ip', 'a']] }), { ok: true, reason: 'you ran `ip a`' });
  assert.deepEqual(await judge('ran ip netns exec ns0 ip link set lo up', FRESH, { history: [['ip', '-n', 'ns0', 'l', 'set', 'lo', 'up']] }),
    { ok: true, reason: 'you ran `ip -n ns0 l set lo up`' });
  assert.deepEqual(await judge('ran ip netns exec ns0 ping 127.0.0.1', FRESH, { history: [['ip', 'netns', 'exec', 'ns0', 'ping', '-c', '1', '127.0.0.1']] }),
    { ok: false, reason: 'the command you ran in this step, `ip netns exec ns0 ping -c 1 127.0.0.1`, does not start with `ip netns exec ns0 ping 127.0.0.1`' });
  assert.deepEqual(await judge('ran ip a', FRESH, { history: [['ip', 'addr', 'add', '192.0.0.1/24', 'dev', 'veth7'], ['ls', '/var/run/netns/']] }), {
    ok: false, reason: 'none of the 2 commands you ran in this step starts with `ip a` (the last was `ls /var/run/netns/`); `ip a` reads as `ip address show`',
  });
  assert.deepEqual(await judge(`ran echo 'a b'`, FRESH, { history: [['echo', 'a b', 'c']] }), { ok: true, reason: "you ran `echo 'a b' c`" });
  assert.deepEqual(await judge('not ran ip netns delete', FRESH, { history: [['ip', 'netns', 'del', 'ns0']] }),
    { ok: false, reason: 'you ran `ip netns del ns0`, but this step expects you not to run `ip netns delete`' });
});

test('exit succeeds|fails: the last command', async () => {
  assert.deepEqual(await judge('exit fails', FRESH), { ok: false, reason: 'no command has run yet in this step' });
  assert.deepEqual(await judge('not exit fails', FRESH), { ok: false, reason: 'no command has run yet in this step' });
  assert.deepEqual(await judge('exit fails', NS0_LO_DOWN, { last: UNREACHABLE }),
    { ok: true, reason: 'your last command, `ip netns exec ns0 ping 127.0.0.1`, exited with status 2' });
  assert.deepEqual(await judge('exit succeeds', NS0_LO_DOWN, { last: UNREACHABLE }),
    { ok: false, reason: 'your last command, `ip netns exec ns0 ping 127.0.0.1`, exited with status 2, but this step expects it to succeed (status 0)' });
  assert.deepEqual(await judge('not exit succeeds', NS0_LO_DOWN, { last: UNREACHABLE }),
    { ok: true, reason: 'your last command, `ip netns exec ns0 ping 127.0.0.1`, exited with status 2' });
  const killed = result([['ip', 'netns', 'exec', 'ns1', 'ping', '192.0.0.1']], null, '', '', 'SIGKILL');
  assert.deepEqual(await judge('exit succeeds', CONNECTED, { last: killed }),
    { ok: false, reason: 'your last command, `ip netns exec ns1 ping 192.0.0.1`, was stopped by SIGKILL, but this step expects it to succeed (status 0)' });
});

test('output contains "TEXT": stdout and stderr of the last command', async () => {
  assert.deepEqual(await judge('output contains "state DOWN"', FRESH), { ok: false, reason: 'no command has run yet in this step' });
  assert.deepEqual(await judge('output contains "Network is unreachable"', NS0_LO_DOWN, { last: UNREACHABLE }),
    { ok: true, reason: 'the output of your last command, `ip netns exec ns0 ping 127.0.0.1`, contains "Network is unreachable"' });
  assert.deepEqual(await judge('output contains "state UP"', NS0_LO_DOWN, { last: LO_DOWN_ADDR }),
    { ok: false, reason: 'the output of your last command, `ip netns exec ns0 ip addr`, does not contain "state UP"' });
  const empty = result([['ip', 'netns', 'list']], 0);
  assert.deepEqual(await judge('output contains "ns0"', FRESH, { last: empty }),
    { ok: false, reason: 'your last command, `ip netns list`, printed nothing, but this step expects its output to contain "ns0"' });
  const coloured = result([['ip', '-c', 'a']], 0, '1: \x1b[36mlo: \x1b[0m<LOOPBACK> state \x1b[31mDOWN \x1b[0m\n');
  assert.equal((await judge('output contains "lo: <LOOPBACK> state DOWN"', FRESH, { last: coloured })).ok, true);
  const both = result([['ip', 'netns', 'list']], 0, 'ns1', 'ns0');
  assert.equal((await judge('output contains "ns1ns0"', FRESH, { last: both })).ok, false);
  assert.deepEqual(await judge('not output contains "state DOWN"', NS0_LO_DOWN, { last: LO_DOWN_ADDR }),
    { ok: false, reason: 'the output of your last command, `ip netns exec ns0 ip addr`, contains "state DOWN", but this step expects its output not to contain "state DOWN"' });
});

test('output matches /REGEX/flags', async () => {
  assert.deepEqual(await judge('output matches /state (UP|DOWN)/', NS0_LO_DOWN, { last: LO_DOWN_ADDR }),
    { ok: true, reason: 'the output of your last command, `ip netns exec ns0 ip addr`, matches /state (UP|DOWN)/ at "state DOWN"' });
  assert.deepEqual(await judge('output matches /^\\d+: lo: <[^>]*\\bUP\\b/m', NS0_LO_DOWN, { last: LO_DOWN_ADDR }),
    { ok: false, reason: 'the output of your last command, `ip netns exec ns0 ip addr`, does not match /^\\d+: lo: <[^>]*\\bUP\\b/m' });
  assert.equal((await judge('output matches /NETWORK IS/i', NS0_LO_DOWN, { last: UNREACHABLE })).ok, true);
  assert.deepEqual(await judge('output matches /x/', FRESH), { ok: false, reason: 'no command has run yet in this step' });
});

test('file PATH exists: asked of the lab', async () => {
  const seen: string[] = [];
  const fileExists = async (p: string) => { seen.push(p); return p === '/var/run/netns/ns0'; };
  assert.deepEqual(await judge('file /var/run/netns/ns0 exists', NS0_LO_DOWN, { fileExists }), { ok: true, reason: '/var/run/netns/ns0 exists in the lab' });
  assert.deepEqual(await judge('file /var/run/netns/ns1 exists', NS0_LO_DOWN, { fileExists }), { ok: false, reason: '/var/run/netns/ns1 does not exist in the lab' });
  assert.deepEqual(await judge('not file /var/run/netns/ns0 exists', NS0_LO_DOWN, { fileExists }),
    { ok: false, reason: '/var/run/netns/ns0 exists in the lab, but this step expects it not to exist' });
  assert.deepEqual(seen, ['/var/run/netns/ns0', '/var/run/netns/ns1', '/var/run/netns/ns0']);
  const broken = async () => { throw new Error('EACCES'); };
  assert.deepEqual(await judge('not file /x exists', FRESH, { fileExists: broken }), { ok: false, reason: 'could not look for /x in the lab: EACCES' });
});

test('evaluateChecks keeps the order of the checks', async () => {
  const cs = ['netns ns0 exists', 'netns ns1 exists', 'link lo in ns1 is up', 'ran ip netns add ns1'].map(check);
  const vs = await evaluateChecks(cs, ctx(NS0_NS1, { history: [['ip', 'netns', 'add', 'ns1']] }));
  assert.deepEqual(vs.map((v) => v.ok), [true, true, false, true]);
  assert.equal(vs[2]!.reason, 'lo in ns1 is down (UP flag not set), but this step expects it up');
});
