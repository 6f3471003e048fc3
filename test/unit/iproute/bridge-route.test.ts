/** `bridge …` read the way bridge reads it, and `ip route` arguments in any order. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { canonicalWords, startsWithCommand } from '../../../src/iproute/grammar.ts';
import { canonicalRouteArgs } from '../../../src/iproute/route-args.ts';
import { changesState } from '../../../src/session/replay.ts';

const w = (line: string) => line.split(' ');
const canon = (line: string) => canonicalWords(w(line)).join(' ');

test('bridge: objects and commands abbreviate in its own order; display options do not matter', () => {
  assert.equal(canon('bridge link'), 'bridge link show');
  assert.equal(canon('bridge l'), 'bridge link show');
  assert.equal(canon('bridge -d link'), 'bridge link show');
  assert.equal(canon('bridge -s -j -p l show'), 'bridge link show');
  assert.equal(canon('bridge link lst'), 'bridge link show');
  assert.equal(canon('bridge link s dev veth1 learning off'), 'bridge link set dev veth1 learning off', '`s` is set for link');
  assert.equal(canon('bridge f'), 'bridge fdb show');
  assert.equal(canon('bridge fdb s br br0'), 'bridge fdb show br br0', '`s` is show for fdb');
  assert.equal(canon('bridge fdb del 02:00:00:00:00:01 dev veth1'), 'bridge fdb delete 02:00:00:00:00:01 dev veth1');
  assert.equal(canon('bridge -n ns1 fdb'), 'ip netns exec ns1 bridge fdb show');
  assert.equal(canon('bridge -netns ns1 -f inet link'), 'ip netns exec ns1 bridge link show');
  assert.equal(canon('ip netns exec ns1 bridge -c l'), 'ip netns exec ns1 bridge link show');
  assert.equal(canon('/usr/sbin/bridge m'), 'bridge mdb show');
});

test('ran bridge link: every spelling of the listing matches, other objects and actions do not', () => {
  for (const typed of ['bridge link', 'bridge -d link', 'bridge l', 'bridge link show', 'bridge -s link show dev veth1']) assert.ok(startsWithCommand(w(typed), w('bridge link')), typed);
  for (const typed of ['bridge fdb', 'bridge link set dev veth1 learning off', 'bridge vlan', 'ip link']) assert.ok(!startsWithCommand(w(typed), w('bridge link')), typed);
  assert.ok(startsWithCommand(w('bridge f s br br0'), w('bridge fdb')));
});

test('replay: bridge listings change nothing, bridge changes do', () => {
  assert.equal(changesState(w('bridge link')), false);
  assert.equal(changesState(w('bridge fdb show br br0')), false);
  assert.equal(changesState(w('bridge -n ns1 l')), false);
  assert.equal(changesState(w('bridge link set dev veth1 learning off')), true);
  assert.equal(changesState(w('bridge fdb add 02:00:00:00:00:01 dev veth1')), true);
});

test('ip route arguments: destination first, KEY VALUE pairs in one order, default in every spelling', () => {
  assert.deepEqual(canonicalRouteArgs(w('default via 192.0.2.254')), w('default via 192.0.2.254'));
  assert.deepEqual(canonicalRouteArgs(w('to 0.0.0.0/0 dev eth0 via 192.0.2.254')), w('default via 192.0.2.254 dev eth0'));
  assert.deepEqual(canonicalRouteArgs(w('0/0 via 192.0.2.254')), w('default via 192.0.2.254'));
  assert.deepEqual(canonicalRouteArgs(w('198.51.100.1 iif veth1 from 192.0.2.1')), w('198.51.100.1 from 192.0.2.1 iif veth1'));
  assert.deepEqual(canonicalRouteArgs(w('198.51.100.1 oif veth2')), w('198.51.100.1 dev veth2'));
  assert.deepEqual(canonicalRouteArgs(w('unreachable 10.0.0.0/8 metric 5')), w('unreachable 10.0.0.0/8 metric 5'));
  assert.deepEqual(canonicalRouteArgs(w('default nexthop via 1.1.1.1 nexthop via 2.2.2.2')), w('default nexthop via 1.1.1.1 nexthop via 2.2.2.2'), 'what it does not know stays as typed');
  assert.equal(canon('ip -n ns2 r a 0/0 via 198.51.100.254'), 'ip netns exec ns2 ip route add default via 198.51.100.254');
  assert.equal(canon('ip r'), 'ip route show');
});

test('ran ip route get … from … iif …: the words may come in any order, with more after them', () => {
  const prefix = w('ip netns exec router ip route get 198.51.100.1 from 192.0.2.1 iif veth1');
  for (const typed of [
    'ip -n router route get 198.51.100.1 from 192.0.2.1 iif veth1',
    'ip -n router r g 198.51.100.1 iif veth1 from 192.0.2.1',
    'ip netns exec router ip route get to 198.51.100.1 iif veth1 from 192.0.2.1 mark 0',
    'ip -n router route get iif veth1 from 192.0.2.1 198.51.100.1 oif veth2',
  ]) assert.ok(startsWithCommand(w(typed), prefix), typed);
  for (const typed of [
    'ip -n router route get 198.51.100.1',
    'ip -n router route get 198.51.100.1 iif veth1',
    'ip -n router route get 198.51.100.254 from 192.0.2.1 iif veth1',
    'ip -n ns1 route get 198.51.100.1 from 192.0.2.1 iif veth1',
  ]) assert.ok(!startsWithCommand(w(typed), prefix), typed);
  assert.ok(startsWithCommand(w('ip -n ns2 route add 0.0.0.0/0 via 198.51.100.254'), w('ip netns exec ns2 ip route add default')));
  assert.ok(!startsWithCommand(w('ip -n ns2 route add 10.0.0.0/8 via 198.51.100.254'), w('ip netns exec ns2 ip route add default')));
});
