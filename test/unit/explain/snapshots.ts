/**
 * Snapshots of the lab along the article's sequence, built by hand the way
 * the probe reports them, plus a few side roads (deleting, bridges,
 * forwarding). For the change and error explainers.
 */
import type { Addr, Link, Netns, Route, Snapshot } from '../../../src/model/snapshot.ts';
import { addr, lo } from '../../helpers/snapshot-builders.ts';

export { addr, lo };

type VethOpts = { up?: boolean; carrier?: boolean; addrs?: Addr[]; master?: string | null };

export function veth(name: string, ifindex: number, mac: string, peer: { name: string; ifindex: number; netns: string | null }, o: VethOpts = {}): Link {
  const up = o.up ?? false;
  const carrier = up && (o.carrier ?? false);
  const flags = [...(up && !carrier ? ['NO-CARRIER'] : []), 'BROADCAST', 'MULTICAST', ...(up ? ['UP'] : []), ...(carrier ? ['LOWER_UP'] : [])];
  return {
    name, ifindex, kind: 'veth', up, operstate: !up ? 'DOWN' : carrier ? 'UP' : 'LOWERLAYERDOWN', flags, mtu: 1500, mac,
    qdisc: up ? 'noqueue' : 'noop', master: o.master ?? null, peer, addrs: o.addrs ?? [],
  };
}

export function route(dst: string, dev: string, o: Partial<Route> = {}): Route {
  return { dst, gateway: null, dev, protocol: 'kernel', scope: 'link', prefsrc: null, ...o };
}

export function netns(name: string, links: Link[], routes: Route[] = [], sysctls: Record<string, string> = { 'net.ipv4.ip_forward': '0' }): Netns {
  return { name, links, routes, sysctls };
}

export function snap(root: Netns, ...namespaces: Netns[]): Snapshot {
  return { root, namespaces: [...namespaces].sort((a, b) => a.name.localeCompare(b.name)) };
}

const MAC7 = '96:e6:f7:fe:94:0c';
const MACP = '56:8b:11:fe:8f:e3';
const fe7 = addr('fe80::94e6:f7ff:fefe:940c/64', 'link');
const feP = addr('fe80::548b:11ff:fefe:8fe3/64', 'link');
const rootNs = (links: Link[] = [lo(false)], routes: Route[] = []) => netns('', links, routes);

/** veth7 in ns0 and veth1-peer in ns1, in the states the article passes through. */
function v7(o: VethOpts = {}) { return veth('veth7', 3, MAC7, { name: 'veth1-peer', ifindex: 2, netns: 'ns1' }, o); }
function vp(o: VethOpts = {}) { return veth('veth1-peer', 2, MACP, { name: 'veth7', ifindex: 3, netns: 'ns0' }, o); }
const r0 = route('192.0.0.0/24', 'veth7', { prefsrc: '192.0.0.1' });
const r1 = route('192.0.0.0/24', 'veth1-peer', { prefsrc: '192.0.0.2' });

export const ARTICLE = {
  empty: snap(rootNs()),
  ns0: snap(rootNs(), netns('ns0', [lo(false)])),
  ns0LoUp: snap(rootNs(), netns('ns0', [lo(true)])),
  ns1: snap(rootNs(), netns('ns0', [lo(true)]), netns('ns1', [lo(false)])),
  pair: snap(rootNs([lo(false),
    veth('veth1-peer', 2, MACP, { name: 'veth7', ifindex: 3, netns: '' }),
    veth('veth7', 3, MAC7, { name: 'veth1-peer', ifindex: 2, netns: '' })]),
  netns('ns0', [lo(true)]), netns('ns1', [lo(false)])),
  peerMoved: snap(rootNs([lo(false), veth('veth7', 3, MAC7, { name: 'veth1-peer', ifindex: 2, netns: 'ns1' })]),
    netns('ns0', [lo(true)]), netns('ns1', [lo(false), veth('veth1-peer', 2, MACP, { name: 'veth7', ifindex: 3, netns: '' })])),
  bothMoved: snap(rootNs(), netns('ns0', [lo(true), v7()]), netns('ns1', [lo(false), vp()])),
  veth7Up: snap(rootNs(), netns('ns0', [lo(true), v7({ up: true })]), netns('ns1', [lo(false), vp()])),
  veth7Addr: snap(rootNs(), netns('ns0', [lo(true), v7({ up: true, addrs: [addr('192.0.0.1/24')] })], [r0]), netns('ns1', [lo(false), vp()])),
  peerUp: snap(rootNs(),
    netns('ns0', [lo(true), v7({ up: true, carrier: true, addrs: [addr('192.0.0.1/24'), fe7] })], [r0]),
    netns('ns1', [lo(false), vp({ up: true, carrier: true, addrs: [feP] })])),
  peerAddr: snap(rootNs(),
    netns('ns0', [lo(true), v7({ up: true, carrier: true, addrs: [addr('192.0.0.1/24'), fe7] })], [r0]),
    netns('ns1', [lo(false), vp({ up: true, carrier: true, addrs: [addr('192.0.0.2/24'), feP] })], [r1])),
};

/** Side roads from the article's end state. */
export const SIDE = {
  defaultRoute: snap(rootNs(),
    netns('ns0', [lo(true), v7({ up: true, carrier: true, addrs: [addr('192.0.0.1/24'), fe7] })], [r0]),
    netns('ns1', [lo(false), vp({ up: true, carrier: true, addrs: [addr('192.0.0.2/24'), feP] })],
      [route('default', 'veth1-peer', { gateway: '192.0.0.1', protocol: 'boot', scope: null }), r1])),
  ns1Deleted: snap(rootNs(), netns('ns0', [lo(true)])),
  veth7Back: snap(rootNs([lo(false), veth('veth7', 3, MAC7, { name: 'veth1-peer', ifindex: 2, netns: 'ns1' })]),
    netns('ns0', [lo(true)]),
    netns('ns1', [lo(false), veth('veth1-peer', 2, MACP, { name: 'veth7', ifindex: 3, netns: '' }, { up: true, addrs: [addr('192.0.0.2/24'), feP] })], [r1])),
  veth7Down: snap(rootNs(),
    netns('ns0', [lo(true), v7({ addrs: [addr('192.0.0.1/24')] })]),
    netns('ns1', [lo(false), vp({ up: true, addrs: [addr('192.0.0.2/24'), feP] })], [r1])),
  forwarding: snap(rootNs(),
    netns('ns0', [lo(true), v7({ up: true, carrier: true, addrs: [addr('192.0.0.1/24'), fe7] })], [r0], { 'net.ipv4.ip_forward': '1' }),
    netns('ns1', [lo(false), vp({ up: true, carrier: true, addrs: [addr('192.0.0.2/24'), feP] })], [r1])),
  /** The end state with only IPv6 link-local and operstate noise changed. */
  noise: snap(rootNs(),
    netns('ns0', [lo(true), { ...v7({ up: true, carrier: true, addrs: [addr('192.0.0.1/24')] }), operstate: 'UNKNOWN' }], [r0, route('fe80::/64', 'veth7')]),
    netns('ns1', [lo(false), vp({ up: true, carrier: true, addrs: [addr('192.0.0.2/24')] })], [r1])),
  /** veth1-peer up but without an address; ns0 pings 192.0.0.2. */
  peerNoAddr: snap(rootNs(),
    netns('ns0', [lo(true), v7({ up: true, carrier: true, addrs: [addr('192.0.0.1/24'), fe7] })], [r0]),
    netns('ns1', [lo(false), vp({ up: true, carrier: true, addrs: [feP] })])),
  /** Both ends up, but in different subnets. */
  wrongSubnet: snap(rootNs(),
    netns('ns0', [lo(true), v7({ up: true, carrier: true, addrs: [addr('192.0.0.1/16')] })], [route('192.0.0.0/16', 'veth7', { prefsrc: '192.0.0.1' })]),
    netns('ns1', [lo(false), vp({ up: true, carrier: true, addrs: [addr('192.0.1.2/24')] })], [route('192.0.1.0/24', 'veth1-peer', { prefsrc: '192.0.1.2' })])),
};

/** A bridge on the host with one port, before and after `ip link set vethb master br0`. */
const br0 = (): Link => ({ name: 'br0', ifindex: 4, kind: 'bridge', up: true, operstate: 'DOWN', flags: ['NO-CARRIER', 'BROADCAST', 'MULTICAST', 'UP'], mtu: 1500, mac: '2a:11:22:33:44:55', qdisc: 'noqueue', master: null, peer: null, addrs: [] });
const vb = (master: string | null) => veth('vethb', 5, '2a:11:22:33:44:66', { name: 'vethb-p', ifindex: 6, netns: '' }, { master });
const vbp = () => veth('vethb-p', 6, '2a:11:22:33:44:77', { name: 'vethb', ifindex: 5, netns: '' });
export const BRIDGE = {
  before: snap(rootNs([lo(false), br0(), vb(null), vbp()])),
  after: snap(rootNs([lo(false), br0(), vb('br0'), vbp()])),
};
