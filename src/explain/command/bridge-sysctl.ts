/** Word by word for the other tools the lessons use: `bridge` and `sysctl`. Pure. */
import type { Lang } from '../../i18n/lang.ts';
import { tr } from '../shared/wording.ts';
import type { Pair, WordMeaning } from './words.ts';

const BRIDGE_OBJECTS: Record<string, Pair> = {
  link: ['the ports of bridges: interfaces plugged into a bridge', '网桥的端口，也就是插在网桥上的接口'],
  fdb: ['the forwarding database: which MAC address is behind which port', '转发数据库：哪个 MAC 地址在哪个端口后面'],
  mdb: ['the multicast groups each port has members in', '各端口上有成员的组播组'],
  vlan: ['the VLANs each port carries', '各端口承载的 VLAN'],
};

const BRIDGE_COMMANDS: Record<string, Pair> = {
  show: ['show them (the default)', '显示（默认命令）'],
  add: ['add an entry', '添加一条记录'],
  del: ['delete an entry', '删除一条记录'],
  replace: ['add an entry, or overwrite the one there', '添加一条记录，已有则覆盖'],
  set: ['change a port\'s settings', '修改端口的设置'],
};

const BRIDGE_ARGS: Record<string, { key: Pair; value: Pair | null }> = {
  br: { key: ['only the entries of the bridge that follows', '只看后面这个网桥的记录'], value: ['the bridge', '网桥'] },
  brport: { key: ['only the entries of the port that follows', '只看后面这个端口的记录'], value: ['the port', '端口'] },
  dev: { key: ['the port or device follows', '后面是端口或设备'], value: ['the port or device', '端口或设备'] },
  vlan: { key: ['the VLAN follows', '后面是 VLAN'], value: ['the VLAN id', 'VLAN 编号'] },
  master: { key: ['the entry belongs to the bridge\'s table', '这条记录属于网桥的表'], value: null },
  self: { key: ['the entry belongs to the device\'s own table', '这条记录属于设备自己的表'], value: null },
  permanent: { key: ['a fixed entry: it never ages out', '固定记录，永不过期'], value: null },
  static: { key: ['added by hand, never ages out', '手工添加，永不过期'], value: null },
};

/** `bridge [OPTIONS] OBJECT [COMMAND [ARGS]]`. */
export function bridgeWords(words: readonly string[], lang: Lang): WordMeaning[] {
  const out: WordMeaning[] = [{ word: words[0] ?? 'bridge', meaning: tr(lang,
    "iproute2's tool for bridges: their ports, forwarding database and VLANs; its grammar is bridge [OPTIONS] OBJECT COMMAND",
    'iproute2 中管理网桥的工具：端口、转发数据库和 VLAN；语法是 bridge [选项] {对象} {命令}') }];
  let i = 1;
  for (; i < words.length && words[i]!.startsWith('-'); i += 1) {
    const w = words[i]!;
    if (/^-+(n|netns)$/.test(w)) {
      out.push({ word: w, meaning: tr(lang, 'option: run it inside the namespace that follows', '选项：在后面这个命名空间里执行') });
      if (words[i + 1] !== undefined) out.push({ word: words[++i]!, meaning: tr(lang, 'the namespace', '命名空间的名字') });
    } else if (/^-+d/.test(w)) out.push({ word: w, meaning: tr(lang, 'option: show details (for ports: learning, flooding, …)', '选项：显示详细信息（对端口来说：学习、泛洪等）') });
    else if (/^-+s/.test(w)) out.push({ word: w, meaning: tr(lang, 'option: show statistics (for fdb entries: when last used)', '选项：显示统计（对 fdb 记录来说：最后使用时间）') });
    else if (/^-+j/.test(w)) out.push({ word: w, meaning: tr(lang, 'option: print JSON, for programs', '选项：输出 JSON，供程序读取') });
    else out.push({ word: w, meaning: tr(lang, 'an option of bridge', 'bridge 的一个选项') });
  }
  const objWord = words[i];
  if (objWord === undefined) return out;
  const object = Object.keys(BRIDGE_OBJECTS).find((o) => o.startsWith(objWord));
  if (!object) return [...out, { word: objWord, meaning: tr(lang, 'not an object bridge knows (link, fdb, mdb, vlan)', 'bridge 不认识的对象（应为 link、fdb、mdb、vlan）') }];
  const [en, zh] = BRIDGE_OBJECTS[object]!;
  out.push({ word: objWord, meaning: tr(lang, `object: ${object}, ${en}`, `对象：${object}，${zh}`) });
  const cmdWord = words[i + 1];
  if (cmdWord === undefined) return out;
  const command = Object.keys(BRIDGE_COMMANDS).find((c) => c.startsWith(cmdWord));
  out.push({ word: cmdWord, meaning: command ? tr(lang, `command: ${BRIDGE_COMMANDS[command]![0]}`, `命令：${BRIDGE_COMMANDS[command]![1]}`) : tr(lang, 'an argument of this command', '这条命令的参数') });
  for (let k = i + 2; k < words.length; k += 1) {
    const w = words[k]!;
    const a = Object.hasOwn(BRIDGE_ARGS, w) ? BRIDGE_ARGS[w]! : undefined;
    if (a) {
      out.push({ word: w, meaning: tr(lang, a.key[0], a.key[1]) });
      if (a.value && words[k + 1] !== undefined) out.push({ word: words[++k]!, meaning: tr(lang, a.value[0], a.value[1]) });
    } else if (/^[0-9a-f]{2}(:[0-9a-f]{2}){5}$/i.test(w)) out.push({ word: w, meaning: tr(lang, 'a MAC address', 'MAC 地址') });
    else out.push({ word: w, meaning: tr(lang, 'an argument of this command', '这条命令的参数') });
  }
  return out;
}

/** What a sysctl key means, for the keys the lessons use. */
function keyMeaning(key: string, lang: Lang): string {
  if (key === 'net.ipv4.ip_forward') return tr(lang,
    'whether this namespace forwards IPv4 packets between its interfaces, like a router (1) or not (0); a new namespace starts with the value of the machine\'s initial namespace',
    '本命名空间是否像路由器一样在接口之间转发 IPv4 报文（1 是；0 否）；新命名空间的初值来自机器的初始命名空间');
  if (key.startsWith('net.')) return tr(lang, 'a network setting; net.* settings belong to the namespace it runs in', '一项网络设置；net.* 设置属于执行它的那个命名空间');
  return tr(lang, 'a kernel setting', '一项内核设置');
}

/** `sysctl [OPTIONS] KEY[=VALUE]…`. */
export function sysctlWords(words: readonly string[], lang: Lang): WordMeaning[] {
  const out: WordMeaning[] = [{ word: words[0] ?? 'sysctl', meaning: tr(lang,
    'read or change kernel settings (the files under /proc/sys)',
    '读取或修改内核参数（/proc/sys 下的文件）') }];
  for (const w of words.slice(1)) {
    if (w === '-w') out.push({ word: w, meaning: tr(lang, 'option: write: set each KEY to the value after =', '选项：写入，把每个 KEY 设为 = 后面的值') });
    else if (w === '-n') out.push({ word: w, meaning: tr(lang, 'option: print only the value', '选项：只打印值') });
    else if (w === '-a') out.push({ word: w, meaning: tr(lang, 'option: show every setting', '选项：显示所有参数') });
    else if (w.startsWith('-')) out.push({ word: w, meaning: tr(lang, 'an option of sysctl', 'sysctl 的一个选项') });
    else if (w.includes('=')) {
      const [key = '', value = ''] = w.split('=');
      const fwd = key === 'net.ipv4.ip_forward' && (value === '0' || value === '1');
      const what = fwd ? (value === '1'
        ? tr(lang, 'this namespace forwards IPv4 packets between its interfaces from now on, like a router', '从此本命名空间像路由器一样在接口之间转发 IPv4 报文')
        : tr(lang, 'this namespace stops forwarding IPv4 packets between its interfaces', '本命名空间不再在接口之间转发 IPv4 报文')) : keyMeaning(key, lang);
      out.push({ word: w, meaning: tr(lang, `set ${key} to ${value}: ${what}`, `把 ${key} 设为 ${value}：${what}`) });
    } else out.push({ word: w, meaning: tr(lang, `the setting to read: ${keyMeaning(w, lang)}`, `要读取的参数：${keyMeaning(w, lang)}`) });
  }
  return out;
}
