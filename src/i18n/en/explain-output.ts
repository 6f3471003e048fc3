/** The tutor's English words: explain-output (the notes on a command's output), assembled from its parts. */
import { explainOutputRoute } from './explain-output-route.ts';
import { explainOutputPing } from './explain-output-ping.ts';
import { explainOutputInterfaces } from './explain-output-interfaces.ts';
import { explainOutputIfaceWords } from './explain-output-iface-words.ts';

/** Code in running text (as the explainers write it). */
const code = (s: string): string => `\`${s}\``;

export const explainOutput = {
  // The rendered explanation (render.ts).
  renderInShort: 'In short:',

  // `ip neigh` (ip-neigh.ts): the neighbour cache.
  neighAddr: (addr: string, v6: boolean) =>
    `${addr}: the ${v6 ? 'IPv6' : 'IP'} address of a neighbour on a directly connected link, one this namespace has tried to reach.`,
  neighDev: (dev: string) => `dev ${dev}: the link it sits on.`,
  neighLladdr: (mac: string, v6: boolean, addr: string) =>
    `lladdr ${mac}: its MAC address, learnt by ${v6 ? 'neighbour discovery' : 'ARP'}; frames to ${addr} go to this address.`,
  neighRouter: 'router: this neighbour said it is a router.',
  /** The neighbour states, by the word `ip neigh` prints. */
  neighState: {
    REACHABLE: 'REACHABLE: confirmed reachable a moment ago.',
    STALE: 'STALE: known, but not confirmed lately; checked again the next time it is used.',
    DELAY: 'DELAY: about to be confirmed again.',
    PROBE: 'PROBE: being confirmed right now.',
    FAILED: 'FAILED: nobody answered the ARP question for this address: no host on this link has it.',
    INCOMPLETE: 'INCOMPLETE: the question was sent, no answer yet.',
    PERMANENT: 'PERMANENT: added by hand; never expires.',
    NOARP: 'NOARP: no ARP needed on this link.',
    NONE: 'NONE: no state yet.',
  },
  neighEmpty: 'The neighbour table is empty: nothing has been sent to a neighbour yet (a ping across a link fills it).',
  neighCount: (n: number) =>
    `${n} neighbour${n === 1 ? '' : 's'} in the ARP cache: the IP-to-MAC answers this namespace has collected.`,
  neighFailed: (addrs: string, n: number) =>
    `Nobody answered for ${addrs}: no host on that link has ${n === 1 ? 'this address' : 'these addresses'}.`,

  // `ip netns list` (netns-list.ts).
  netnsName: (name: string) =>
    `${name}: a named network namespace, with its own interfaces, addresses and routes; ${code(`ip netns add ${name}`)} made it.`,
  netnsId: (id: string, name: string) =>
    `(id: ${id}): the number this namespace uses for ${name}. Ids are handed out only once the two are linked, for example by a veth with one end in each, which is why they appear after a move.`,
  netnsNone: `No named namespace yet: ${code('ip netns add NAME')} creates one. The namespace you are in is not listed: the host has no name.`,
  netnsCount: (n: number, names: string) => `${n} named namespace${n === 1 ? '' : 's'}: ${names}, in the order the directory lists them.`,
  netnsNoIds: 'None has an id yet: an id appears once a namespace is linked to this one, for example by a veth end moved there.',

  // `ls /var/run/netns/` (netns-list.ts).
  lsNetnsMissing: 'ls could not read the directory: it does not exist until the first ip netns add creates it.',
  lsNetnsFile: (name: string) =>
    `${name}: the file ip netns add created for namespace ${name}. It keeps the namespace alive even when no program runs in it, and gives it the name that ip netns exec uses.`,
  lsNetnsNone: 'No namespace files: no named namespace exists yet.',
  lsNetnsCount: (n: number, names: string) =>
    `${n} namespace file${n === 1 ? '' : 's'}: ${names}, the same names ${code('ip netns list')} shows.`,

  // `bridge fdb` (bridge-fdb.ts): the forwarding database.
  fdbMacBroadcast: (mac: string) => `${mac}: the broadcast address.`,
  fdbMacIpv6Multicast: (mac: string) => `${mac}: an IPv6 multicast address (33:33:…), one an interface listens to, e.g. for neighbour discovery.`,
  fdbMacIpv4Multicast: (mac: string) => `${mac}: an IPv4 multicast address (01:00:5e:…), one an interface listens to.`,
  fdbMacMulticast: (mac: string) => `${mac}: a multicast MAC address.`,
  fdbMacUnicast: (mac: string) => `${mac}: the MAC address of one interface somewhere on this network.`,
  fdbLearned: (mac: string, dev: string, master: string) =>
    `${mac}: learned: frames from this address came in on ${dev}, so ${master} sends frames for it out of ${dev} only.`,
  fdbOwn: (mac: string, dev: string) => `${mac}: ${dev}'s own MAC address: frames for it are for this host itself and are never forwarded.`,
  /** The flags of an entry, by the word `bridge fdb` prints. */
  fdbFlag: {
    self: 'self: an entry of the device\'s own table (its address filter), not learned by a bridge.',
    permanent: 'permanent: fixed: it never ages out (an interface\'s own or listened-to address, or added by hand).',
    static: 'static: added by hand; it never ages out, but unlike permanent it is forwarded to.',
    extern_learn: 'extern_learn: learned by something outside the bridge (a driver or a daemon).',
    offload: 'offload: also programmed into the hardware.',
    sticky: 'sticky: it may not move to another port.',
  },
  fdbDev: (v: string) => `dev ${v}: the port (or device) behind which this address is.`,
  fdbMaster: (v: string) => `master ${v}: an entry of bridge ${v}'s forwarding table.`,
  fdbVlan: (v: string) => `vlan ${v}: valid for this VLAN only.`,
  fdbDst: (v: string) => `dst ${v}: the remote end of a tunnel this address is reached through.`,
  fdbEmpty: 'The table is empty: no bridge or device has an entry to show.',
  fdbLearnedItem: (mac: string, dev: string) => `${mac} behind ${dev}`,
  fdbLearnedSummary: (items: string) =>
    `Learned: ${items}. The bridge read these from the source of frames arriving on each port; they are forgotten after about five minutes without traffic (ageing_time).`,
  fdbNothingLearned: 'Nothing learned yet: no frame has come in on a working port (are the cables up at both ends?).',
  fdbFlooding: 'A frame for a known address goes out of that one port; for an unknown address or a broadcast, the bridge floods it out of every port except the one it came in on.',
  fdbNotLearned: (n: number) =>
    `The other ${n} entr${n === 1 ? 'y was' : 'ies were'} not learned: the interfaces' own and multicast addresses, or entries added by hand; ${code('bridge fdb show br BRIDGE | grep -v permanent')} hides the permanent ones.`,

  // `bridge link` (bridge-link.ts): the ports of bridges.
  /** The port states, by the word `bridge link` prints. */
  portState: {
    forwarding: 'state forwarding: the port passes frames in and out of the bridge, and learns from them.',
    disabled: 'state disabled: the port passes nothing: its interface is down or has no carrier (for a veth: is the other end up?).',
    listening: 'state listening: spanning tree is on and the port is still checking for loops; it passes nothing yet.',
    learning: 'state learning: spanning tree is on; the port learns addresses but does not forward yet.',
    blocking: 'state blocking: spanning tree blocked this port to break a loop.',
  },
  portStateOther: (state: string) => `state ${state}: the port's state in the bridge.`,
  /** Port options printed by `bridge -d link`, the ones worth a note: what `on` and `off` mean. */
  portOption: {
    learning: { on: 'the bridge learns the source MAC addresses of frames arriving on this port', off: 'the bridge does not learn from frames arriving on this port' },
    flood: { on: 'frames for unknown addresses are copied out of this port too', off: 'frames for unknown addresses are not sent out of this port' },
    hairpin: { on: 'a frame may go back out of the port it came in on', off: 'a frame never goes back out of the port it came in on' },
    isolated: { on: 'an isolated port: it talks only to ports that are not isolated', off: 'not isolated: it talks to every other port' },
    bcast_flood: { on: 'broadcasts go out of this port', off: 'broadcasts do not go out of this port' },
    mcast_flood: { on: 'multicast for unknown groups goes out of this port', off: 'multicast for unknown groups does not go out of this port' },
  },
  portOptionNote: (option: string, value: string, meaning: string) => `${option} ${value}: ${meaning}.`,
  portAtIndex: (at: string, num: string) =>
    `@${at}: the interface this port is linked to, for a veth its other end, which is number ${num} in its own namespace.`,
  portAtName: (at: string) =>
    `@${at}: bridge looks up the number of the port's link (for a veth, its other end) in this namespace. When that end lives in another namespace, ${at} is just the local interface that happens to have the same number, not the peer; ${code('master')} says which bridge the port belongs to.`,
  portName: (name: string) =>
    `${name}: a port of a bridge: an interface plugged into it, which carries frames in and out and has no IP address of its own.`,
  portMaster: (v: string) => `master ${v}: the bridge this port is plugged into.`,
  portPriority: (v: string) => `priority ${v}: the port's priority for the spanning tree protocol (unused while it is off).`,
  portCost: (v: string) => `cost ${v}: the port's path cost for the spanning tree protocol.`,
  portNone: `No bridge has a port yet: plug an interface in with ${code('ip link set DEV master BRIDGE')}.`,
  portList: (bridge: string, n: number, names: string) => `Port${n === 1 ? '' : 's'} of ${bridge} listed here: ${names}.`,
  portIdle: (names: string, n: number) =>
    `Not forwarding: ${names}; nothing passes through ${n === 1 ? 'it' : 'them'} until the cable has a carrier (both ends up).`,
  portAllForwarding: 'Every port is forwarding: frames pass between them.',
  portAtBridge: 'A port shown as NAME@BRIDGE is not linked to its bridge: that is its peer\'s interface number, read in the wrong namespace.',

  ...explainOutputRoute,
  ...explainOutputPing,
  ...explainOutputInterfaces,
  ...explainOutputIfaceWords,
};

export type ExplainOutputWords = typeof explainOutput;
