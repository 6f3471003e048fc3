/** What the words of an interface header mean. Pure. */
import type { Lang } from '../../../i18n/lang.ts';
import { words } from '../../../i18n/words.ts';
import { type Iface, findIface, looksVeth } from './parse.ts';

/** The note on the ifindex. */
export function ifindexNote(n: number, lang: Lang): string {
  return words(lang).explainOutput.ifIndex(n);
}

/** What a name says, from the kind when known, else from naming habits. */
export function nameNote(f: Iface, all: readonly Iface[], lang: Lang): string {
  const w = words(lang).explainOutput;
  const n = f.name;
  if (n === 'lo') return w.ifNameLo;
  if (looksVeth(f, all)) return w.ifNameVeth(n);
  const kind = f.kind ?? guessKind(n);
  const what: Readonly<Record<string, string>> = w.ifKind;
  if (kind !== null && Object.hasOwn(what, kind)) return w.ifNameIs(n, what[kind]!);
  if (kind) return w.ifNameOfKind(n, kind);
  return w.ifName(n);
}

function guessKind(name: string): string | null {
  if (/^(docker\d|br-|virbr|br\d|cni|vmbr)/.test(name)) return 'bridge';
  if (/\.\d+$/.test(name)) return 'vlan';
  if (/^(tun|tap)\d/.test(name)) return 'tun';
  if (/^bond\d/.test(name)) return 'bond';
  if (/^(wlan|wlp|wlx)/.test(name)) return 'wifi';
  if (/^(eth\d|en[opsx])/.test(name)) return 'ethernet';
  if (/^wg\d/.test(name)) return 'wireguard';
  return null;
}

/** The note on `@peer`, `@ifN` or `@lower`. */
export function atNote(f: Iface, all: readonly Iface[], lang: Lang): string {
  const w = words(lang).explainOutput;
  const at = f.at ?? '';
  const num = /^if(\d+)$/.exec(at)?.[1];
  const veth = looksVeth(f, all);
  if (num !== undefined) {
    const where = f.linkNetns !== null ? w.ifAtWhereNs(f.linkNetns) : w.ifAtWhereOther;
    return veth ? w.ifAtVethIndex(at, num, where) : w.ifAtIndex(at, num, where);
  }
  if (veth) return w.ifAtVeth(at, findIface(all, at) !== undefined);
  if (f.kind === 'vlan' || f.kind === 'macvlan' || f.kind === 'ipvlan' || /\.\d+$/.test(f.name)) return w.ifAtLower(at);
  return w.ifAt(at);
}

/** The note on a flag list without UP. */
export function notUpNote(f: Iface, ipPrefix: string, lang: Lang): string {
  return words(lang).explainOutput.ifNotUp(f.name, ipPrefix);
}

/** The note on one flag. */
export function flagNote(flag: string, f: Iface, ipPrefix: string, lang: Lang): string {
  const w = words(lang).explainOutput;
  const veth = f.name !== 'lo' && (f.kind === 'veth' || f.at !== null);
  // The flags whose note is the same on every interface.
  const fixed: Readonly<Record<string, string>> = w.ifFlag;
  switch (flag) {
    case 'UP': return w.ifFlagUp(f.name, ipPrefix);
    case 'LOWER_UP': return veth ? w.ifFlagLowerUpVeth : w.ifFlagLowerUp;
    case 'NO-CARRIER': return veth ? w.ifFlagNoCarrierVeth : w.ifFlagNoCarrier;
    case 'M-DOWN': return w.ifFlagMDown(f.at ?? '?');
    default: return Object.hasOwn(fixed, flag) ? fixed[flag]! : w.ifFlagOther(flag);
  }
}

/** The note on `state X`, read together with the flags. */
export function stateNote(state: string, f: Iface, lang: Lang): string {
  const w = words(lang).explainOutput;
  const up = f.flags.includes('UP');
  switch (state) {
    case 'UP': return w.ifStateUp;
    case 'DOWN':
      if (f.hasFlags && !up) return w.ifStateDownAdmin;
      if (up) return w.ifStateDownNoCarrier;
      return w.ifStateDown;
    case 'UNKNOWN': return f.name === 'lo' ? w.ifStateUnknownLo : w.ifStateUnknown;
    case 'LOWERLAYERDOWN': return w.ifStateLowerLayerDown;
    case 'DORMANT': return w.ifStateDormant;
    case 'NOTPRESENT': return w.ifStateNotPresent;
    case 'TESTING': return w.ifStateTesting;
    default: return w.ifStateOther(state);
  }
}

/** The note on `qdisc X`. */
export function qdiscNote(q: string, lang: Lang): string {
  const w = words(lang).explainOutput;
  if (q === 'noop') return w.ifQdiscNoop;
  if (q === 'noqueue') return w.ifQdiscNoqueue;
  return w.ifQdisc(q);
}

/** The note on `mtu N`. */
export function mtuNote(v: string, lang: Lang): string {
  const w = words(lang).explainOutput;
  const extra = v === '1500' ? w.ifMtuEthernet : v === '65536' ? w.ifMtuLoopback : '';
  return w.ifMtu(v, extra);
}
