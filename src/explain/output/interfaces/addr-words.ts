/** Notes on the address lines of `ip addr`: inet, inet6, scope, lifetimes, flags. Pure. */
import type { Lang } from '../../../i18n/lang.ts';
import { rangeOf } from '../../../net/ip-address.ts';
import { tr } from '../../shared/wording.ts';
import type { WordContext, WordHandler } from './word-context.ts';

/** The note on `inet CIDR`. */
export function inetNote(cidr: string, lang: Lang): string {
  const [addr, prefix] = cidr.split('/');
  const r = rangeOf(cidr);
  if (!r || prefix === undefined) return tr(lang, `IPv4 address ${cidr}.`, `IPv4 地址 ${cidr}。`);
  if (addr?.startsWith('127.')) return tr(lang,
    `IPv4 address ${addr} with prefix /${prefix}: the whole block ${r.first}/${prefix} answers right here, on loopback.`,
    `IPv4 地址 ${addr}，前缀 /${prefix}：整个 ${r.first}/${prefix} 网段都由本机的回环网卡应答。`);
  if (prefix === '32') return tr(lang, `IPv4 address ${addr} with prefix /32: a single address, no subnet around it.`, `IPv4 地址 ${addr}，前缀 /32：单个地址，没有子网。`);
  return tr(lang,
    `IPv4 address ${addr} with prefix /${prefix}: the ${r.size} addresses ${r.first}–${r.last} are on this link and reached directly, without a router.`,
    `IPv4 地址 ${addr}，前缀 /${prefix}：${r.first}–${r.last} 这 ${r.size} 个地址都在这条链路上，不经路由器直接可达。`);
}

/** The note on `inet6 CIDR`. */
export function inet6Note(cidr: string, lang: Lang): string {
  const [addr, prefix] = cidr.split('/');
  if (addr === '::1') return tr(lang, 'IPv6 loopback address ::1, the IPv6 twin of 127.0.0.1.', 'IPv6 回环地址 ::1，相当于 IPv6 版的 127.0.0.1。');
  if (/^fe[89ab]/i.test(addr ?? '')) return tr(lang,
    'an IPv6 link-local address (fe80::/64): made automatically from the MAC address as soon as the interface is up; valid on this link only.',
    'IPv6 链路本地地址（fe80::/64）：接口一启用就由 MAC 地址自动生成，只在本链路有效。');
  return tr(lang, `IPv6 address ${addr ?? cidr}${prefix ? ` with prefix /${prefix}` : ''}.`, `IPv6 地址 ${addr ?? cidr}${prefix ? `，前缀 /${prefix}` : ''}。`);
}

function scopeNote(v: string, lang: Lang): string {
  switch (v) {
    case 'host': return tr(lang, 'scope host: valid only inside this namespace; never used to talk to others.', 'scope host：只在本命名空间内部有效，不用于和别人通信。');
    case 'global': return tr(lang, 'scope global: usable to talk to other hosts.', 'scope global：可以用来和其他主机通信。');
    case 'link': return tr(lang, 'scope link: valid only on this link; never routed further.', 'scope link：只在本链路有效，不会被路由到别处。');
    case 'site': return tr(lang, 'scope site: valid only within this site.', 'scope site：只在本站点内有效。');
    default: return tr(lang, `scope ${v}: how far this address is valid.`, `scope ${v}：地址的有效范围。`);
  }
}

function lftNote(key: string, v: string, lang: Lang): string {
  const valid = key === 'valid_lft';
  if (v === 'forever') return valid
    ? tr(lang, 'valid_lft forever: how long the address stays valid: forever, as it was set by hand (DHCP addresses count down).', 'valid_lft forever：地址的有效期，永久有效，因为它是手工配置的（DHCP 分配的地址会倒计时）。')
    : tr(lang, 'preferred_lft forever: how long it stays the preferred source address for new connections: forever.', 'preferred_lft forever：作为新连接首选源地址的期限：永久。');
  return valid
    ? tr(lang, `valid_lft ${v}: the address disappears in ${v} unless it is renewed.`, `valid_lft ${v}：如果不续期，这个地址 ${v} 后失效。`)
    : tr(lang, `preferred_lft ${v}: after ${v} it is no longer chosen for new connections.`, `preferred_lft ${v}：${v} 后不再被新连接选作源地址。`);
}

const ADDR_FLAGS: Record<string, [string, string]> = {
  tentative: ['tentative: IPv6 is still checking that nobody else on the link uses this address (duplicate address detection); usable in a moment.', 'tentative：IPv6 还在检查链路上有没有别人用这个地址（重复地址检测），稍后即可使用。'],
  dadfailed: ['dadfailed: another host on the link already uses this address, so it is not used.', 'dadfailed：链路上已有别的主机在用这个地址，所以它不会被使用。'],
  deprecated: ['deprecated: still valid, but no longer chosen for new connections.', 'deprecated：仍然有效，但不再用于新连接。'],
  dynamic: ['dynamic: obtained automatically (DHCP or router advertisement); it expires unless renewed.', 'dynamic：自动获得（DHCP 或路由通告），不续期就会过期。'],
  noprefixroute: ['noprefixroute: no route was added for this address\'s prefix.', 'noprefixroute：没有为这个地址的前缀添加路由。'],
  secondary: ['secondary: a further address in a subnet that already has a primary one here.', 'secondary：同一子网里已有主地址，这是附加的地址。'],
  temporary: ['temporary: a short-lived IPv6 privacy address.', 'temporary：临时的 IPv6 隐私地址。'],
  mngtmpaddr: ['mngtmpaddr: the template for temporary privacy addresses.', 'mngtmpaddr：生成临时隐私地址所用的模板。'],
  nodad: ['nodad: duplicate address detection was skipped.', 'nodad：跳过了重复地址检测。'],
  optimistic: ['optimistic: used already while duplicate address detection runs.', 'optimistic：重复地址检测还没结束就已经开始使用。'],
  permanent: ['permanent: set by hand, it does not expire.', 'permanent：手工配置，不会过期。'],
  home: ['home: a Mobile IPv6 home address.', 'home：移动 IPv6 的家乡地址。'],
};

/** Handlers for the words of address lines, by keyword. */
export const ADDR_WORDS: Record<string, WordHandler> = {
  inet: (c, i) => {
    const v = c.toks[i + 1];
    if (!v) return 1;
    c.notes.span(c.toks[i]!, v, inetNote(v.text, c.lang));
    return 2;
  },
  inet6: (c, i) => {
    const v = c.toks[i + 1];
    if (!v) return 1;
    c.notes.span(c.toks[i]!, v, inet6Note(v.text, c.lang));
    return 2;
  },
  peer: (c, i) => {
    const v = c.toks[i + 1];
    if (!v) return 1;
    c.notes.span(c.toks[i]!, v, tr(c.lang, `peer ${v.text}: the address at the other end of this point-to-point link.`, `peer ${v.text}：点对点链路另一端的地址。`));
    return 2;
  },
  scope: (c, i) => {
    const v = c.toks[i + 1];
    if (!v) return 1;
    c.notes.span(c.toks[i]!, v, scopeNote(v.text, c.lang));
    return 2;
  },
  valid_lft: lft,
  preferred_lft: lft,
  ...Object.fromEntries(Object.entries(ADDR_FLAGS).map(([k, [en, zh]]) => [k, (c: WordContext, i: number) => {
    c.notes.span(c.toks[i]!, undefined, tr(c.lang, en, zh));
    return 1;
  }])),
};

function lft(c: WordContext, i: number): number {
  const v = c.toks[i + 1];
  if (!v) return 1;
  c.notes.span(c.toks[i]!, v, lftNote(c.toks[i]!.text, v.text, c.lang));
  return 2;
}

/** The note on an address label (the interface name at the end of an inet line). */
export function labelNote(label: string, name: string, lang: Lang): string {
  return label === name
    ? tr(lang, `the address's label; by default the interface's name, ${name}.`, `地址的标签，默认就是接口名 ${name}。`)
    : tr(lang, `the address's label, ${label}: an old-style alias name for this address.`, `地址的标签 ${label}：旧式的别名写法。`);
}
