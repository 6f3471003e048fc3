/** A few sentences about a whole `ip link` / `ip addr` output. Pure. */
import type { Lang } from '../../../i18n/lang.ts';
import type { Family } from '../types.ts';
import { type Iface, findIface, looksVeth } from './parse.ts';
import { code, inNs, joinList, tr } from '../../shared/wording.ts';

/** Sentences on what the interfaces say together; `ns` is where the output came from, null when unknown. */
export function interfacesSummary(all: readonly Iface[], family: Family, ns: string | null, ipPrefix: string, lang: Lang): string[] {
  if (all.length === 0) return [];
  const out: string[] = [];
  const names = joinList(all.map((f) => f.name), lang);
  const n = all.length;
  out.push(ns === null
    ? tr(lang, `${n} interface${n === 1 ? '' : 's'} here: ${names}.`, `这里有 ${n} 个接口：${names}。`)
    : tr(lang, `${n} interface${n === 1 ? '' : 's'} ${inNs(ns, lang)}: ${names}.`, `${inNs(ns, lang)}有 ${n} 个接口：${names}。`));

  const down = all.filter((f) => f.hasFlags && !f.flags.includes('UP'));
  const lo = down.find((f) => f.name === 'lo');
  if (lo) out.push(tr(lang,
    `lo is down: until ${code(`${ipPrefix}link set lo up`)}, nothing here can reach even 127.0.0.1.`,
    `lo 处于关闭状态：执行 ${code(`${ipPrefix}link set lo up`)} 之前，这里连 127.0.0.1 都不通。`));
  const others = down.filter((f) => f.name !== 'lo').map((f) => f.name);
  if (others.length > 0) out.push(tr(lang,
    `Administratively down (no UP flag): ${joinList(others, lang)}; ${code(`${ipPrefix}link set NAME up`)} brings one up.`,
    `管理上关闭（没有 UP 标志）：${joinList(others, lang)}；用 ${code(`${ipPrefix}link set 名字 up`)} 启用。`));

  const noCarrier = all.filter((f) => f.flags.includes('UP') && (f.flags.includes('NO-CARRIER') || f.state === 'LOWERLAYERDOWN')).map((f) => f.name);
  if (noCarrier.length > 0) out.push(tr(lang,
    `Up but without carrier: ${joinList(noCarrier, lang)}; the far end is still down.`,
    `已启用但没有载波：${joinList(noCarrier, lang)}；对端还没启用。`));

  for (const f of all) {
    if (!looksVeth(f, all)) continue;
    const other = findIface(all, f.at);
    const num = /^if(\d+)$/.exec(f.at ?? '')?.[1];
    if (other && other.at === f.name) {
      if (f.name < other.name) out.push(tr(lang,
        `${f.name} and ${other.name} are the two ends of one veth pair, both in this namespace for now.`,
        `${f.name} 和 ${other.name} 是同一对 veth 的两端，目前都在这个命名空间里。`));
    } else if (num !== undefined && f.linkNetns !== null) {
      out.push(tr(lang, `${f.name}'s other end is interface ${num} in ${f.linkNetns}.`, `${f.name} 的另一端是 ${f.linkNetns} 中编号为 ${num} 的接口。`));
    } else if (num !== undefined && f.linkNetnsid !== null) {
      out.push(tr(lang,
        `${f.name}'s other end is interface ${num} in the namespace with id ${f.linkNetnsid}, which has no name: usually the host.`,
        `${f.name} 的另一端是编号为 ${f.linkNetnsid} 的命名空间里的 ${num} 号接口；那个命名空间没有名字，通常就是主机。`));
    }
  }

  if (family === 'ip-addr') {
    const v4 = all.flatMap((f) => f.inet.map((a) => ({ a, f: f.name })));
    if (v4.length === 0) out.push(tr(lang, 'No IPv4 address here yet.', '这里还没有任何 IPv4 地址。'));
    else out.push(tr(lang,
      `IPv4 addresses: ${joinList(v4.map((x) => `${x.a} on ${x.f}`), lang)}.`,
      `IPv4 地址：${joinList(v4.map((x) => `${x.f} 上的 ${x.a}`), lang)}。`));
    const bare = all.filter((f) => f.name !== 'lo' && f.hasFlags && f.inet.length === 0).map((f) => f.name);
    if (v4.length > 0 && bare.length > 0) out.push(tr(lang,
      `No IPv4 address yet on ${joinList(bare, lang)}.`,
      `${joinList(bare, lang)} 还没有 IPv4 地址。`));
  }
  return out;
}
