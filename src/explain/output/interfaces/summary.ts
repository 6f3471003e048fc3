/** A few sentences about a whole `ip link` / `ip addr` output. Pure. */
import type { Lang } from '../../../i18n/lang.ts';
import { words } from '../../../i18n/words.ts';
import type { Family } from '../types.ts';
import { type Iface, findIface, looksVeth } from './parse.ts';
import { inNs, joinList } from '../../shared/wording.ts';

/** Sentences on what the interfaces say together; `ns` is where the output came from, null when unknown. */
export function interfacesSummary(all: readonly Iface[], family: Family, ns: string | null, ipPrefix: string, lang: Lang): string[] {
  if (all.length === 0) return [];
  const w = words(lang).explainOutput;
  const out: string[] = [];
  const names = joinList(all.map((f) => f.name), lang);
  const n = all.length;
  out.push(ns === null ? w.ifsCount(n, names) : w.ifsCountIn(n, inNs(ns, lang), names));

  const down = all.filter((f) => f.hasFlags && !f.flags.includes('UP'));
  const lo = down.find((f) => f.name === 'lo');
  if (lo) out.push(w.ifsLoDown(ipPrefix));
  const others = down.filter((f) => f.name !== 'lo').map((f) => f.name);
  if (others.length > 0) out.push(w.ifsAdminDown(joinList(others, lang), ipPrefix));

  const noCarrier = all.filter((f) => f.flags.includes('UP') && (f.flags.includes('NO-CARRIER') || f.state === 'LOWERLAYERDOWN')).map((f) => f.name);
  if (noCarrier.length > 0) out.push(w.ifsNoCarrier(joinList(noCarrier, lang)));

  for (const f of all) {
    if (!looksVeth(f, all)) continue;
    const other = findIface(all, f.at);
    const num = /^if(\d+)$/.exec(f.at ?? '')?.[1];
    if (other && other.at === f.name) {
      if (f.name < other.name) out.push(w.ifsVethPair(f.name, other.name));
    } else if (num !== undefined && f.linkNetns !== null) {
      out.push(w.ifsPeerIn(f.name, num, f.linkNetns));
    } else if (num !== undefined && f.linkNetnsid !== null) {
      out.push(w.ifsPeerId(f.name, num, f.linkNetnsid));
    }
  }

  if (family === 'ip-addr') {
    const v4 = all.flatMap((f) => f.inet.map((a) => ({ a, f: f.name })));
    if (v4.length === 0) out.push(w.ifsNoIpv4);
    else out.push(w.ifsIpv4(joinList(v4.map((x) => w.ifsIpv4Item(x.a, x.f)), lang)));
    const bare = all.filter((f) => f.name !== 'lo' && f.hasFlags && f.inet.length === 0).map((f) => f.name);
    if (v4.length > 0 && bare.length > 0) out.push(w.ifsNoIpv4On(joinList(bare, lang)));
  }
  return out;
}
