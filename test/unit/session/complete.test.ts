import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Link, Netns, Snapshot } from '../../../src/model/snapshot.ts';
import { complete } from '../../../src/session/complete.ts';

const link = (name: string, kind: string, addrs: string[] = []): Link => ({
  name, ifindex: 1, kind, up: false, operstate: 'DOWN', flags: [], mtu: 1500, mac: '', qdisc: 'noop', master: null, peer: null,
  addrs: addrs.map((cidr) => ({ family: 'inet', cidr, local: cidr.split('/')[0]!, prefixlen: Number(cidr.split('/')[1]), scope: 'global' })),
});
const ns = (name: string, links: Link[]): Netns => ({ name, links, routes: [], sysctls: {} });
/** The article half way: ns0 holds veth7, ns1 holds veth1-peer, a bridge in the root. */
const LAB: Snapshot = {
  root: ns('', [link('lo', 'loopback'), link('br0', 'bridge')]),
  namespaces: [ns('ns0', [link('lo', 'loopback'), link('veth7', 'veth', ['192.0.0.1/24'])]), ns('ns1', [link('lo', 'loopback'), link('veth1-peer', 'veth')])],
};
const ctx = { snapshot: LAB, extraTools: [] };
const line = (l: string) => complete(l, ctx).line;
const candidates = (l: string) => complete(l, ctx).candidates;

test('programs complete at the start of a line, with a space after a single fit', () => {
  assert.equal(line('pi'), 'ping ');
  assert.equal(line('et'), 'ethtool ');
  assert.deepEqual(candidates('i'), ['ip', 'iptables']);
  assert.equal(line('i'), 'ip');
});

test("the tutor's own commands complete after a slash", () => {
  assert.equal(line('/he'), '/help ');
  assert.equal(line('/to'), '/topology ');
  assert.deepEqual(candidates('/'), ['/hint', '/explain', '/check', '/skip', '/back', '/reset', '/topology', '/lessons', '/help', '/quit']);
});

test('iproute2 objects and their actions', () => {
  assert.equal(line('ip netn'), 'ip netns ');
  assert.deepEqual([...candidates('ip net')].sort(), ['netconf', 'netns']);
  assert.equal(line('ip netns e'), 'ip netns exec ');
  assert.equal(line('ip li'), 'ip link ');
  assert.equal(line('ip link s'), 'ip link s');
  assert.deepEqual([...candidates('ip link s')].sort(), ['set', 'show']);
  assert.equal(line('ip a'), 'ip addr', 'the common prefix of address and addrlabel');
  assert.deepEqual([...candidates('ip netns l')].sort(), ['list', 'list-id']);
});

test('namespace names after netns exec, -n, netns and delete', () => {
  assert.equal(line('ip netns exec '), 'ip netns exec ns');
  assert.deepEqual(candidates('ip netns exec '), ['ns0', 'ns1']);
  assert.equal(line('ip netns exec ns1'), 'ip netns exec ns1 ');
  assert.equal(line('ip -n ns'), 'ip -n ns');
  assert.equal(line('ip link set veth7 netns ns0'), 'ip link set veth7 netns ns0 ');
  assert.deepEqual(candidates('ip netns delete n'), ['ns0', 'ns1']);
  assert.deepEqual(candidates('ip netns add '), [], 'a new name is the learner’s to choose');
});

test('interface names come from the namespace the command runs in', () => {
  assert.equal(line('ip netns exec ns0 ip link set v'), 'ip netns exec ns0 ip link set veth7 ');
  assert.equal(line('ip netns exec ns1 ip link set v'), 'ip netns exec ns1 ip link set veth1-peer ');
  assert.equal(line('ip -n ns1 addr add 192.0.0.2/24 dev v'), 'ip -n ns1 addr add 192.0.0.2/24 dev veth1-peer ');
  assert.deepEqual(candidates('ip link set '), ['lo', 'br0']);
  assert.equal(line('ip link set veth7 '), 'ip link set veth7 ', 'veth7 is not in the root namespace: its words are offered');
  assert.deepEqual(candidates('ip link set lo '), ['up', 'down', 'netns', 'name', 'mtu', 'address', 'master', 'nomaster']);
  assert.equal(line('ip link set lo u'), 'ip link set lo up ');
  assert.equal(line('ip link set veth7 master b'), 'ip link set veth7 master br0 ', 'only bridges can be masters');
});

test('the words of ip link add, ip addr add and ip route add', () => {
  assert.equal(line('ip link add veth7 t'), 'ip link add veth7 type ');
  assert.equal(line('ip link add veth7 type ve'), 'ip link add veth7 type veth ');
  assert.equal(line('ip link add veth7 type veth p'), 'ip link add veth7 type veth peer ');
  assert.equal(line('ip link add veth7 type veth peer n'), 'ip link add veth7 type veth peer name ');
  assert.equal(line('ip netns exec ns0 ip addr add 192.0.0.1/24 d'), 'ip netns exec ns0 ip addr add 192.0.0.1/24 dev ');
  assert.deepEqual(candidates('ip route add 10.0.0.0/8 '), ['via', 'dev']);
});

test('programs inside netns exec, filters after a pipe, paths and addresses', () => {
  assert.equal(line('ip netns exec ns0 pi'), 'ip netns exec ns0 ping ');
  assert.equal(line('ip a | gr'), 'ip a | grep ');
  assert.equal(line('ls /var/r'), 'ls /var/run/netns/');
  assert.deepEqual(candidates('ls /var/run/netns/'), ['/var/run/netns/ns0', '/var/run/netns/ns1']);
  assert.equal(line('ip netns exec ns1 ping -c 3 1'), 'ip netns exec ns1 ping -c 3 192.0.0.1 ');
  assert.equal(line('sudo ip netns ad'), 'sudo ip netns add ');
});

test('nothing fits: the line is left as it is', () => {
  assert.deepEqual(complete('rm -rf', ctx), { line: 'rm -rf', candidates: [] });
  assert.deepEqual(complete('ip netns exec ', { snapshot: null }), { line: 'ip netns exec ', candidates: [] });
  assert.deepEqual(complete('ip link set lo up -', ctx), { line: 'ip link set lo up -', candidates: [] });
});
