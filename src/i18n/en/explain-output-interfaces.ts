/** The tutor's English words: explain-output, the parts on an interface header of `ip link` / `ip addr` and their summary. */

/** Code in running text (as the explainers write it). */
const code = (s: string): string => `\`${s}\``;

export const explainOutputInterfaces = {
  // The index and name of an interface (interfaces/link-notes.ts).
  ifIndex: (n: number) =>
    `the interface index (ifindex): this interface's number inside this namespace; another namespace may use ${n} for a different interface.`,
  ifNameLo: 'lo, the loopback interface: every namespace has its own, and in a new namespace it starts DOWN.',
  ifNameVeth: (name: string) =>
    `${name}: one end of a veth pair, a virtual cable with two ends; what goes in one end comes out of the other.`,
  /** What an interface is, by its kind (from `-d`, or guessed from its name). */
  ifKind: {
    bridge: 'a bridge, a virtual switch joining the interfaces enslaved to it',
    vlan: 'a VLAN interface: it tags frames with a VLAN id and sends them through the device after @',
    tun: 'a tun device: a program reads and writes IP packets through it (VPNs do this)',
    bond: 'a bond: several interfaces acting as one',
    wifi: 'by its name, a Wi-Fi card',
    ethernet: 'by its name, an Ethernet card',
    wireguard: 'a WireGuard tunnel',
    dummy: 'a dummy interface: it accepts packets and drops them',
  },
  ifNameIs: (name: string, what: string) => `${name}: ${what}.`,
  ifNameOfKind: (name: string, kind: string) => `${name}: an interface of kind ${kind}.`,
  ifName: (name: string) => `${name}: the interface's name.`,

  // The `@…` after a name (interfaces/link-notes.ts); `where` is one of the two below.
  ifAtWhereNs: (ns: string) => `namespace ${ns}`,
  ifAtWhereOther: 'another namespace',
  ifAtVethIndex: (at: string, num: string, where: string) =>
    `@${at}: the other end of the pair is interface ${num} in ${where}; from here iproute2 can show only its number, not its name.`,
  ifAtIndex: (at: string, num: string, where: string) => `@${at}: the interface it is tied to is number ${num} in ${where}.`,
  ifAtVeth: (at: string, here: boolean) => `@${at}: the other end of this veth pair is ${at}${here ? ', in this same namespace' : ''}.`,
  ifAtLower: (at: string) => `@${at}: the device it sits on (its lower device); its frames go out through ${at}.`,
  ifAt: (at: string) => `@${at}: the interface it is tied to: for a veth its other end, for a VLAN the device it sits on.`,

  // The flags between `<…>` (interfaces/link-notes.ts); `ipPrefix` is `ip ` or `ip -n ns0 `.
  ifNotUp: (name: string, ipPrefix: string) =>
    `No UP among the flags: ${name} is administratively down, so it neither sends nor receives. ${code(`${ipPrefix}link set ${name} up`)} brings it up.`,
  ifFlagUp: (name: string, ipPrefix: string) => `UP: administratively up: someone ran ${code(`${ipPrefix}link set ${name} up`)}.`,
  ifFlagLowerUpVeth: 'LOWER_UP: the "cable" is live: the other end of the veth is up too.',
  ifFlagLowerUp: 'LOWER_UP: the layer below is up: the device has carrier.',
  ifFlagNoCarrierVeth: 'NO-CARRIER: up on this side, but no carrier: the other end of the veth is still down.',
  ifFlagNoCarrier: 'NO-CARRIER: up, but no signal on the wire (nothing plugged in, or the far side is down).',
  ifFlagMDown: (at: string) => `M-DOWN: the interface after @ (${at}) is down.`,
  /** The other flags, by the word the kernel prints. */
  ifFlag: {
    LOOPBACK: 'LOOPBACK: a loopback device: what it sends comes straight back into this namespace.',
    BROADCAST: 'BROADCAST: can send one frame to every host on its link at once (ARP relies on this).',
    MULTICAST: 'MULTICAST: can send to groups of hosts; IPv6 neighbour discovery uses it.',
    NOARP: 'NOARP: does not use ARP to find its neighbours\' hardware addresses.',
    POINTOPOINT: 'POINTOPOINT: a point-to-point link: one peer, no broadcast (tun devices, tunnels).',
    PROMISC: 'PROMISC: takes in every frame on the link, not only those addressed to it (bridge ports, packet capture).',
    ALLMULTI: 'ALLMULTI: takes in all multicast frames.',
    SLAVE: 'SLAVE: enslaved to a bond or team.',
    MASTER: 'MASTER: a bond or team with devices enslaved to it.',
    DORMANT: 'DORMANT: up, but waiting (for example for Wi-Fi authentication) before it carries traffic.',
    DYNAMIC: 'DYNAMIC: its addresses may change (dial-up style links).',
    ECHO: 'ECHO: echoes the frames it sends (CAN devices).',
  },
  ifFlagOther: (flag: string) => `${flag}: a flag the kernel set on this interface.`,

  // `state X`, read with the flags (interfaces/link-notes.ts).
  ifStateUp: 'state UP: operational: it can carry traffic right now.',
  ifStateDownAdmin: 'state DOWN: not working, because it is administratively down (no UP flag).',
  ifStateDownNoCarrier: 'state DOWN: up, but without carrier, so it cannot carry traffic yet.',
  ifStateDown: 'state DOWN: not working (administratively down, or no carrier).',
  ifStateUnknownLo: 'state UNKNOWN: loopback does not report a state. Normal: with the UP flag, lo works.',
  ifStateUnknown: 'state UNKNOWN: the driver does not report a state; the flags tell more.',
  ifStateLowerLayerDown: 'state LOWERLAYERDOWN: up, but the layer below is down; for a veth, its other end is down.',
  ifStateDormant: 'state DORMANT: up, but waiting for something before it carries traffic.',
  ifStateNotPresent: 'state NOTPRESENT: the hardware behind it is missing.',
  ifStateTesting: 'state TESTING: in a self-test.',
  ifStateOther: (state: string) => `state ${state}: the operational state the kernel reports.`,

  // `qdisc X` and `mtu N` (interfaces/link-notes.ts); `extra` is one of the two clauses or nothing.
  ifQdiscNoop: 'qdisc noop: the queueing discipline of a device that is down: it drops whatever it is given.',
  ifQdiscNoqueue: 'qdisc noqueue: no queue at all; packets go straight to the device (usual for lo and virtual devices once up).',
  ifQdisc: (q: string) => `qdisc ${q}: the queueing discipline that orders packets waiting to be sent.`,
  ifMtuEthernet: ', the usual size on Ethernet',
  ifMtuLoopback: '; loopback never leaves memory, so it can be large',
  ifMtu: (v: string, extra: string) => `mtu ${v}: the largest packet, in bytes, it sends in one piece${extra}.`,

  // The summary (interfaces/summary.ts); `where` is "on the host" / "in ns0", `ipPrefix` as above.
  ifsCount: (n: number, names: string) => `${n} interface${n === 1 ? '' : 's'} here: ${names}.`,
  ifsCountIn: (n: number, where: string, names: string) => `${n} interface${n === 1 ? '' : 's'} ${where}: ${names}.`,
  ifsLoDown: (ipPrefix: string) => `lo is down: until ${code(`${ipPrefix}link set lo up`)}, nothing here can reach even 127.0.0.1.`,
  ifsAdminDown: (names: string, ipPrefix: string) =>
    `Administratively down (no UP flag): ${names}; ${code(`${ipPrefix}link set NAME up`)} brings one up.`,
  ifsNoCarrier: (names: string) => `Up but without carrier: ${names}; the far end is still down.`,
  ifsVethPair: (a: string, b: string) => `${a} and ${b} are the two ends of one veth pair, both in this namespace for now.`,
  ifsPeerIn: (name: string, num: string, ns: string) => `${name}'s other end is interface ${num} in ${ns}.`,
  ifsPeerId: (name: string, num: string, id: string) =>
    `${name}'s other end is interface ${num} in the namespace with id ${id}, which has no name: usually the host.`,
  ifsNoIpv4: 'No IPv4 address here yet.',
  ifsIpv4Item: (addr: string, name: string) => `${addr} on ${name}`,
  ifsIpv4: (items: string) => `IPv4 addresses: ${items}.`,
  ifsNoIpv4On: (names: string) => `No IPv4 address yet on ${names}.`,
};

export type ExplainOutputInterfacesWords = typeof explainOutputInterfaces;
