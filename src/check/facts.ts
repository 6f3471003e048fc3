/**
 * Checks as facts about the kernel's state, for reasoning across steps: the
 * part of a check the snapshot alone can judge, what it implies, and whether
 * two checks can hold together. Pure.
 */
import { ROOT_NS } from '../model/snapshot.ts';
import { formatAddress, networkOf, parseAddress, parseCidr } from '../net/ip-address.ts';
import type { Check } from './model.ts';

/**
 * The part of a check that the kernel's state alone decides, as a check, or
 * null when there is none: state checks are their own view; `saw link IF in
 * NS` needs IF in NS; pings, files and what the learner ran have none.
 */
export function stateView(c: Check): Check | null {
  switch (c.kind) {
    case 'netns-exists': case 'link-exists': case 'link-state': case 'link-type': case 'veth-peer':
    case 'link-master': case 'addr': case 'route': case 'sysctl':
      return c;
    case 'saw-link':
      return c.negated ? null : { negated: false, line: c.line, col: c.col, source: c.source, kind: 'link-exists', link: c.link, netns: c.netns };
    default:
      return null;
  }
}

/** A route destination written one way: `default` for every /0, a network in its canonical text. */
function dest(d: string): string {
  if (d === 'default') return 'default';
  const a = parseAddress(d);
  if (a) return formatAddress(a);
  const p = parseCidr(d);
  if (!p) return d;
  return p.prefix === 0 ? 'default' : `${formatAddress(networkOf(p).addr)}/${p.prefix}`;
}

function cidr(c: string): string {
  const p = parseCidr(c);
  return p ? `${formatAddress(p.addr)}/${p.prefix}` : c;
}

const key = (...parts: readonly (string | null)[]) => parts.map((p) => p ?? '*').join('\u0000');

/** The key of a check's assertion (negation aside). */
function keyOf(c: Check): string | null {
  switch (c.kind) {
    case 'netns-exists': return key('netns', c.netns);
    case 'link-exists': return key('link', c.netns, c.link);
    case 'link-state': return key('state', c.netns, c.link, c.up ? 'up' : 'down');
    case 'link-type': return key('type', c.netns, c.link, c.type);
    case 'veth-peer': return key('peer', c.netns, c.link, c.peerNetns, c.peer);
    case 'link-master': return key('master', c.netns, c.link, c.master);
    case 'addr': return key('addr', c.netns, c.link, cidr(c.cidr));
    case 'route': return key('route', c.netns, dest(c.dest), c.via === null ? null : formatAddress(parseAddress(c.via) ?? { family: 4, bytes: [] }), c.dev);
    case 'sysctl': return key('sysctl', c.netns, c.key, c.value);
    default: return null;
  }
}

/** Every assertion an (un-negated) state check implies, itself included, as keys. */
function implied(c: Check): Set<string> {
  const out = new Set<string>();
  const own = keyOf(c);
  if (own === null) return out;
  out.add(own);
  const link = (ns: string, name: string) => {
    out.add(key('link', ns, name));
    if (ns !== ROOT_NS) out.add(key('netns', ns));
  };
  switch (c.kind) {
    case 'link-exists': case 'link-state': case 'link-type': case 'addr': link(c.netns, c.link); break;
    case 'link-master': link(c.netns, c.link); link(c.netns, c.master); break;
    case 'veth-peer':
      link(c.netns, c.link);
      link(c.peerNetns, c.peer);
      out.add(key('type', c.netns, c.link, 'veth'));
      out.add(key('type', c.peerNetns, c.peer, 'veth'));
      break;
    case 'route': {
      const d = dest(c.dest);
      const via = c.via === null ? null : formatAddress(parseAddress(c.via) ?? { family: 4, bytes: [] });
      for (const v of [null, via]) for (const dev of [null, c.dev]) out.add(key('route', c.netns, d, v, dev));
      if (c.dev !== null) link(c.netns, c.dev);
      if (c.netns !== ROOT_NS) out.add(key('netns', c.netns));
      break;
    }
    case 'sysctl':
      if (c.netns !== ROOT_NS) out.add(key('netns', c.netns));
      break;
    default: break;
  }
  return out;
}

/**
 * Whether two state checks cannot both hold: one denies what the other
 * implies (`not route default in ns1` and `route default via 192.0.2.254 in
 * ns1`), or they give one thing two values (`link lo in ns0 is down` and
 * `… is up`, two values of one sysctl, two kinds or two masters of one link).
 */
export function contradicts(a: Check, b: Check): boolean {
  if (a.negated && b.negated) return false;
  if (a.negated || b.negated) {
    const [neg, pos] = a.negated ? [a, b] : [b, a];
    const k = keyOf(neg);
    return k !== null && implied(pos).has(k);
  }
  if (a.kind === 'link-state' && b.kind === 'link-state') return a.link === b.link && a.netns === b.netns && a.up !== b.up;
  if (a.kind === 'sysctl' && b.kind === 'sysctl') return a.key === b.key && a.netns === b.netns && a.value !== b.value;
  if (a.kind === 'link-type' && b.kind === 'link-type') return a.link === b.link && a.netns === b.netns && a.type !== b.type;
  if (a.kind === 'link-master' && b.kind === 'link-master') return a.link === b.link && a.netns === b.netns && a.master !== b.master;
  return false;
}
