/**
 * What the probe reads from the kernel after every command: plain data, no
 * behaviour. Everything that checks, explains or draws the lab works on this.
 */

/** The lab's root namespace (the article's "host") is named by this empty string. */
export const ROOT_NS = '';

/** One address on an interface. */
export type Addr = {
  /** `inet` (IPv4) or `inet6` (IPv6). */
  readonly family: 'inet' | 'inet6';
  /** The address with its prefix, e.g. `192.0.0.1/24`. */
  readonly cidr: string;
  /** The address alone, e.g. `192.0.0.1`. */
  readonly local: string;
  /** The prefix length, e.g. 24. */
  readonly prefixlen: number;
  /** `host`, `link` or `global`. */
  readonly scope: string;
};

/** Where the other end of a veth pair is. */
export type Peer = {
  /** Its interface name, when the probe could read it. */
  readonly name: string | null;
  /** Its ifindex inside its own namespace. */
  readonly ifindex: number;
  /** Its namespace: a name, `ROOT_NS` for the lab's root, or null for a namespace without a name. */
  readonly netns: string | null;
};

/** One network interface as the kernel holds it. */
export type Link = {
  /** Interface name, e.g. `veth7`. */
  readonly name: string;
  /** Index inside its namespace (the `13:` of `ip link`). */
  readonly ifindex: number;
  /** `loopback`, `veth`, `bridge`, `dummy`, … (`ether` for a plain device with no kind). */
  readonly kind: string;
  /** Administratively up: the UP flag is set. */
  readonly up: boolean;
  /** The kernel's operstate: UP, DOWN, UNKNOWN, LOWERLAYERDOWN, … */
  readonly operstate: string;
  /** The flags as iproute2 prints them, e.g. `BROADCAST`, `MULTICAST`, `UP`, `LOWER_UP`, `M-DOWN`. */
  readonly flags: readonly string[];
  readonly mtu: number;
  /** Hardware address, e.g. `e6:8c:12:d8:53:57`. */
  readonly mac: string;
  /** Queueing discipline, e.g. `noop` or `noqueue`. */
  readonly qdisc: string;
  /** The bridge this interface is enslaved to, if any. */
  readonly master: string | null;
  /** For a veth: its other end. */
  readonly peer: Peer | null;
  readonly addrs: readonly Addr[];
};

/** One route of the main table. */
export type Route = {
  /** `default` or a prefix like `192.0.0.0/24`. */
  readonly dst: string;
  readonly gateway: string | null;
  readonly dev: string | null;
  readonly protocol: string | null;
  readonly scope: string | null;
  readonly prefsrc: string | null;
};

/** One network namespace of the lab. */
export type Netns = {
  /** Its name, or `ROOT_NS` for the lab's root namespace. */
  readonly name: string;
  readonly links: readonly Link[];
  readonly routes: readonly Route[];
  /** Per-namespace sysctls the lessons care about, e.g. `net.ipv4.ip_forward` → `0`. */
  readonly sysctls: Readonly<Record<string, string>>;
};

/** The whole lab at one moment. */
export type Snapshot = {
  /** The lab's root namespace (the "host" of the lessons). */
  readonly root: Netns;
  /** Every named namespace, sorted by name. */
  readonly namespaces: readonly Netns[];
};

/** All namespaces, root first. */
export function allNamespaces(s: Snapshot): readonly Netns[] {
  return [s.root, ...s.namespaces];
}

/** The namespace with this name (`ROOT_NS` for the root), or undefined. */
export function findNetns(s: Snapshot, name: string): Netns | undefined {
  return name === ROOT_NS ? s.root : s.namespaces.find((n) => n.name === name);
}

/** The link IF in namespace NS, or undefined. */
export function findLink(s: Snapshot, ns: string, ifname: string): Link | undefined {
  return findNetns(s, ns)?.links.find((l) => l.name === ifname);
}

/** Every namespace holding an interface with this name. */
export function whereIsLink(s: Snapshot, ifname: string): string[] {
  return allNamespaces(s).filter((n) => n.links.some((l) => l.name === ifname)).map((n) => n.name);
}

/** A snapshot with nothing in it, before the first probe. */
export const EMPTY_SNAPSHOT: Snapshot = { root: { name: ROOT_NS, links: [], routes: [], sysctls: {} }, namespaces: [] };
