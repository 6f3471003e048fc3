/**
 * The readers for each check keyword's arguments (DESIGN §5, "Check
 * language"): `link …`, `route …`, `sysctl …`, `ran …`, `pinged …`, quoted
 * text and /regex/ for `output`, and the names and addresses they take.
 * Each reads from a `Reader` and throws `Fail` at the offending word.
 */
import { ROOT_NS } from '../model/snapshot.ts';
import { formatAddress, networkOf, parseAddress, parseCidr } from '../net/ip-address.ts';
import { ERROR_REASONS, SYSCTL_KEYS, type CheckAssertion, type ErrorReason } from './model.ts';
import { Fail, Reader, type Word } from './reader.ts';

export function parseLink(r: Reader): CheckAssertion {
  const what = r.say.what;
  const link = ifName(r.need(what.iface), r);
  const netns = optIn(r);
  const w = r.keyword(['exists', 'is', 'type', 'master'], what.linkTest, { up: 'is up', down: 'is down', kind: 'type', exist: 'exists', on: 'master' });
  let a: CheckAssertion;
  if (w === 'exists') a = { kind: 'link-exists', link, netns };
  else if (w === 'is') a = { kind: 'link-state', link, netns, up: r.keyword(['up', 'down'], what.upOrDown) === 'up' };
  else if (w === 'type') {
    const k = r.need(what.linkKind);
    if (!/^[A-Za-z0-9][A-Za-z0-9_.-]{0,31}$/.test(k.text)) throw new Fail(k.col, r.say.badLinkKind(k.text));
    a = { kind: 'link-type', link, netns, type: k.text.toLowerCase() };
  } else a = { kind: 'link-master', link, netns, master: ifName(r.need(what.bridge), r) };
  r.end();
  return a;
}

export function parseRoute(r: Reader): CheckAssertion {
  const say = r.say;
  const d = r.need(say.what.routeDest);
  const dest = routeDest(d, r);
  let via: string | null = null;
  let dev: string | null = null;
  let netns = ROOT_NS;
  const order = ['via', 'dev', 'in'] as const;
  const forms = { via: '`via GW`', dev: '`dev IF`', in: '`in NS`' };
  let at = 0;
  for (let w = r.peek(); w !== null; w = r.peek()) {
    const i = order.indexOf(w.text as (typeof order)[number]);
    if (i < 0) {
      const left = order.slice(at).map((o) => forms[o]);
      throw new Fail(w.col, say.routeExpected(left, r.source(), w.text, r.suggest(w.text, order.slice(at))));
    }
    if (i < at) {
      const seen = order[at - 1]!;
      throw new Fail(w.col, i === at - 1 ? say.routeTwice(forms[seen]) : say.routeOrder(forms[order[i]!], forms[seen]));
    }
    r.next();
    at = i + 1;
    if (order[i] === 'via') {
      const g = r.need(say.what.gateway);
      if (parseAddress(g.text) === null) throw new Fail(g.col, say.badGateway(g.text));
      via = g.text;
    } else if (order[i] === 'dev') dev = ifName(r.need(say.what.iface), r);
    else netns = netnsName(r.need(say.what.netns), r);
  }
  return { kind: 'route', dest, via, dev, netns };
}

function routeDest(w: Word, r: Reader): string {
  if (w.text === 'default') return 'default';
  if (parseAddress(w.text) !== null) return w.text;
  const c = cidrWord(w, r.say.what.routePrefix, r);
  const net = networkOf(parseCidr(c)!);
  const written = parseCidr(c)!;
  if (formatAddress(net.addr) !== formatAddress(written.addr)) {
    throw new Fail(w.col, r.say.hostBits(c, `${formatAddress(net.addr)}/${net.prefix}`));
  }
  return c;
}

/** `sysctl KEY = VALUE [in NS]`, for the keys the probe reads. */
export function parseSysctl(r: Reader): CheckAssertion {
  const say = r.say;
  const keys = Object.keys(SYSCTL_KEYS);
  const k = r.need(say.what.sysctlKey(keys[0]!));
  const eq = k.text.indexOf('=');
  if (eq === 0) throw new Fail(k.col, say.sysctlKeyFirst(keys[0]!));
  if (eq > 0) throw new Fail(k.col + eq, say.sysctlSpaces(`${k.text.slice(0, eq)} = ${k.text.slice(eq + 1) || 'VALUE'}`));
  const key = k.text.replaceAll('/', '.');
  if (key !== k.text && Object.hasOwn(SYSCTL_KEYS, key)) throw new Fail(k.col, say.sysctlDots(key));
  if (!Object.hasOwn(SYSCTL_KEYS, key)) throw new Fail(k.col, say.sysctlUnknown(keys, k.text, r.suggest(k.text, keys)));
  const values = SYSCTL_KEYS[key]!;
  const e = r.need(say.what.equalsValue);
  if (e.text !== '=') {
    const said = values.includes(e.text) ? say.sysctlWriteAs(key, e.text) : ['is', '==', ':'].includes(e.text) ? say.sysctlMeantEquals : '';
    throw new Fail(e.col, say.sysctlNoEquals(r.sourceBefore(e), e.text, said));
  }
  const v = r.need(say.what.sysctlValue(values));
  if (!values.includes(v.text)) throw new Fail(v.col, say.sysctlBadValue(key, values, v.text));
  const netns = optIn(r);
  r.end();
  return { kind: 'sysctl', key, value: v.text, netns };
}

export function parseRan(r: Reader): CheckAssertion {
  return { kind: 'ran', words: commandWords(r, 'ran') };
}

/** The words of a command, to the end of the line, for `ran …` and `error … from …`. */
export function commandWords(r: Reader, lead: string): string[] {
  const rest = r.rest();
  if (rest === null) throw new Fail(r.endCol(), r.say.commandExpected(lead));
  const words = r.shellWords();
  const first = words[0]!;
  if (first.text === 'sudo' || first.text === '$') {
    throw new Fail(first.col, r.say.commandLeading(first.text, lead, words.slice(1).map((w) => w.text).join(' ')));
  }
  return words.map((w) => w.text);
}

/** Other words for the errors `error` and `pinged … fails with` know. */
const REASON_ALIASES: Readonly<Record<string, string>> = {
  enetunreach: 'unreachable', 'network-unreachable': 'unreachable', 'net-unreachable': 'unreachable',
  ehostunreach: 'no-route', 'no-route-to-host': 'no-route', noroute: 'no-route',
  eexist: 'exists', 'file-exists': 'exists', exist: 'exists',
  'invalid-nexthop': 'invalid-gateway', 'bad-gateway': 'invalid-gateway', gateway: 'invalid-gateway',
  enodev: 'no-device', 'cannot-find-device': 'no-device', 'no-such-device': 'no-device',
  loss: 'no-reply', timeout: 'no-reply', 'no-answer': 'no-reply', noreply: 'no-reply',
};

export function reasonWord(r: Reader): ErrorReason {
  const w = r.need(r.say.what.errorReason(ERROR_REASONS));
  if ((ERROR_REASONS as readonly string[]).includes(w.text)) return w.text as ErrorReason;
  throw new Fail(w.col, r.say.unknownError(w.text, r.suggest(w.text, ERROR_REASONS, REASON_ALIASES), ERROR_REASONS));
}

/** `pinged ADDR [from NS] succeeds|fails [with REASON]`, or `pinged between NS1 and NS2 succeeds`. */
export function parsePinged(r: Reader): CheckAssertion {
  const say = r.say;
  if (r.peek()?.text === 'between') {
    r.next();
    const a = netnsName(r.need(say.what.netns), r);
    r.keyword(['and'], say.what.and);
    const bw = r.need(say.what.netns);
    const b = netnsName(bw, r);
    if (a === b) throw new Fail(bw.col, say.pingedSame(a, b));
    const end = r.peek();
    if (end?.text === 'fails') throw new Fail(end.col, say.pingedBetweenFails);
    r.keyword(['succeeds'], say.what.succeeds, { ok: 'succeeds', success: 'succeeds' });
    r.end();
    return { kind: 'pinged-between', a, b };
  }
  const w = r.need(say.what.pingedAddr);
  if (parseAddress(w.text) === null) throw new Fail(w.col, say.notPingedAddr(w.text));
  let from = ROOT_NS;
  if (r.peek()?.text === 'from') { r.next(); from = netnsName(r.need(say.what.netns), r); }
  const expect = r.keyword(['succeeds', 'fails'], say.what.outcome, { in: 'from', success: 'succeeds', fail: 'fails', failed: 'fails' }) as 'succeeds' | 'fails';
  let reason: ErrorReason | null = null;
  const next = r.peek();
  if (next?.text === 'with') {
    if (expect === 'succeeds') throw new Fail(next.col, say.withAfterSucceeds);
    r.next();
    reason = reasonWord(r);
  }
  r.end();
  return { kind: 'pinged', addr: w.text, from, expect, reason };
}

export function quotedText(r: Reader): string {
  const rest = r.rest();
  if (rest === null || !rest.text.startsWith('"')) {
    throw new Fail(rest?.col ?? r.endCol(), r.say.quotedExpected);
  }
  let out = '';
  for (let i = 1; i < rest.text.length; i++) {
    const ch = rest.text[i]!;
    if (ch === '\\') {
      const nx = rest.text[i + 1];
      if (nx !== '"' && nx !== '\\') throw new Fail(rest.col + i, r.say.unknownEscape(nx ?? ''));
      out += nx;
      i++;
    } else if (ch === '"') {
      const tail = rest.text.slice(i + 1);
      const extra = tail.search(/\S/);
      if (extra >= 0) throw new Fail(rest.col + i + 1 + extra, r.say.afterQuote(tail.trim()));
      if (out === '') throw new Fail(rest.col, r.say.emptyText);
      r.skipAll();
      return out;
    } else out += ch;
  }
  throw new Fail(rest.col, r.say.unclosedText);
}

export function parseRegex(r: Reader): CheckAssertion {
  const rest = r.rest();
  if (rest === null || !rest.text.startsWith('/')) {
    throw new Fail(rest?.col ?? r.endCol(), r.say.regexExpected);
  }
  const s = rest.text;
  let i = 1;
  let inClass = false;
  for (; i < s.length; i++) {
    const ch = s[i];
    if (ch === '\\') i++;
    else if (ch === '[') inClass = true;
    else if (ch === ']') inClass = false;
    else if (ch === '/' && !inClass) break;
  }
  if (i >= s.length) throw new Fail(rest.col, r.say.unclosedRegex);
  const regex = s.slice(1, i);
  if (regex === '') throw new Fail(rest.col, r.say.emptyRegex);
  const flags = /^[A-Za-z]*/.exec(s.slice(i + 1))![0];
  const tail = s.slice(i + 1 + flags.length);
  if (tail.trim() !== '') throw new Fail(rest.col + i + 1 + flags.length + tail.search(/\S/), r.say.afterRegex(tail.trim()));
  const bad = [...flags].find((f) => !'dgimsuvy'.includes(f));
  if (bad !== undefined) throw new Fail(rest.col + i + 1 + flags.indexOf(bad), r.say.badFlag(bad));
  try {
    new RegExp(regex, flags);
  } catch (e) {
    const why = (e instanceof Error ? e.message : String(e)).replace(/^Invalid regular expression: \/.*\/[a-z]*: /s, '');
    throw new Fail(rest.col, r.say.badRegex(regex, flags, why));
  }
  r.skipAll();
  return { kind: 'output-matches', regex, flags };
}

/** Words of the grammar, which are never names: `link exists` lacks its IF. */
const RESERVED = new Set(['in', 'exists', 'is', 'up', 'down', 'type', 'master', 'peer', 'on', 'via', 'dev', 'from', 'succeeds', 'fails', 'not']);

export function optIn(r: Reader): string {
  if (r.peek()?.text !== 'in') return ROOT_NS;
  r.next();
  return netnsName(r.need(r.say.what.netns), r);
}

/** Interface names as the kernel takes them (dev_valid_name): 1–15 bytes, no `/`, `:` or space, not `.` or `..`. */
export function ifName(w: Word, r: Reader): string {
  if (RESERVED.has(w.text)) throw new Fail(w.col, r.say.keywordAsName(r.say.what.iface, r.sourceBefore(w), w.text));
  const bytes = new TextEncoder().encode(w.text).length;
  if (bytes > 15) throw new Fail(w.col, r.say.ifaceTooLong(w.text, bytes));
  if (/[/:"'\\]/.test(w.text) || w.text === '.' || w.text === '..') throw new Fail(w.col, r.say.badIface(w.text));
  return w.text;
}

/** Namespace names are file names under /run/netns: 1–255 bytes, no `/`, not `.` or `..`. */
export function netnsName(w: Word, r: Reader): string {
  if (RESERVED.has(w.text)) throw new Fail(w.col, r.say.keywordAsName(r.say.what.netns, r.sourceBefore(w), w.text));
  if (/[/"'\\]/.test(w.text) || w.text === '.' || w.text === '..' || new TextEncoder().encode(w.text).length > 255) {
    throw new Fail(w.col, r.say.badNetns(w.text));
  }
  return w.text;
}

/** An address with its prefix; `what` says what was expected there, in the reader's words. */
export function cidrWord(w: Word, what: string, r: Reader): string {
  const slash = w.text.indexOf('/');
  if (slash < 0) throw new Fail(w.col, parseAddress(w.text) !== null ? r.say.noPrefix(what, w.text) : r.say.notCidr(what, w.text));
  const addr = parseAddress(w.text.slice(0, slash));
  if (addr === null) throw new Fail(w.col, r.say.notAddress(w.text.slice(0, slash), what));
  if (parseCidr(w.text) === null) throw new Fail(w.col + slash + 1, r.say.badPrefix(w.text.slice(slash + 1), addr.family, addr.family === 4 ? 32 : 128));
  return w.text;
}
