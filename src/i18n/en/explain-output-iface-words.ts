/** The tutor's English words: explain-output, the parts on the words after an interface header and on its address lines. */
export const explainOutputIfaceWords = {
  // MAC addresses and `link/…` (interfaces/link-words.ts).
  linkMacZero: (mac: string) => `${mac}: its hardware address, all zeros, as loopback has no hardware.`,
  linkMacLocal: (mac: string, veth: boolean) =>
    `${mac}: its MAC address, a locally administered one that the kernel made up${veth ? ' at random when the pair was created' : ''}.`,
  linkMac: (mac: string) => `${mac}: this interface's MAC (hardware) address.`,
  linkLoopback: 'link/loopback: the link layer is loopback.',
  linkEther: 'link/ether: the link layer is Ethernet (a veth behaves like an Ethernet card).',
  linkNone: 'link/none: no link layer: it carries bare IP packets, without frames or MAC addresses (a tun device).',
  linkWifi: 'link/ieee802.11: the link layer is Wi-Fi.',
  linkOther: (type: string) => `link/${type}: the link layer type.`,
  linkBrdIp: (v: string) => `brd ${v}: this subnet's broadcast address (its last address).`,
  linkBrdLoopback: (v: string) => `brd ${v}: the broadcast address, all zeros too on loopback.`,
  linkBrd: (v: string) => `brd ${v}: the broadcast address: a frame sent to it reaches every host on the link.`,

  // The other words of link lines (interfaces/link-words.ts).
  linkMtuNoRange: 'no MTU limits reported for this device.',
  linkMtuRange: (min: string, max: string) => `the MTU may be set between ${min} and ${max}.`,
  linkState: (v: string) => `state ${v}: the operational state.`,
  linkMode: (v: string) => `mode ${v}: the link mode; DEFAULT is the usual one (DORMANT is for Wi-Fi supplicants).`,
  linkGroup: (v: string) =>
    `group ${v}: an interface group, a label for acting on many interfaces at once${v === 'default' ? '; "default" is group 0' : ''}.`,
  linkQlen: (v: string) => `qlen ${v}: up to ${v} packets may wait in its transmit queue.`,
  linkMaster: (v: string) => `master ${v}: enslaved to ${v}: its frames go through that bridge (or bond).`,
  linkNetns: (v: string) => `link-netns ${v}: the other end lives in namespace ${v}.`,
  linkNetnsid: (v: string) =>
    `link-netnsid ${v}: the other end lives in a namespace that has no name under /var/run/netns, known from here by the id ${v}; in this lab that is usually the host.`,
  linkPermaddr: (v: string) => `permaddr ${v}: the address burnt into the hardware; the one shown before it was set by software.`,
  linkAltname: (v: string) => `altname ${v}: another name for the same interface.`,
  linkAlias: 'alias: a free-text description of the interface.',
  linkPromiscuity: (v: string) => `promiscuity ${v}: how many users asked for promiscuous mode${v === '0' ? ' (none)' : ''}.`,
  linkAllmulti: (v: string) => `allmulti ${v}: how many users asked to receive all multicast.`,
  linkAddrgenmode: (v: string) =>
    `addrgenmode ${v}: how the IPv6 link-local address is made${v === 'eui64' ? ' (eui64: from the MAC address)' : ''}.`,
  linkQueues: 'how many transmit and receive queues the device has.',
  linkOffload: 'offload limits: how large a batch of packets the kernel may hand over in one go.',

  // The kind word at the start of a `-d` line (interfaces/link-words.ts).
  /** What a kind is, for the kinds `ip -d link` prints that need more than their name. */
  linkKind: {
    veth: 'a veth, one end of a virtual cable',
    bridge: 'a bridge; its settings follow',
    bridge_slave: 'this interface is a port of a bridge; its port settings follow',
    bond: 'a bond: several interfaces acting as one',
    bond_slave: 'this interface is part of a bond',
    vlan: 'a VLAN: frames get an 802.1Q tag with the id that follows',
    tun: 'a tun/tap device, read and written by a program',
    dummy: 'a dummy device that drops what it is sent',
  },
  linkKindIs: (what: string) => `kind: ${what}.`,

  // `inet` and `inet6` (interfaces/addr-words.ts).
  addrInetPlain: (cidr: string) => `IPv4 address ${cidr}.`,
  addrInetLoopback: (addr: string, prefix: string, first: string) =>
    `IPv4 address ${addr} with prefix /${prefix}: the whole block ${first}/${prefix} answers right here, on loopback.`,
  addrInetSingle: (addr: string) => `IPv4 address ${addr} with prefix /32: a single address, no subnet around it.`,
  addrInet: (addr: string, prefix: string, size: number, first: string, last: string) =>
    `IPv4 address ${addr} with prefix /${prefix}: the ${size} addresses ${first}–${last} are on this link and reached directly, without a router.`,
  addrInet6Loopback: 'IPv6 loopback address ::1, the IPv6 twin of 127.0.0.1.',
  addrInet6LinkLocal: 'an IPv6 link-local address (fe80::/64): made automatically from the MAC address as soon as the interface is up; valid on this link only.',
  addrInet6: (addr: string, prefix: string | undefined) => `IPv6 address ${addr}${prefix ? ` with prefix /${prefix}` : ''}.`,
  addrPeer: (v: string) => `peer ${v}: the address at the other end of this point-to-point link.`,

  // `scope`, the lifetimes and the flags of an address (interfaces/addr-words.ts).
  addrScopeHost: 'scope host: valid only inside this namespace; never used to talk to others.',
  addrScopeGlobal: 'scope global: usable to talk to other hosts.',
  addrScopeLink: 'scope link: valid only on this link; never routed further.',
  addrScopeSite: 'scope site: valid only within this site.',
  addrScopeOther: (v: string) => `scope ${v}: how far this address is valid.`,
  addrValidForever: 'valid_lft forever: how long the address stays valid: forever, as it was set by hand (DHCP addresses count down).',
  addrPreferredForever: 'preferred_lft forever: how long it stays the preferred source address for new connections: forever.',
  addrValid: (v: string) => `valid_lft ${v}: the address disappears in ${v} unless it is renewed.`,
  addrPreferred: (v: string) => `preferred_lft ${v}: after ${v} it is no longer chosen for new connections.`,
  /** The address flags, by the word `ip addr` prints. */
  addrFlag: {
    tentative: 'tentative: IPv6 is still checking that nobody else on the link uses this address (duplicate address detection); usable in a moment.',
    dadfailed: 'dadfailed: another host on the link already uses this address, so it is not used.',
    deprecated: 'deprecated: still valid, but no longer chosen for new connections.',
    dynamic: 'dynamic: obtained automatically (DHCP or router advertisement); it expires unless renewed.',
    noprefixroute: 'noprefixroute: no route was added for this address\'s prefix.',
    secondary: 'secondary: a further address in a subnet that already has a primary one here.',
    temporary: 'temporary: a short-lived IPv6 privacy address.',
    mngtmpaddr: 'mngtmpaddr: the template for temporary privacy addresses.',
    nodad: 'nodad: duplicate address detection was skipped.',
    optimistic: 'optimistic: used already while duplicate address detection runs.',
    permanent: 'permanent: set by hand, it does not expire.',
    home: 'home: a Mobile IPv6 home address.',
  },
  addrLabel: (name: string) => `the address's label; by default the interface's name, ${name}.`,
  addrLabelAlias: (label: string) => `the address's label, ${label}: an old-style alias name for this address.`,
};

export type ExplainOutputIfaceWords = typeof explainOutputIfaceWords;
