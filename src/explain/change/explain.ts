/** Says in plain sentences what a command changed in the kernel, from two snapshots. Pure. */
import type { Lang } from '../../i18n/lang.ts';
import type { Addr, Link, Route, Snapshot } from '../../model/snapshot.ts';
import { type Change, diffSnapshots, hasCarrier, meaningful } from './diff.ts';
import { neverThrow } from '../shared/never-throw.ts';
import { atNs, inNs, joinList, nsName, tr } from '../shared/wording.ts';

const MAX_SENTENCES = 5;

function describeRoute(r: Route): string {
  return [r.dst, r.gateway ? `via ${r.gateway}` : '', r.dev ? `dev ${r.dev}` : ''].filter(Boolean).join(' ');
}

function cidrs(addrs: readonly Addr[]): string[] {
  return addrs.filter(meaningful).map((a) => a.cidr);
}

/** Kernel routes that came or went on `dev` in `ns`: told with the change that caused them. */
function takeKernelRoutes(changes: Change[], t: 'route-add' | 'route-del', ns: string, dev: string): Route[] {
  const hits = changes.filter((c): c is Extract<Change, { t: 'route-add' | 'route-del' }> =>
    c.t === t && c.ns === ns && c.route.dev === dev && c.route.gateway === null && (c.route.protocol === 'kernel' || c.route.protocol === null));
  for (const h of hits) changes.splice(changes.indexOf(h), 1);
  return hits.map((h) => h.route);
}

/** A peer's carrier change caused by this link's admin change: told in the same sentence. */
function takePeerCarrier(changes: Change[], link: Link): Extract<Change, { t: 'carrier' }> | undefined {
  if (!link.peer || link.peer.name === null || link.peer.netns === null) return undefined;
  const hit = changes.find((c): c is Extract<Change, { t: 'carrier' }> =>
    c.t === 'carrier' && c.ns === link.peer!.netns && c.link.name === link.peer!.name);
  if (hit) changes.splice(changes.indexOf(hit), 1);
  return hit;
}

function sentence(c: Change, rest: Change[], lang: Lang): string | null {
  switch (c.t) {
    case 'ns-add': {
      const onlyLoDown = c.links.length === 1 && c.links[0]!.name === 'lo' && !c.links[0]!.up;
      if (onlyLoDown) return tr(lang, `Namespace ${c.ns} was created: a separate network stack with only its own lo, which is down.`, `创建了命名空间 ${c.ns}：一套独立的网络栈，里面只有它自己的 lo，而且是关闭的。`);
      const held = c.links.map((l) => {
        const bits = [l.up ? tr(lang, 'up', '启用') : tr(lang, 'down', '关闭'), ...cidrs(l.addrs).filter((a) => !a.includes(':'))];
        return `${l.name}${tr(lang, ` (${bits.join(', ')})`, `（${bits.join('，')}）`)}`;
      });
      return held.length > 0
        ? tr(lang, `Namespace ${c.ns} was created; it holds ${joinList(held, lang)}.`, `创建了命名空间 ${c.ns}，里面有 ${joinList(held, lang)}。`)
        : tr(lang, `Namespace ${c.ns} was created.`, `创建了命名空间 ${c.ns}。`);
    }
    case 'ns-del': {
      const inside = c.links.filter((l) => l.name !== 'lo').map((l) => l.name);
      const peers = rest.filter((x): x is Extract<Change, { t: 'link-del' }> => x.t === 'link-del' && x.link.peer?.netns === c.ns);
      for (const p of peers) rest.splice(rest.indexOf(p), 1);
      const also = peers.map((p) => tr(lang, `${p.link.name} ${inNs(p.ns, lang)}`, `${inNs(p.ns, lang)}的 ${p.link.name}`));
      return tr(lang,
        `Namespace ${c.ns} was deleted${inside.length ? `, and ${joinList(inside, lang)} with it` : ''}${also.length ? `; the other end${also.length > 1 ? 's' : ''}, ${joinList(also, lang)}, went too` : ''}.`,
        `删除了命名空间 ${c.ns}${inside.length ? `，${joinList(inside, lang)} 也随之消失` : ''}${also.length ? `；另一端 ${joinList(also, lang)} 也一起没了` : ''}。`);
    }
    case 'link-add': {
      const l = c.link;
      if (l.kind === 'veth' && l.peer?.name) {
        const pn = l.peer.netns;
        const peer = rest.find((x): x is Extract<Change, { t: 'link-add' }> => x.t === 'link-add' && x.link.name === l.peer!.name && x.ns === pn);
        if (peer) {
          rest.splice(rest.indexOf(peer), 1);
          const [a, b] = l.ifindex >= peer.link.ifindex ? [l, peer.link] : [peer.link, l];
          const down = !a.up && !b.up;
          const where = pn === c.ns ? atNs(c.ns, lang) : '';
          return pn === c.ns
            ? tr(lang, `A veth pair was created ${where}: ${a.name} and ${b.name}, the two ends of one virtual cable${down ? ', both DOWN' : ''}.`,
              `${where}创建了一对 veth：${a.name} 和 ${b.name}，一根虚拟网线的两端${down ? '，两端都是关闭的' : ''}。`)
            : tr(lang, `A veth pair was created: ${l.name} ${inNs(c.ns, lang)} and ${peer.link.name} ${inNs(peer.ns, lang)}${down ? ', both DOWN' : ''}.`,
              `创建了一对 veth：${inNs(c.ns, lang)}的 ${l.name} 和${inNs(peer.ns, lang)}的 ${peer.link.name}${down ? '，两端都是关闭的' : ''}。`);
        }
      }
      return tr(lang, `New ${l.kind} interface ${l.name} ${inNs(c.ns, lang)}${l.up ? '' : ', DOWN'}.`, `${inNs(c.ns, lang)}新增了 ${l.kind} 接口 ${l.name}${l.up ? '' : '，处于关闭状态'}。`);
    }
    case 'link-del': {
      const peer = c.link.peer;
      const other = peer ? rest.find((x): x is Extract<Change, { t: 'link-del' }> => x.t === 'link-del' && x.link.name === peer.name && x.ns === peer.netns) : undefined;
      if (other) {
        rest.splice(rest.indexOf(other), 1);
        return tr(lang, `The veth pair ${c.link.name} / ${other.link.name} was deleted: removing one end removes both.`, `删除了 veth pair ${c.link.name} / ${other.link.name}：删掉一端，两端都会消失。`);
      }
      return tr(lang, `${c.link.name} ${inNs(c.ns, lang)} was deleted.`, `${inNs(c.ns, lang)}的 ${c.link.name} 被删除了。`);
    }
    case 'move': {
      const lost = cidrs(c.before.addrs);
      takeKernelRoutes(rest, 'route-del', c.from, c.before.name);
      const state = c.link.up ? tr(lang, 'it is up there', '它在那里是启用的') : tr(lang, 'a move resets it, so it is DOWN there', '移动会重置它的状态，所以它在那边是 DOWN');
      const first = tr(lang,
        `${c.link.name} moved from ${nsName(c.from, lang)} to ${nsName(c.to, lang)}; ${state}${lost.length ? ` and has lost ${joinList(lost, lang)}` : ''}.`,
        `${c.link.name} 从${nsName(c.from, lang)}移到了 ${nsName(c.to, lang)}；${state}${lost.length ? `，原来的 ${joinList(lost, lang)} 也没了` : ''}。`);
      const peerNs = c.link.peer?.netns;
      if (c.link.kind === 'veth' && peerNs !== undefined && peerNs !== null && peerNs !== c.to) return `${first}${lang === 'zh' ? '' : ' '}${tr(lang,
        `The pair now joins ${nsName(c.to, lang)} and ${nsName(peerNs, lang)}.`,
        `现在这对 veth 连接着 ${nsName(c.to, lang)} 和 ${nsName(peerNs, lang)}。`)}`;
      return first;
    }
    case 'rename': return tr(lang, `${c.from} ${inNs(c.ns, lang)} was renamed ${c.link.name}.`, `${inNs(c.ns, lang)}的 ${c.from} 改名为 ${c.link.name}。`);
    case 'admin': return adminSentence(c, rest, lang);
    case 'carrier': return null;
    case 'addr-add': {
      const routes = takeKernelRoutes(rest, 'route-add', c.ns, c.link.name);
      const list = joinList(cidrs(c.addrs), lang);
      const tail = routes.length > 0
        ? tr(lang, `; the kernel added the route ${joinList(routes.map((r) => r.dst), lang)} with it`, `；内核随之加上了 ${joinList(routes.map((r) => r.dst), lang)} 的路由`)
        : !c.link.up ? tr(lang, `; it takes effect once ${c.link.name} is up`, `；要等 ${c.link.name} 启用后才生效`) : '';
      return tr(lang, `${list} was added to ${c.link.name} ${inNs(c.ns, lang)}${tail}.`, `${inNs(c.ns, lang)}的 ${c.link.name} 加上了地址 ${list}${tail}。`);
    }
    case 'addr-del': {
      takeKernelRoutes(rest, 'route-del', c.ns, c.link.name);
      const list = joinList(cidrs(c.addrs), lang);
      return tr(lang, `${list} was removed from ${c.link.name} ${inNs(c.ns, lang)}.`, `${inNs(c.ns, lang)}的 ${c.link.name} 去掉了地址 ${list}。`);
    }
    case 'route-add': return tr(lang, `New route ${inNs(c.ns, lang)}: ${describeRoute(c.route)}.`, `${inNs(c.ns, lang)}新增路由：${describeRoute(c.route)}。`);
    case 'route-del': return tr(lang, `The route ${describeRoute(c.route)} ${inNs(c.ns, lang)} is gone.`, `${inNs(c.ns, lang)}的路由 ${describeRoute(c.route)} 没了。`);
    case 'master': return c.link.master
      ? tr(lang, `${c.link.name} ${inNs(c.ns, lang)} is now a port of ${c.link.master}.`, `${inNs(c.ns, lang)}的 ${c.link.name} 现在挂到了 ${c.link.master} 上。`)
      : tr(lang, `${c.link.name} ${inNs(c.ns, lang)} left ${c.before ?? '?'}.`, `${inNs(c.ns, lang)}的 ${c.link.name} 离开了 ${c.before ?? '?'}。`);
    case 'mtu': return tr(lang, `The MTU of ${c.link.name} ${inNs(c.ns, lang)} is now ${c.link.mtu} (was ${c.before}).`, `${inNs(c.ns, lang)}的 ${c.link.name} 的 MTU 从 ${c.before} 改成了 ${c.link.mtu}。`);
    case 'sysctl': {
      const fwd = c.key === 'net.ipv4.ip_forward'
        ? (c.after === '1' ? tr(lang, ': it now forwards packets between its interfaces', '：它现在会在接口之间转发报文') : tr(lang, ': it no longer forwards packets', '：它不再转发报文'))
        : '';
      return tr(lang, `${c.key} ${inNs(c.ns, lang)} is now ${c.after}${fwd}.`, `${inNs(c.ns, lang)}的 ${c.key} 现在是 ${c.after}${fwd}。`);
    }
  }
}

function adminSentence(c: Extract<Change, { t: 'admin' }>, rest: Change[], lang: Lang): string {
  const l = c.link;
  const where = inNs(c.ns, lang);
  const routes = takeKernelRoutes(rest, l.up ? 'route-add' : 'route-del', c.ns, l.name);
  const addrs = rest.find((x): x is Extract<Change, { t: 'addr-add' | 'addr-del' }> => x.t === 'addr-add' && x.ns === c.ns && x.link.name === l.name);
  if (!l.up) return tr(lang,
    `${l.name} ${where} is now down: it neither sends nor receives${routes.length ? ', and its routes are gone' : ''}.`,
    `${where}的 ${l.name} 关闭了：不再收发数据${routes.length ? '，它的路由也随之消失' : ''}。`);
  if (l.name === 'lo' && addrs) {
    rest.splice(rest.indexOf(addrs), 1);
    return tr(lang,
      `lo ${where} is up, and with it ${joinList(cidrs(addrs.addrs), lang)}: ${nsName(c.ns, lang)} can now reach itself.`,
      `${where}的 lo 启用了，同时有了 ${joinList(cidrs(addrs.addrs), lang)}：${nsName(c.ns, lang)} 现在能访问自己了。`);
  }
  const peerCarrier = takePeerCarrier(rest, l);
  const withRoutes = routes.length ? tr(lang, `; the route ${joinList(routes.map((r) => r.dst), lang)} is usable now`, `；${joinList(routes.map((r) => r.dst), lang)} 的路由现在可用了`) : '';
  if (l.kind === 'veth' && l.peer?.name) {
    const peer = `${l.peer.name}${l.peer.netns !== null ? tr(lang, ` (${nsName(l.peer.netns, lang)})`, `（${nsName(l.peer.netns, lang)}）`) : ''}`;
    if (!hasCarrier(l)) return tr(lang,
      `${l.name} ${where} is up, but has no carrier yet: its other end, ${peer}, is still down${withRoutes}.`,
      `${where}的 ${l.name} 启用了，但还没有载波：它的另一端 ${peer} 还是关闭的${withRoutes}。`);
    const carrier = peerCarrier ? tr(lang, `, and its other end ${peer} now has carrier too: the cable is live`, `，另一端 ${peer} 也有了载波：这根“网线”通了`) : '';
    return tr(lang, `${l.name} ${where} is up${carrier}${withRoutes}.`, `${where}的 ${l.name} 启用了${carrier}${withRoutes}。`);
  }
  return tr(lang, `${l.name} ${where} is up${withRoutes}.`, `${where}的 ${l.name} 启用了${withRoutes}。`);
}

/** Routes through a deleted or moved interface vanish with it: no sentence of their own. */
function foldRoutesOfGoneLinks(changes: Change[]): Change[] {
  const gone = new Set<string>();
  for (const c of changes) {
    if (c.t === 'link-del') gone.add(`${c.ns}\u0000${c.link.name}`);
    if (c.t === 'move') gone.add(`${c.from}\u0000${c.before.name}`);
  }
  return changes.filter((c) => !(c.t === 'route-del' && gone.has(`${c.ns}\u0000${c.route.dev ?? ''}`)));
}

/** One or two plain sentences per change, in order; [] when nothing changed. Never throws. */
export function explainChange(before: Snapshot, after: Snapshot, lang: Lang): string[] {
  return neverThrow(() => explainChangeStrict(before, after, lang), []);
}

/** Like `explainChange`, but lets a bug throw (for tests). */
export function explainChangeStrict(before: Snapshot, after: Snapshot, lang: Lang): string[] {
  const changes = foldRoutesOfGoneLinks(diffSnapshots(before, after));
  const order: Change['t'][] = ['ns-add', 'link-add', 'move', 'rename', 'admin', 'addr-add', 'addr-del', 'route-add', 'route-del', 'master', 'mtu', 'sysctl', 'carrier', 'ns-del', 'link-del'];
  const rest = [...changes].sort((a, b) => order.indexOf(a.t) - order.indexOf(b.t));
  const out: string[] = [];
  while (rest.length > 0) {
    const c = rest.shift()!;
    const s = sentence(c, rest, lang);
    if (s) out.push(s);
  }
  if (out.length <= MAX_SENTENCES) return out;
  const more = out.length - (MAX_SENTENCES - 1);
  return [...out.slice(0, MAX_SENTENCES - 1), tr(lang, `…and ${more} more changes.`, `……还有 ${more} 处变化。`)];
}

