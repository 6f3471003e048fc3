/**
 * Check lines → Check (DESIGN §5, "Check language"). Pure, never throws:
 * a line that is not a check comes back as an error whose column points at
 * the offending word and whose message says what was expected there.
 */
import type { Lang } from '../i18n/lang.ts';
import { words } from '../i18n/words.ts';
import { ROOT_NS } from '../model/snapshot.ts';
import { parseAddress } from '../net/ip-address.ts';
import type { Check, CheckAssertion } from './model.ts';
import { cidrWord, commandWords, ifName, netnsName, optIn, parseLink, parsePinged, parseRan, parseRegex, parseRoute, parseSysctl, quotedText, reasonWord } from './keyword-readers.ts';
import { Fail, Reader } from './reader.ts';

/** Why a line is not a check, and where. */
export type CheckParseError = {
  /** 1-based line of the check. */
  line: number;
  /** 1-based column of the offending word (or just past the end when a word is missing). */
  col: number;
  message: string;
};

/** The words a check line can start with, for lint messages and completion. */
export const CHECK_KEYWORDS: readonly string[] = ['netns', 'link', 'veth', 'addr', 'route', 'ping', 'sysctl', 'ran', 'exit', 'output', 'file', 'saw', 'pinged', 'error', 'not'];

/** Words a learner might reach for instead of a keyword. */
const KEYWORD_ALIASES: Readonly<Record<string, string>> = {
  address: 'addr', ip: 'addr', namespace: 'netns', ns: 'netns', interface: 'link', iface: 'link', dev: 'link',
  run: 'ran', runs: 'ran', status: 'exit', out: 'output', stdout: 'output', path: 'file', no: 'not', '!': 'not',
  seen: 'saw', looked: 'saw', listed: 'saw', pings: 'pinged', failed: 'error', err: 'error', errors: 'error',
};

/**
 * Whether a line of a `check` block is not a check at all: blank, or a `#`
 * comment. Callers skip such lines; `parseCheckLine` reports them as errors.
 */
export function isCheckSkipLine(text: string): boolean {
  const t = text.trim();
  return t === '' || t.startsWith('#');
}

/**
 * Parses one check line. `line` is its line number in the lesson file and
 * `col` the 1-based column where `text` starts (default 1); errors are worded
 * in `lang` (default English). Never throws.
 */
export function parseCheckLine(text: string, line: number, col = 1, lang: Lang = 'en'): { check: Check } | { error: CheckParseError } {
  const say = words(lang).lint;
  try {
    const r = new Reader(text, col, say);
    const first = r.peek();
    if (first === null) throw new Fail(r.endCol(), say.blankLine);
    if (first.text.startsWith('#')) throw new Fail(first.col, say.commentLine);
    let negated = false;
    if (first.text === 'not') {
      r.next();
      negated = true;
      if (r.peek()?.text === 'not') throw new Fail(r.peek()!.col, say.notTwice);
    }
    const assertion = parseAssertion(r);
    return { check: { negated, line, col: first.col, source: text.trim(), ...assertion } as Check };
  } catch (e) {
    if (e instanceof Fail) return { error: { line, col: e.col, message: e.message } };
    return { error: { line, col, message: say.internal(String(e)) } };
  }
}

function parseAssertion(r: Reader): CheckAssertion {
  const say = r.say;
  const what = say.what;
  const kw = r.need(what.check(say.keywords));
  switch (kw.text) {
    case 'netns': {
      const netns = netnsName(r.need(what.netns), r);
      r.keyword(['exists'], what.exists);
      r.end();
      return { kind: 'netns-exists', netns };
    }
    case 'link': return parseLink(r);
    case 'veth': {
      const link = ifName(r.need(what.iface), r);
      const netns = optIn(r);
      r.keyword(['peer'], what.peer);
      const peer = ifName(r.need(what.peerIface), r);
      const peerNetns = optIn(r);
      r.end();
      return { kind: 'veth-peer', link, netns, peer, peerNetns };
    }
    case 'addr': {
      const w = r.need(what.cidr);
      const cidr = cidrWord(w, what.cidr, r);
      r.keyword(['on'], what.on);
      const link = ifName(r.need(what.iface), r);
      const netns = optIn(r);
      r.end();
      return { kind: 'addr', cidr, link, netns };
    }
    case 'route': return parseRoute(r);
    case 'ping': {
      const w = r.need(what.pingAddr);
      if (parseAddress(w.text) === null) throw new Fail(w.col, say.notPingAddr(w.text));
      let from = ROOT_NS;
      if (r.peek()?.text === 'from') { r.next(); from = netnsName(r.need(what.netns), r); }
      const expect = r.keyword(['succeeds', 'fails'], what.outcome, { in: 'from' });
      r.end();
      return { kind: 'ping', addr: w.text, from, expect: expect as 'succeeds' | 'fails' };
    }
    case 'sysctl': return parseSysctl(r);
    case 'ran': return parseRan(r);
    case 'exit': {
      const expect = r.keyword(['succeeds', 'fails'], what.outcome, { success: 'succeeds', ok: 'succeeds', fail: 'fails', failed: 'fails', 0: 'succeeds' });
      r.end();
      return { kind: 'exit', expect: expect as 'succeeds' | 'fails' };
    }
    case 'output': {
      const how = r.keyword(['contains', 'matches'], what.output, { contain: 'contains', has: 'contains', match: 'matches' });
      return how === 'contains' ? { kind: 'output-contains', text: quotedText(r) } : parseRegex(r);
    }
    case 'file': {
      const w = r.need(what.path);
      if (!w.text.startsWith('/')) throw new Fail(w.col, say.notAbsolute(w.text));
      r.keyword(['exists'], what.exists);
      r.end();
      return { kind: 'file-exists', path: w.text };
    }
    case 'saw': {
      r.keyword(['link'], what.sawLink, { links: 'link', interface: 'link', addr: 'link', address: 'link', dev: 'link' });
      const link = ifName(r.need(what.iface), r);
      const netns = optIn(r);
      r.end();
      return { kind: 'saw-link', link, netns };
    }
    case 'pinged': return parsePinged(r);
    case 'error': {
      const reason = reasonWord(r);
      if (r.peek() === null) return { kind: 'error', reason, words: null };
      r.keyword(['from'], what.from, { in: 'from', after: 'from', by: 'from' });
      return { kind: 'error', reason, words: commandWords(r, `error ${reason} from`) };
    }
    default:
      throw new Fail(kw.col, say.unknownCheck(kw.text, r.suggest(kw.text, CHECK_KEYWORDS, KEYWORD_ALIASES), say.keywords));
  }
}
