/** Notes on the address lines of `ip addr`: inet, inet6, scope, lifetimes, flags. Pure. */
import type { Lang } from '../../../i18n/lang.ts';
import { type Words, words } from '../../../i18n/words.ts';
import { rangeOf } from '../../../net/ip-address.ts';
import type { WordContext, WordHandler } from './word-context.ts';

/** The note on `inet CIDR`. */
export function inetNote(cidr: string, lang: Lang): string {
  const w = words(lang).explainOutput;
  const [addr, prefix] = cidr.split('/');
  const r = rangeOf(cidr);
  if (!r || prefix === undefined) return w.addrInetPlain(cidr);
  if (addr?.startsWith('127.')) return w.addrInetLoopback(addr, prefix, r.first);
  if (prefix === '32') return w.addrInetSingle(String(addr));
  return w.addrInet(String(addr), prefix, r.size, r.first, r.last);
}

/** The note on `inet6 CIDR`. */
export function inet6Note(cidr: string, lang: Lang): string {
  const w = words(lang).explainOutput;
  const [addr, prefix] = cidr.split('/');
  if (addr === '::1') return w.addrInet6Loopback;
  if (/^fe[89ab]/i.test(addr ?? '')) return w.addrInet6LinkLocal;
  return w.addrInet6(addr ?? cidr, prefix);
}

function scopeNote(v: string, lang: Lang): string {
  const w = words(lang).explainOutput;
  switch (v) {
    case 'host': return w.addrScopeHost;
    case 'global': return w.addrScopeGlobal;
    case 'link': return w.addrScopeLink;
    case 'site': return w.addrScopeSite;
    default: return w.addrScopeOther(v);
  }
}

function lftNote(key: string, v: string, lang: Lang): string {
  const w = words(lang).explainOutput;
  const valid = key === 'valid_lft';
  if (v === 'forever') return valid ? w.addrValidForever : w.addrPreferredForever;
  return valid ? w.addrValid(v) : w.addrPreferred(v);
}

/** The address flags `ip addr` prints (the English catalogue lists them; every language has the same keys). */
const ADDR_FLAGS = Object.keys(words('en').explainOutput.addrFlag) as (keyof Words['explainOutput']['addrFlag'])[];

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
    c.notes.span(c.toks[i]!, v, words(c.lang).explainOutput.addrPeer(v.text));
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
  ...Object.fromEntries(ADDR_FLAGS.map((k) => [k, (c: WordContext, i: number) => {
    c.notes.span(c.toks[i]!, undefined, words(c.lang).explainOutput.addrFlag[k]);
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
  const w = words(lang).explainOutput;
  return label === name ? w.addrLabel(name) : w.addrLabelAlias(label);
}
