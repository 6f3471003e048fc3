/**
 * Reads `ip link` / `ip addr` text into one record per interface, so that a
 * note on one line can use what other lines say (the kind from `-d`, where
 * the peer lives). Tolerates truncated and foreign output. Pure.
 */
import { tokenize } from '../tokens.ts';

/** What the output says about one interface. */
export type Iface = {
  /** Index of its header line. */
  readonly line: number;
  readonly ifindex: number;
  readonly name: string;
  /** The word after `@`: a peer or lower device name, or `ifN`. */
  readonly at: string | null;
  readonly flags: readonly string[];
  /** Whether the `<…>` flag list was printed (brief and one-line address output may lack it). */
  readonly hasFlags: boolean;
  state: string | null;
  /** `veth`, `bridge`, `vlan`, … when `-d` printed it. */
  kind: string | null;
  linkNetns: string | null;
  linkNetnsid: string | null;
  readonly inet: string[];
  readonly inet6: string[];
};

/** The header of an interface: `12: veth1-peer@veth7: <BROADCAST,MULTICAST,M-DOWN> …`. */
export type Header = {
  readonly ifindex: number;
  readonly indexEnd: number;
  readonly name: string;
  readonly nameStart: number;
  readonly nameEnd: number;
  readonly at: string | null;
  /** Column of the `@`. */
  readonly atStart: number;
  readonly atEnd: number;
  readonly flags: readonly { text: string; start: number; end: number }[];
  /** The whole `<…>` list, or null when absent. */
  readonly flagList: { start: number; end: number } | null;
  /** Where the words after the header begin. */
  readonly rest: number;
};

// `ip -o addr` prints `3: veth7    inet …`: a name without its colon.
const HEADER = /^(\d+):\s+([^\s:@\\]+)(?:@([^\s:\\]*))?(?::|(?=\s)|$)/;

/** Parses an interface header line, or null when the line is not one. */
export function parseHeader(line: string): Header | null {
  const m = HEADER.exec(line);
  if (!m) return null;
  const ifindex = Number(m[1]);
  const name = m[2]!;
  const nameStart = line.indexOf(name, m[1]!.length + 1);
  const nameEnd = nameStart + name.length;
  const at = m[3] ?? null;
  const atStart = nameEnd;
  const atEnd = at === null ? nameEnd : nameEnd + 1 + at.length;
  let rest = m[0].length;
  const flags: { text: string; start: number; end: number }[] = [];
  let flagList: { start: number; end: number } | null = null;
  const open = line.indexOf('<', rest);
  if (open >= 0 && line.slice(rest, open).trim() === '') {
    const close = line.indexOf('>', open);
    const end = close < 0 ? nextSpace(line, open) : close + 1;
    flagList = { start: open, end };
    let col = open + 1;
    for (const text of line.slice(open + 1, close < 0 ? end : close).split(',')) {
      if (text) flags.push({ text, start: col, end: col + text.length });
      col += text.length + 1;
    }
    rest = end;
  }
  return { ifindex, indexEnd: m[1]!.length, name, nameStart, nameEnd, at, atStart, atEnd, flags, flagList, rest };
}

function nextSpace(line: string, from: number): number {
  const i = line.slice(from).search(/\s/);
  return i < 0 ? line.length : from + i;
}

/** One record per interface header, with the facts its following lines add. */
export function parseIfaces(lines: readonly string[]): Iface[] {
  const out: Iface[] = [];
  let cur: Iface | undefined;
  lines.forEach((line, i) => {
    const h = parseHeader(line);
    if (h) {
      // `ip -o addr` repeats the header on each address line: same interface.
      const same = out.find((f) => f.ifindex === h.ifindex && f.name === h.name);
      cur = same ?? {
        line: i, ifindex: h.ifindex, name: h.name, at: h.at, flags: h.flags.map((f) => f.text),
        hasFlags: h.flagList !== null, state: null, kind: null, linkNetns: null, linkNetnsid: null, inet: [], inet6: [],
      };
      if (!same) out.push(cur);
    }
    if (!cur) return;
    const toks = tokenize(h ? line.slice(h.rest) : line).map((t) => t.text);
    toks.forEach((t, k) => {
      const next = toks[k + 1];
      if (next === undefined) return;
      if (t === 'state') cur!.state = next;
      else if (t === 'link-netns') cur!.linkNetns = next;
      else if (t === 'link-netnsid') cur!.linkNetnsid = next;
      else if (t === 'inet') cur!.inet.push(next);
      else if (t === 'inet6') cur!.inet6.push(next);
    });
    const first = toks[0];
    if (!h && first !== undefined && KINDS.has(first) && cur.kind === null) cur.kind = first;
  });
  return out;
}

/** Kinds that `ip -d link` prints at the start of a details line. */
export const KINDS = new Set([
  'veth', 'bridge', 'bond', 'team', 'vlan', 'vxlan', 'macvlan', 'macvtap', 'ipvlan', 'tun', 'dummy', 'ifb',
  'wireguard', 'geneve', 'gre', 'gretap', 'ip6gre', 'ipip', 'sit', 'ip6tnl', 'vrf', 'nlmon', 'vcan', 'can', 'openvswitch', 'xfrm', 'netkit',
]);

/** The interface a header's `@name` names, when it is in the same output. */
export function findIface(all: readonly Iface[], name: string | null): Iface | undefined {
  return name === null ? undefined : all.find((f) => f.name === name);
}

/** Whether an interface is one end of a veth pair, from what the output shows. */
export function looksVeth(f: Iface, all: readonly Iface[]): boolean {
  if (f.kind !== null) return f.kind === 'veth';
  if (f.name.startsWith('veth') && f.name !== 'veth') return true;
  const other = findIface(all, f.at);
  if (other && other.at === f.name) return true;
  return f.at !== null && /^if\d+$/.test(f.at) && (f.linkNetns !== null || f.linkNetnsid !== null) && !f.name.includes('.');
}
