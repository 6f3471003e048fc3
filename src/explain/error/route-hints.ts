/**
 * Finding a way through the lab for the error explainers: a router on one of
 * a namespace's own networks that knows the way to an address. Pure.
 */
import type { Lang } from '../../i18n/lang.ts';
import { words } from '../../i18n/words.ts';
import { type Link, type Snapshot, allNamespaces, findNetns } from '../../model/snapshot.ts';
import { ipv4RouteCovers } from '../../net/ip-address.ts';
import { code, inNs, ipIn } from '../shared/wording.ts';

/** A neighbour that can pass packets on: its address, where it is, and whether it forwards. */
export type Gateway = {
  readonly ip: string;
  readonly ns: string;
  readonly link: Link;
  /** Its namespace's net.ipv4.ip_forward, when the probe read it. */
  readonly forwarding: string | undefined;
};

/** The networks `ns` reaches directly: its IPv4 routes without a gateway, default excluded. */
export function directNets(s: Snapshot, ns: string): string[] {
  const n = findNetns(s, ns);
  return n ? n.routes.filter((r) => r.gateway === null && r.dst !== 'default' && !r.dst.includes(':')).map((r) => r.dst) : [];
}

/**
 * A gateway for `ns` towards `target`: an address of another namespace on a
 * network `ns` reaches directly, in a namespace that has a route to `target`.
 */
export function gatewayTowards(s: Snapshot, ns: string, target: string): Gateway | null {
  const nets = directNets(s, ns);
  for (const other of allNamespaces(s)) {
    if (other.name === ns || !other.routes.some((r) => ipv4RouteCovers(r.dst, target))) continue;
    for (const link of other.links) {
      if (!link.up) continue;
      const a = link.addrs.find((x) => x.family === 'inet' && nets.some((net) => ipv4RouteCovers(net, x.local)));
      if (a) return { ip: a.local, ns: other.name, link, forwarding: other.sysctls['net.ipv4.ip_forward'] };
    }
  }
  return null;
}

/** "Send it through the router": the sentence and the command, plus a word on forwarding when it is off there. */
export function viaGatewayHint(ns: string, target: string, g: Gateway, lang: Lang): string {
  const w = words(lang).explainError;
  const fwd = g.forwarding === '0' ? w.viaForward(g.ns, forwardCommand(g.ns)) : '';
  return w.viaGateway({ ip: g.ip, link: g.link.name, gwIn: inNs(g.ns, lang), name: nsWord(ns, lang), target, cmd: `${ipIn(ns)}route add default via ${g.ip}`, fwd });
}

/** The command that turns forwarding on in `ns`. */
export function forwardCommand(ns: string): string {
  return code(ns === '' ? 'sysctl -w net.ipv4.ip_forward=1' : `ip netns exec ${ns} sysctl -w net.ipv4.ip_forward=1`);
}

function nsWord(ns: string, lang: Lang): string {
  return ns === '' ? words(lang).explainShared.nsHost : ns;
}
