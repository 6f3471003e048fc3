/**
 * The readers for each check keyword's arguments (DESIGN §5, "Check
 * language"): `link …`, `route …`, `sysctl …`, `ran …`, `pinged …`, quoted
 * text and /regex/ for `output`, and the names and addresses they take.
 * Each reads from a `Reader` and throws `Fail` at the offending word.
 */
import { ROOT_NS } from '../model/snapshot.ts';
import { formatAddress, networkOf, parseAddress, parseCidr } from '../net/ip-address.ts';
import { ERROR_REASONS, SYSCTL_KEYS, type CheckAssertion, type ErrorReason } from './model.ts';
import { Fail, Reader, suggest, type Word } from './reader.ts';

export function parseLink(r: Reader): CheckAssertion {
  const link = ifName(r.need('an interface name'), r);
  const netns = optIn(r);
  const what = '`exists`, `is up`, `is down`, `type KIND` or `master BR`';
  const w = r.keyword(['exists', 'is', 'type', 'master'], what, { up: 'is up', down: 'is down', kind: 'type', exist: 'exists', on: 'master' });
  let a: CheckAssertion;
  if (w === 'exists') a = { kind: 'link-exists', link, netns };
  else if (w === 'is') a = { kind: 'link-state', link, netns, up: r.keyword(['up', 'down'], '`up` or `down`') === 'up' };
  else if (w === 'type') {
    const k = r.need('a link kind (veth, loopback, bridge, dummy, …)');
    if (!/^[A-Za-z0-9][A-Za-z0-9_.-]{0,31}$/.test(k.text)) throw new Fail(k.col, `expected a link kind like veth, loopback, bridge or dummy, found \`${k.text}\``);
    a = { kind: 'link-type', link, netns, type: k.text.toLowerCase() };
  } else a = { kind: 'link-master', link, netns, master: ifName(r.need('a bridge name'), r) };
  r.end();
  return a;
}

export function parseRoute(r: Reader): CheckAssertion {
  const d = r.need('a destination: `default`, a prefix like 192.0.0.0/24, or an address');
  const dest = routeDest(d);
  let via: string | null = null;
  let dev: string | null = null;
  let netns = ROOT_NS;
  const order = ['via', 'dev', 'in'] as const;
  const forms = { via: '`via GW`', dev: '`dev IF`', in: '`in NS`' };
  let at = 0;
  for (let w = r.peek(); w !== null; w = r.peek()) {
    const i = order.indexOf(w.text as (typeof order)[number]);
    if (i < 0) {
      const left = order.slice(at).map((o) => forms[o]).join(', ');
      throw new Fail(w.col, `expected ${left} or the end of the line after \`${r.source()}\`, found \`${w.text}\`${suggest(w.text, order.slice(at))}`);
    }
    if (i < at) {
      const seen = order[at - 1]!;
      const again = i === at - 1 ? `${forms[seen]} is given twice` : `${forms[order[i]!]} must come before ${forms[seen]}`;
      throw new Fail(w.col, `${again}: write route DEST [via GW] [dev IF] [in NS]`);
    }
    r.next();
    at = i + 1;
    if (order[i] === 'via') {
      const g = r.need('a gateway address');
      if (parseAddress(g.text) === null) throw new Fail(g.col, `expected a gateway address (IPv4 or IPv6, no prefix) after \`via\`, found \`${g.text}\``);
      via = g.text;
    } else if (order[i] === 'dev') dev = ifName(r.need('an interface name'), r);
    else netns = netnsName(r.need('a namespace name'), r);
  }
  return { kind: 'route', dest, via, dev, netns };
}

function routeDest(w: Word): string {
  if (w.text === 'default') return 'default';
  if (parseAddress(w.text) !== null) return w.text;
  const c = cidrWord(w, '`default`, a prefix like 192.0.0.0/24, or an address');
  const net = networkOf(parseCidr(c)!);
  const written = parseCidr(c)!;
  if (formatAddress(net.addr) !== formatAddress(written.addr)) {
    throw new Fail(w.col, `\`${c}\` has host bits set; the kernel keeps a route by its network, so write \`${formatAddress(net.addr)}/${net.prefix}\``);
  }
  return c;
}

/** `sysctl KEY = VALUE [in NS]`, for the keys the probe reads. */
export function parseSysctl(r: Reader): CheckAssertion {
  const keys = Object.keys(SYSCTL_KEYS);
  const example = `like \`sysctl ${keys[0]} = 1\``;
  const k = r.need(`a sysctl key (like \`${keys[0]}\`)`);
  const eq = k.text.indexOf('=');
  if (eq === 0) throw new Fail(k.col, `expected a sysctl key before \`=\`, ${example}`);
  if (eq > 0) {
    const fixed = `${k.text.slice(0, eq)} = ${k.text.slice(eq + 1) || 'VALUE'}`;
    throw new Fail(k.col + eq, `write spaces around \`=\`: \`sysctl ${fixed}\`, the way \`sysctl KEY\` prints it`);
  }
  const key = k.text.replaceAll('/', '.');
  if (key !== k.text && Object.hasOwn(SYSCTL_KEYS, key)) throw new Fail(k.col, `write the key with dots, as \`sysctl\` prints it: \`${key}\``);
  if (!Object.hasOwn(SYSCTL_KEYS, key)) {
    throw new Fail(k.col, `the tutor reads only ${keys.map((x) => `\`${x}\``).join(', ')} from each namespace, so \`${k.text}\` cannot be checked${suggest(k.text, keys)}`);
  }
  const values = SYSCTL_KEYS[key]!;
  const e = r.need('`= VALUE`');
  if (e.text !== '=') {
    const said = values.includes(e.text) ? ` (write \`${key} = ${e.text}\`)` : ['is', '==', ':'].includes(e.text) ? ' (did you mean `=`?)' : '';
    throw new Fail(e.col, `expected \`= VALUE\` after \`${r.sourceBefore(e)}\`, found \`${e.text}\`${said}`);
  }
  const v = r.need(`the value ${values.join(' or ')}`);
  if (!values.includes(v.text)) throw new Fail(v.col, `${key} is ${values.join(' or ')}, found \`${v.text}\``);
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
  if (rest === null) throw new Fail(r.endCol(), `expected the words of a command after \`${lead}\`, like \`${lead} ip netns list\``);
  const words = r.shellWords();
  const first = words[0]!;
  if (first.text === 'sudo' || first.text === '$') {
    throw new Fail(first.col, `commands are recorded without a leading \`${first.text}\`; write \`${lead} ${words.slice(1).map((w) => w.text).join(' ') || 'ip …'}\``);
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
  const list = ERROR_REASONS.join(', ');
  const w = r.need(`an error: ${list}`);
  if ((ERROR_REASONS as readonly string[]).includes(w.text)) return w.text as ErrorReason;
  throw new Fail(w.col, `unknown error \`${w.text}\`${suggest(w.text, ERROR_REASONS, REASON_ALIASES)}; the errors the tutor recognises in every language are ${list}`);
}

/** `pinged ADDR [from NS] succeeds|fails [with REASON]`, or `pinged between NS1 and NS2 succeeds`. */
export function parsePinged(r: Reader): CheckAssertion {
  if (r.peek()?.text === 'between') {
    r.next();
    const a = netnsName(r.need('a namespace name'), r);
    r.keyword(['and'], '`and NS2`');
    const bw = r.need('a namespace name');
    const b = netnsName(bw, r);
    if (a === b) throw new Fail(bw.col, `a path has two different ends: \`pinged between ${a} and ${b}\` names ${a} twice`);
    const end = r.peek();
    if (end?.text === 'fails') throw new Fail(end.col, '`pinged between NS1 and NS2` takes only `succeeds`: to see a ping fail, write `pinged ADDR from NS fails`');
    r.keyword(['succeeds'], '`succeeds`', { ok: 'succeeds', success: 'succeeds' });
    r.end();
    return { kind: 'pinged-between', a, b };
  }
  const w = r.need('an address, like 192.0.0.1, or `between NS1 and NS2`');
  if (parseAddress(w.text) === null) throw new Fail(w.col, `expected the IPv4 or IPv6 address the learner pinged, or \`between NS1 and NS2\`, found \`${w.text}\``);
  let from = ROOT_NS;
  if (r.peek()?.text === 'from') { r.next(); from = netnsName(r.need('a namespace name'), r); }
  const expect = r.keyword(['succeeds', 'fails'], '`succeeds` or `fails`', { in: 'from', success: 'succeeds', fail: 'fails', failed: 'fails' }) as 'succeeds' | 'fails';
  let reason: ErrorReason | null = null;
  const next = r.peek();
  if (next?.text === 'with') {
    if (expect === 'succeeds') throw new Fail(next.col, '`with ERROR` says why a ping failed: it follows `fails`, not `succeeds`');
    r.next();
    reason = reasonWord(r);
  }
  r.end();
  return { kind: 'pinged', addr: w.text, from, expect, reason };
}

export function quotedText(r: Reader): string {
  const rest = r.rest();
  if (rest === null || !rest.text.startsWith('"')) {
    throw new Fail(rest?.col ?? r.endCol(), `expected the text in double quotes after \`output contains\`, like output contains "inet 192.0.0.1/24"`);
  }
  let out = '';
  for (let i = 1; i < rest.text.length; i++) {
    const ch = rest.text[i]!;
    if (ch === '\\') {
      const nx = rest.text[i + 1];
      if (nx !== '"' && nx !== '\\') throw new Fail(rest.col + i, `unknown escape \`\\${nx ?? ''}\`: inside the quotes only \\" and \\\\ are escapes`);
      out += nx;
      i++;
    } else if (ch === '"') {
      const tail = rest.text.slice(i + 1);
      const extra = tail.search(/\S/);
      if (extra >= 0) throw new Fail(rest.col + i + 1 + extra, `unexpected \`${tail.trim()}\` after the closing quote: the check ends there`);
      if (out === '') throw new Fail(rest.col, 'the text between the quotes is empty, so the check would always hold');
      r.skipAll();
      return out;
    } else out += ch;
  }
  throw new Fail(rest.col, 'the text opened here has no closing `"`');
}

export function parseRegex(r: Reader): CheckAssertion {
  const rest = r.rest();
  if (rest === null || !rest.text.startsWith('/')) {
    throw new Fail(rest?.col ?? r.endCol(), 'expected a regular expression between slashes after `output matches`, like output matches /192\\.0\\.0\\.\\d+/');
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
  if (i >= s.length) throw new Fail(rest.col, 'the regular expression opened here has no closing `/`');
  const regex = s.slice(1, i);
  if (regex === '') throw new Fail(rest.col, 'the regular expression is empty, so the check would always hold');
  const flags = /^[A-Za-z]*/.exec(s.slice(i + 1))![0];
  const tail = s.slice(i + 1 + flags.length);
  if (tail.trim() !== '') throw new Fail(rest.col + i + 1 + flags.length + tail.search(/\S/), `unexpected \`${tail.trim()}\` after /REGEX/flags: the check ends there`);
  const bad = [...flags].find((f) => !'dgimsuvy'.includes(f));
  if (bad !== undefined) throw new Fail(rest.col + i + 1 + flags.indexOf(bad), `unknown regular expression flag \`${bad}\`: flags are d, g, i, m, s, u, v, y`);
  try {
    new RegExp(regex, flags);
  } catch (e) {
    const why = (e instanceof Error ? e.message : String(e)).replace(/^Invalid regular expression: \/.*\/[a-z]*: /s, '');
    throw new Fail(rest.col, `invalid regular expression /${regex}/${flags}: ${why}`);
  }
  r.skipAll();
  return { kind: 'output-matches', regex, flags };
}

/** Words of the grammar, which are never names: `link exists` lacks its IF. */
const RESERVED = new Set(['in', 'exists', 'is', 'up', 'down', 'type', 'master', 'peer', 'on', 'via', 'dev', 'from', 'succeeds', 'fails', 'not']);

export function optIn(r: Reader): string {
  if (r.peek()?.text !== 'in') return ROOT_NS;
  r.next();
  return netnsName(r.need('a namespace name'), r);
}

/** Interface names as the kernel takes them (dev_valid_name): 1–15 bytes, no `/`, `:` or space, not `.` or `..`. */
export function ifName(w: Word, r: Reader): string {
  const what = 'an interface name';
  if (RESERVED.has(w.text)) throw new Fail(w.col, `expected ${what} after \`${r.sourceBefore(w)}\`, found the keyword \`${w.text}\``);
  const bytes = new TextEncoder().encode(w.text).length;
  if (bytes > 15) throw new Fail(w.col, `\`${w.text}\` is too long for an interface name: at most 15 characters, it has ${bytes}`);
  if (/[/:"'\\]/.test(w.text) || w.text === '.' || w.text === '..') {
    throw new Fail(w.col, `\`${w.text}\` is not a valid interface name: it cannot contain \`/\`, \`:\`, quotes or spaces, nor be \`.\` or \`..\``);
  }
  return w.text;
}

/** Namespace names are file names under /run/netns: 1–255 bytes, no `/`, not `.` or `..`. */
export function netnsName(w: Word, r: Reader): string {
  if (RESERVED.has(w.text)) throw new Fail(w.col, `expected a namespace name after \`${r.sourceBefore(w)}\`, found the keyword \`${w.text}\``);
  if (/[/"'\\]/.test(w.text) || w.text === '.' || w.text === '..' || new TextEncoder().encode(w.text).length > 255) {
    throw new Fail(w.col, `\`${w.text}\` is not a valid namespace name: it is a file name under /run/netns, so no \`/\`, quotes or spaces`);
  }
  return w.text;
}

export function cidrWord(w: Word, what: string): string {
  const slash = w.text.indexOf('/');
  if (slash < 0) {
    if (parseAddress(w.text) !== null) throw new Fail(w.col, `expected ${what}, found \`${w.text}\` without a prefix length: add one, like /24 (IPv4) or /64 (IPv6)`);
    throw new Fail(w.col, `expected ${what}, found \`${w.text}\``);
  }
  const addr = parseAddress(w.text.slice(0, slash));
  if (addr === null) throw new Fail(w.col, `\`${w.text.slice(0, slash)}\` is not an IPv4 or IPv6 address (expected ${what})`);
  if (parseCidr(w.text) === null) {
    const max = addr.family === 4 ? 32 : 128;
    throw new Fail(w.col + slash + 1, `\`/${w.text.slice(slash + 1)}\` is not a prefix length: an IPv${addr.family} prefix is a number from 0 to ${max}`);
  }
  return w.text;
}
