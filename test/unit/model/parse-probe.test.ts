import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { parseProbeOutput } from '../../../src/model/parse-probe.ts';
import { findLink, ROOT_NS } from '../../../src/model/snapshot.ts';

const fixture = (name: string) => parseProbeOutput(readFileSync(new URL(`../../../fixtures/probe/${name}.txt`, import.meta.url), 'utf8'));

test('a fresh namespace holds only lo, down, with no addresses', () => {
  const s = fixture('lo-only');
  assert.deepEqual(s.namespaces.map((n) => n.name), ['ns0']);
  const lo = findLink(s, 'ns0', 'lo')!;
  assert.equal(lo.kind, 'loopback');
  assert.equal(lo.up, false);
  assert.equal(lo.operstate, 'DOWN');
  assert.equal(lo.qdisc, 'noop');
  assert.deepEqual(lo.addrs, []);
  assert.equal(s.root.sysctls['net.ipv4.ip_forward'], '0');
});

test("the article's end state: veth7 in ns0 with 192.0.0.1/24, its peer veth1-peer in ns1", () => {
  const s = fixture('veth-across');
  const v7 = findLink(s, 'ns0', 'veth7')!;
  assert.equal(v7.kind, 'veth');
  assert.equal(v7.up, true);
  assert.deepEqual(v7.addrs.filter((a) => a.family === 'inet').map((a) => a.cidr), ['192.0.0.1/24']);
  assert.deepEqual(v7.peer, { name: 'veth1-peer', ifindex: findLink(s, 'ns1', 'veth1-peer')!.ifindex, netns: 'ns1' });
  assert.equal(findLink(s, 'ns1', 'veth1-peer')!.peer?.name, 'veth7');
  assert.equal(findLink(s, 'ns1', 'veth1-peer')!.peer?.netns, 'ns0');
  assert.equal(findLink(s, 'ns0', 'lo')!.up, true);
  assert.deepEqual(s.namespaces.find((n) => n.name === 'ns0')!.routes.map((r) => [r.dst, r.dev]), [['192.0.0.0/24', 'veth7']]);
  assert.equal(s.root.links.length, 1, 'the host keeps only lo');
});

test('both ends in the root namespace name each other', () => {
  const s = fixture('veth-same-ns');
  assert.deepEqual(findLink(s, ROOT_NS, 'veth7')!.peer, { name: 'veth1-peer', ifindex: findLink(s, ROOT_NS, 'veth1-peer')!.ifindex, netns: ROOT_NS });
  assert.equal(findLink(s, ROOT_NS, 'veth1-peer')!.peer?.name, 'veth7');
  assert.ok(findLink(s, ROOT_NS, 'veth7')!.flags.includes('M-DOWN') || !findLink(s, ROOT_NS, 'veth7')!.up);
});

test('both ends inside one named namespace', () => {
  const s = fixture('veth-both-in-ns');
  assert.equal(findLink(s, 'ns0', 'va')!.peer?.name, 'vb');
  assert.equal(findLink(s, 'ns0', 'va')!.peer?.netns, 'ns0');
});

test('a bridge with ports, peers inside namespaces, and default routes', () => {
  const s = fixture('bridge');
  assert.equal(findLink(s, ROOT_NS, 'br0')!.kind, 'bridge');
  assert.equal(findLink(s, ROOT_NS, 'veth0')!.master, 'br0');
  assert.equal(findLink(s, ROOT_NS, 'veth0')!.peer?.netns, 'ns0');
  assert.equal(findLink(s, ROOT_NS, 'veth0')!.peer?.name, 'eth0');
  // From inside, the peer is in the lab's root, which has no name: matched by ifindex both ways.
  assert.deepEqual(findLink(s, 'ns1', 'eth0')!.peer, { name: 'veth1', ifindex: findLink(s, ROOT_NS, 'veth1')!.ifindex, netns: ROOT_NS });
  const r = s.namespaces.find((n) => n.name === 'ns0')!.routes.find((x) => x.dst === 'default')!;
  assert.equal(r.gateway, '192.0.2.254');
});

test('a peer in a namespace without a name', () => {
  const s = fixture('peer-unnamed');
  assert.equal(findLink(s, ROOT_NS, 'vhost')!.peer?.netns, null);
});

test('garbage and truncated output give an empty but valid snapshot', () => {
  for (const text of ['', 'garbage', '@@ns \n[{"ifindex":1', '@@ns x\n[]\n[]\n']) {
    const s = parseProbeOutput(text);
    assert.ok(Array.isArray(s.root.links));
  }
});

test('pairs that look alike by ifindex are told apart by each namespace own ids', () => {
  const s = fixture('veth-ambiguous');
  assert.equal(findLink(s, 'a', 'v')!.peer?.netns, 'b');
  assert.equal(findLink(s, 'c', 'v')!.peer?.netns, 'd');
  assert.equal(findLink(s, 'd', 'w')!.peer?.netns, 'c');
  assert.equal(findLink(s, 'b', 'w')!.peer?.name, 'v');
});
