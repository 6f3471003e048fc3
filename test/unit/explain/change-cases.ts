/** Pairs of snapshots, before and after one command, with the command that made the change. */
import type { Snapshot } from '../../../src/model/snapshot.ts';
import { capturedState as at } from './fixtures.ts';
import { ARTICLE, BRIDGE, SIDE } from './snapshots.ts';

export const CHANGE_CASES: readonly { readonly command: string; readonly before: Snapshot; readonly after: Snapshot }[] = [
  { command: 'ip netns add ns0', before: ARTICLE.empty, after: ARTICLE.ns0 },
  { command: 'ip netns exec ns0 ip link set lo up', before: ARTICLE.ns0, after: ARTICLE.ns0LoUp },
  { command: 'ip netns add ns1', before: ARTICLE.ns0LoUp, after: ARTICLE.ns1 },
  { command: 'ip link add veth7 type veth peer name veth1-peer', before: ARTICLE.ns1, after: ARTICLE.pair },
  { command: 'ip link set veth1-peer netns ns1', before: ARTICLE.pair, after: ARTICLE.peerMoved },
  { command: 'ip link set veth7 netns ns0', before: ARTICLE.peerMoved, after: ARTICLE.bothMoved },
  { command: 'ip netns exec ns0 ip link set veth7 up', before: ARTICLE.bothMoved, after: ARTICLE.veth7Up },
  { command: 'ip netns exec ns0 ip addr add 192.0.0.1/24 dev veth7', before: ARTICLE.veth7Up, after: ARTICLE.veth7Addr },
  { command: 'ip netns exec ns1 ip link set veth1-peer up', before: ARTICLE.veth7Addr, after: ARTICLE.peerUp },
  { command: 'ip netns exec ns1 ip addr add 192.0.0.2/24 dev veth1-peer', before: ARTICLE.peerUp, after: ARTICLE.peerAddr },
  { command: 'ip netns exec ns1 ping 192.0.0.1', before: ARTICLE.peerAddr, after: ARTICLE.peerAddr },
  { command: '(IPv6 link-local and operstate noise only)', before: ARTICLE.peerAddr, after: SIDE.noise },
  { command: 'ip -n ns1 route add default via 192.0.0.1', before: ARTICLE.peerAddr, after: SIDE.defaultRoute },
  { command: 'ip -n ns0 link set veth7 down', before: ARTICLE.peerAddr, after: SIDE.veth7Down },
  { command: 'ip -n ns0 link set veth7 netns 1 (back to the host)', before: ARTICLE.peerAddr, after: SIDE.veth7Back },
  { command: 'ip netns del ns1', before: ARTICLE.peerAddr, after: SIDE.ns1Deleted },
  { command: 'ip -n ns0 link del veth7', before: ARTICLE.bothMoved, after: snapWithout(ARTICLE.bothMoved) },
  { command: 'ip link del veth7', before: ARTICLE.pair, after: ARTICLE.ns1 },
  { command: 'ip -n ns0 sysctl -w net.ipv4.ip_forward=1', before: ARTICLE.peerAddr, after: SIDE.forwarding },
  { command: 'ip link set vethb master br0', before: BRIDGE.before, after: BRIDGE.after },
  { command: 'ip link set vethb nomaster', before: BRIDGE.after, after: BRIDGE.before },
  { command: '(replay of the whole article)', before: ARTICLE.empty, after: ARTICLE.peerAddr },
  // The bridge and routing lessons, between states captured in a lab (capture-lessons.sh).
  { command: 'ip link add br0 type bridge', before: at('bridge-fresh'), after: at('bridge-br0-down') },
  { command: 'ip link set eth0 netns ns1', before: at('bridge-eth0-on-host'), after: at('bridge-veth1-loose') },
  { command: 'ip link set veth1 master br0 (br0 takes veth1\'s MAC address)', before: at('bridge-veth1-loose'), after: at('bridge-veth1-port') },
  { command: 'ip link add veth3 type veth peer name eth0 netns ns3', before: at('bridge-before-veth3'), after: at('bridge-veth3-pair') },
  { command: 'ip addr add 192.0.2.254/24 dev br0', before: at('bridge-no-br-addr'), after: at('bridge-br-addr') },
  { command: 'ip -n ns1 route add default via 192.0.2.254', before: at('routing-no-default'), after: at('routing-left-default') },
  { command: 'ip netns exec router sysctl -w net.ipv4.ip_forward=1', before: at('routing-forwarding-off'), after: at('routing-forwarding-on') },
  { command: 'ip -n ns2 route del default', before: at('routing-forwarding-on'), after: at('routing-no-way-back') },
];

/** `bothMoved` after deleting veth7: both ends go. */
function snapWithout(s: Snapshot): Snapshot {
  return {
    root: s.root,
    namespaces: s.namespaces.map((n) => ({ ...n, links: n.links.filter((l) => l.kind !== 'veth') })),
  };
}
