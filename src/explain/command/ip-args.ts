/** The words after `ip OBJECT COMMAND`: names, keywords and their values. Pure. */
import type { Lang } from '../../i18n/lang.ts';
import { KIND_WORDS, type Pair, type WordMeaning } from './words.ts';
import { rangeOf } from '../../net/ip-address.ts';
import { tr } from '../shared/wording.ts';

/** Keywords that take a value: what the keyword says, and what its value is. */
const VALUED: Record<string, { key: Pair; value: Pair }> = {
  dev: { key: ['the interface follows', '后面是接口名'], value: ['the interface', '接口名'] },
  name: { key: ['the name follows', '后面是名字'], value: ['the name', '名字'] },
  type: { key: ['the kind of interface follows', '后面是接口类型'], value: ['the kind', '类型'] },
  netns: { key: ['the namespace follows: the interface moves (or is created) there, and arrives DOWN without addresses', '后面是命名空间：接口会被移到（或直接建在）那里，到达后是关闭的，也没有地址'], value: ['the namespace', '命名空间'] },
  master: { key: ['enslave it to the bridge that follows', '把它挂到后面这个网桥上'], value: ['the bridge', '网桥'] },
  mtu: { key: ['set the largest packet size', '设置最大报文长度'], value: ['the MTU in bytes', 'MTU，单位字节'] },
  address: { key: ['the MAC address follows', '后面是 MAC 地址'], value: ['the MAC address', 'MAC 地址'] },
  via: { key: ['through the router that follows (the next hop)', '经由后面这个路由器（下一跳）'], value: ['the gateway, which must be reachable directly', '网关，必须是直接可达的'] },
  src: { key: ['the source address to use follows', '后面是要使用的源地址'], value: ['the source address', '源地址'] },
  from: { key: ['the source address follows: look the route up as if the packet came from it', '后面是源地址：按来自这个地址的报文查路由'], value: ['the source address', '源地址'] },
  iif: { key: ['the incoming interface follows: look the route up as if the packet arrived there, to be forwarded', '后面是入口接口：按从这里进来、需要转发的报文查路由'], value: ['the incoming interface', '入口接口'] },
  metric: { key: ['the route\'s cost follows; the lowest wins', '后面是路由开销，小的优先'], value: ['the cost', '开销值'] },
  proto: { key: ['who added the route', '路由的来源'], value: ['the protocol', '来源'] },
  scope: { key: ['how far the address or route reaches', '地址或路由的作用范围'], value: ['the scope', '范围'] },
  table: { key: ['the routing table follows', '后面是路由表'], value: ['the table', '路由表'] },
  lladdr: { key: ['the MAC address follows', '后面是 MAC 地址'], value: ['the MAC address', 'MAC 地址'] },
  brd: { key: ['the broadcast address follows (+ computes it)', '后面是广播地址（+ 表示自动计算）'], value: ['the broadcast address', '广播地址'] },
  label: { key: ['a label for the address follows', '后面是地址标签'], value: ['the label', '标签'] },
  nud: { key: ['the entry\'s state follows', '后面是记录的状态'], value: ['the state', '状态'] },
  group: { key: ['the interface group follows', '后面是接口组'], value: ['the group', '组'] },
  txqueuelen: { key: ['the transmit queue length follows', '后面是发送队列长度'], value: ['the length', '长度'] },
};

const FLAGS: Record<string, Pair> = {
  up: ['bring it up: administratively on', '启用它（管理上打开）'],
  down: ['bring it down: administratively off', '关闭它（管理上关掉）'],
  nomaster: ['take it off its bridge', '把它从网桥上摘下来'],
  peer: ['what follows describes the other end of the pair', '后面描述的是这对 veth 的另一端'],
  default: ['every destination that no other route covers', '所有其他路由都不匹配的目的地'],
};

function cidrMeaning(w: string, lang: Lang, object: string, command: string | null): string {
  const r = rangeOf(w);
  const [ip, p] = w.split('/');
  if (object === 'address' && r && p !== undefined) return tr(lang,
    `the address ${ip} with prefix /${p}: ${r.first}–${r.last} become reachable directly through the interface`,
    `地址 ${ip}，前缀 /${p}：${r.first}–${r.last} 将通过这个接口直接可达`);
  if (object === 'route' && command === 'get') return tr(lang, `the address to look up: which route would the kernel use for ${w}?`, `要查询的地址：内核会用哪条路由去 ${w}？`);
  if (object === 'route' && r) return tr(lang, `the destination network ${w}`, `目的网段 ${w}`);
  return tr(lang, `the address ${w}`, `地址 ${w}`);
}

export function explainArgs(object: string, command: string | null, args: readonly string[], lang: Lang): WordMeaning[] {
  const out: WordMeaning[] = [];
  let afterPeer = false;
  for (let i = 0; i < args.length; i += 1) {
    const w = args[i]!;
    const valued = Object.hasOwn(VALUED, w) ? VALUED[w] : undefined;
    const next = args[i + 1];
    if (valued && !(object === 'netns')) {
      let key = tr(lang, valued.key[0], valued.key[1]);
      if (w === 'name' && afterPeer) key = tr(lang, "the other end's name follows", '后面是另一端的名字');
      if (w === 'name' && object === 'link' && command === 'set') key = tr(lang, 'rename it to the name that follows', '把它改名为后面的名字');
      out.push({ word: w, meaning: key });
      if (next !== undefined) {
        const kind = w === 'type' ? KIND_WORDS[next] : undefined;
        const value = kind ? tr(lang, kind[0], kind[1]) : w === 'name' && afterPeer ? tr(lang, "the other end's name", '另一端的名字') : tr(lang, valued.value[0], valued.value[1]);
        out.push({ word: next, meaning: value });
        i += 1;
      }
      continue;
    }
    const flag = Object.hasOwn(FLAGS, w) ? FLAGS[w] : undefined;
    if (flag) {
      if (w === 'peer') afterPeer = true;
      out.push({ word: w, meaning: tr(lang, flag[0], flag[1]) });
      continue;
    }
    out.push({ word: w, meaning: positional(object, command, w, i, lang) });
  }
  return out;
}

/** A word that is not a keyword: a name or an address, by where it stands. */
function positional(object: string, command: string | null, w: string, i: number, lang: Lang): string {
  if (/^\d+\.\d+\.\d+\.\d+(\/\d+)?$/.test(w) || (w.includes(':') && w.includes('/'))) return cidrMeaning(w, lang, object, command);
  if (object === 'netns') {
    if (command === 'add') return tr(lang, 'the new namespace\'s name', '新命名空间的名字');
    if (command === 'delete') return tr(lang, 'the namespace to delete', '要删除的命名空间');
    return tr(lang, 'a namespace', '命名空间');
  }
  if (object === 'link' && i === 0) {
    if (command === 'add') return tr(lang, 'the new interface\'s name (a bare first word is read as the name, unless it looks like a keyword such as a for address)', '新接口的名字（开头的单词会被当成名字，除非它像某个关键字的缩写，比如 a 会被当成 address）');
    if (command === 'set') return tr(lang, 'the interface to change', '要修改的接口');
    if (command === 'delete') return tr(lang, 'the interface to delete (for a veth, both ends go)', '要删除的接口（veth 会两端一起删掉）');
    if (command === 'show') return tr(lang, 'show only this interface', '只显示这个接口');
  }
  return tr(lang, 'an argument of this command', '这条命令的参数');
}
