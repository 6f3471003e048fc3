import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Snapshot } from '../../../src/model/snapshot.ts';
import { judge } from './fixtures/helpers.ts';
import {
  BRIDGE, CONNECTED, FRESH, GATEWAY, HALF_UP, NS0_LO_DOWN, NS0_LO_UP, NS0_NS1, VETH_IN_ROOT, VETH_SWAPPED,
} from './fixtures/snapshots.ts';

const HOST = "the host (the lab's root namespace)";

/** [check line, lab state, expected ok, expected reason] */
type Case = readonly [string, Snapshot, boolean, string];

async function verify(cases: readonly Case[]): Promise<void> {
  for (const [line, snap, ok, reason] of cases) {
    assert.deepEqual(await judge(line, snap), { ok, reason }, line);
  }
}

test('netns NAME exists', () => verify([
  ['netns ns0 exists', FRESH, false, 'there is no namespace named ns0 (the lab has no named namespaces yet)'],
  ['netns ns0 exists', NS0_LO_DOWN, true, 'namespace ns0 exists'],
  ['netns ns2 exists', NS0_NS1, false, 'there is no namespace named ns2 (the lab has: ns0, ns1)'],
  ['not netns ns0 exists', NS0_LO_DOWN, false, 'namespace ns0 exists, but this step expects it not to exist'],
  ['not netns ns0 exists', FRESH, true, 'there is no namespace named ns0 (the lab has no named namespaces yet)'],
]));

test('link IF [in NS] exists: judged by where the kernel has it', () => verify([
  ['link lo in ns0 exists', NS0_LO_DOWN, true, 'lo is in ns0'],
  ['link lo in ns0 exists', FRESH, false, 'there is no namespace named ns0 (the lab has no named namespaces yet), but this step expects lo in ns0'],
  ['link veth7 exists', VETH_IN_ROOT, true, `veth7 is in ${HOST}`],
  ['link veth7 in ns0 exists', NS0_NS1, false, 'ns0 has no veth7; no namespace has an interface named veth7 yet'],
  ['link veth7 in ns0 exists', VETH_SWAPPED, false, 'veth7 is in ns1, but this step expects it in ns0'],
  ['link veth7 in ns0 exists', VETH_IN_ROOT, false, `veth7 is in ${HOST}, but this step expects it in ns0`],
  ['not link veth7 exists', CONNECTED, true, 'veth7 is in ns0'],
  ['not link veth7 exists', VETH_IN_ROOT, false, `veth7 is in ${HOST}, but this step expects no veth7 in ${HOST}`],
]));

test('link IF [in NS] is up / is down: the UP flag', () => verify([
  ['link lo in ns0 is down', NS0_LO_DOWN, true, 'lo in ns0 is down (UP flag not set)'],
  ['link lo in ns0 is up', NS0_LO_DOWN, false, 'lo in ns0 is down (UP flag not set), but this step expects it up'],
  ['link lo in ns0 is up', NS0_LO_UP, true, 'lo in ns0 is up (UP flag set)'],
  ['link lo is up', FRESH, false, `lo in ${HOST} is down (UP flag not set), but this step expects it up`],
  ['link veth7 in ns0 is up', HALF_UP, true, 'veth7 in ns0 is up (UP flag set), though its state is LOWERLAYERDOWN: the other end is down'],
  ['link veth1-peer in ns1 is up', HALF_UP, false, 'veth1-peer in ns1 is down (UP flag not set), but this step expects it up'],
  ['link veth7 in ns0 is up', VETH_SWAPPED, false, 'veth7 is in ns1, but this step expects it in ns0'],
  ['link veth7 in ns0 is down', NS0_NS1, false, 'ns0 has no veth7; no namespace has an interface named veth7 yet'],
  ['not link lo in ns0 is up', NS0_LO_UP, false, 'lo in ns0 is up (UP flag set), but this step expects it down'],
  ['not link lo in ns0 is up', NS0_LO_DOWN, true, 'lo in ns0 is down (UP flag not set)'],
]));

test('link IF [in NS] type KIND', () => verify([
  ['link veth7 in ns0 type veth', CONNECTED, true, 'veth7 in ns0 is of type veth'],
  ['link lo in ns0 type loopback', NS0_LO_UP, true, 'lo in ns0 is of type loopback'],
  ['link br0 type bridge', BRIDGE, true, `br0 in ${HOST} is of type bridge`],
  ['link veth7 in ns0 type bridge', CONNECTED, false, 'veth7 in ns0 is of type veth, but this step expects type bridge'],
  ['not link br0 type bridge', BRIDGE, false, `br0 in ${HOST} is of type bridge, but this step expects a type other than bridge`],
]));

test('link IF [in NS] master BR', () => verify([
  ['link br-veth0 master br0', BRIDGE, true, `br-veth0 in ${HOST} is attached to br0`],
  ['link veth0 in ns0 master br0', BRIDGE, false, 'veth0 in ns0 is not attached to any bridge, but this step expects it attached to br0'],
  ['link br-veth1 master br9', BRIDGE, false, `br-veth1 in ${HOST} is attached to br0, but this step expects it attached to br9`],
  ['not link br-veth1 master br0', BRIDGE, false, `br-veth1 in ${HOST} is attached to br0, but this step expects it not attached to br0`],
]));

test('veth IF [in NS] peer IF2 [in NS2]', () => verify([
  ['veth veth7 in ns0 peer veth1-peer in ns1', CONNECTED, true, 'the other end of veth7 in ns0 is veth1-peer, in ns1'],
  ['veth veth7 peer veth1-peer', VETH_IN_ROOT, true, `the other end of veth7 in ${HOST} is veth1-peer, in the same namespace`],
  ['veth veth7 in ns0 peer veth1-peer in ns1', VETH_IN_ROOT, false, `veth7 is in ${HOST}, but this step expects it in ns0`],
  ['veth veth1-peer in ns0 peer veth7 in ns1', VETH_SWAPPED, true, 'the other end of veth1-peer in ns0 is veth7, in ns1'],
  ['veth veth0 in ns0 peer br-veth0', BRIDGE, true, `the other end of veth0 in ns0 is br-veth0, in ${HOST}`],
  ['veth veth0 in ns0 peer br-veth1', BRIDGE, false, `the other end of veth0 in ns0 is br-veth0, in ${HOST}, but this step expects it to be br-veth1 in ${HOST}`],
  ['veth lo peer veth1-peer', VETH_IN_ROOT, false, `lo in ${HOST} is of type loopback, but this step expects type veth`],
  ['not veth veth7 in ns0 peer veth1-peer in ns1', CONNECTED, false,
    'the other end of veth7 in ns0 is veth1-peer, in ns1, but this step expects its other end not to be veth1-peer in ns1'],
]));

test('addr CIDR on IF [in NS]: normalised address, exact prefix', () => verify([
  ['addr 192.0.0.1/24 on veth7 in ns0', CONNECTED, true, 'veth7 in ns0 has 192.0.0.1/24'],
  ['addr 192.0.0.2/24 on veth1-peer in ns1', CONNECTED, true, 'veth1-peer in ns1 has 192.0.0.2/24'],
  ['addr 192.0.0.2/24 on veth7 in ns0', CONNECTED, false, 'veth7 in ns0 has 192.0.0.1/24 but not 192.0.0.2/24; 192.0.0.2/24 is on veth1-peer in ns1'],
  ['addr 192.0.0.1/16 on veth7 in ns0', CONNECTED, false, 'veth7 in ns0 has 192.0.0.1/24 but not 192.0.0.1/16'],
  ['addr 127.0.0.1/8 on lo in ns0', NS0_LO_DOWN, false, 'lo in ns0 has no addresses'],
  ['addr 127.0.0.1/8 on lo in ns0', NS0_LO_UP, true, 'lo in ns0 has 127.0.0.1/8'],
  ['addr 0:0::1/128 on lo in ns0', NS0_LO_UP, true, 'lo in ns0 has ::1/128'],
  ['addr FE80:0:0:0:e48c:12ff:fed8:530d/64 on veth7 in ns0', CONNECTED, true, 'veth7 in ns0 has fe80::e48c:12ff:fed8:530d/64'],
  ['addr 2001:db8:0:0::10/64 on veth0 in ns0', BRIDGE, true, 'veth0 in ns0 has 2001:db8::10/64'],
  ['addr 2001:db8::11/64 on veth0 in ns0', BRIDGE, false, 'veth0 in ns0 has 2001:db8::10/64 but not 2001:db8::11/64'],
  ['addr 192.0.0.1/24 on veth7 in ns0', HALF_UP, true, 'veth7 in ns0 has 192.0.0.1/24'],
  ['addr 192.0.0.2/24 on veth1-peer in ns1', HALF_UP, false, 'veth1-peer in ns1 has no addresses'],
  ['not addr 192.0.0.1/24 on veth7 in ns0', CONNECTED, false, 'veth7 in ns0 has 192.0.0.1/24, but this step expects it not to have 192.0.0.1/24'],
]));

test('route DEST [via GW] [dev IF] [in NS]', () => verify([
  ['route 192.0.0.0/24 in ns0', CONNECTED, true, 'ns0 has the route `192.0.0.0/24 dev veth7`'],
  ['route 192.0.0.0/24 dev veth7 in ns0', CONNECTED, true, 'ns0 has the route `192.0.0.0/24 dev veth7`'],
  ['route 192.0.0.0/24 dev eth0 in ns0', CONNECTED, false, "ns0's route to 192.0.0.0/24 is `192.0.0.0/24 dev veth7`, but this step expects the route `192.0.0.0/24 dev eth0`"],
  ['route default in ns0', CONNECTED, false, 'ns0 has no default route (its routes: `192.0.0.0/24 dev veth7`)'],
  ['route default in ns1', NS0_NS1, false, 'ns1 has no default route (it has no routes)'],
  ['route default via 10.0.0.1 in ns0', GATEWAY, true, 'ns0 has the route `default via 10.0.0.1 dev veth0`'],
  ['route 0.0.0.0/0 via 10.0.0.1 dev veth0 in ns0', GATEWAY, true, 'ns0 has the route `default via 10.0.0.1 dev veth0`'],
  ['route default via 10.0.0.2 in ns0', GATEWAY, false, "ns0's default route is `default via 10.0.0.1 dev veth0`, but this step expects the route `default via 10.0.0.2`"],
  ['route 10.1.0.5 in ns0', GATEWAY, true, 'ns0 has the route `10.1.0.5 dev veth0`'],
  ['route 10.1.0.5/32 in ns0', GATEWAY, true, 'ns0 has the route `10.1.0.5 dev veth0`'],
  ['route 10.0.0.0/24 dev br0', BRIDGE, true, `${HOST} has the route \`10.0.0.0/24 dev br0\``],
  ['route default in ns7', GATEWAY, false, 'there is no namespace named ns7 (the lab has: ns0, ns1), but this step expects the route `default`'],
  ['not route default in ns0', GATEWAY, false, 'ns0 has the route `default via 10.0.0.1 dev veth0`, but this step expects no route `default`'],
  ['not route default in ns0', CONNECTED, true, 'ns0 has no default route (its routes: `192.0.0.0/24 dev veth7`)'],
]));
