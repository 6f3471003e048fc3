/** Notes on the words after an interface header and on the `link/…` and `-d` lines. Pure. */
import { mtuNote, qdiscNote, stateNote } from './link-notes.ts';
import { words } from '../../../i18n/words.ts';
import type { WordContext, WordHandler } from './word-context.ts';

/** The words of the output explainers in the language of a handler's context. */
function wordsFor(c: WordContext) {
  return words(c.lang).explainOutput;
}

/** A keyword and its value, noted as one span; `note` gets the value. */
function pair(note: (v: string, c: WordContext) => string): WordHandler {
  return (c, i) => {
    const v = c.toks[i + 1];
    if (!v) return 1;
    c.notes.span(c.toks[i]!, v, note(v.text, c));
    return 2;
  };
}

export function isMac(s: string): boolean {
  return /^[0-9a-f]{2}(:[0-9a-f]{2})+$/i.test(s);
}

export function macNote(mac: string, c: WordContext): string {
  const w = wordsFor(c);
  if (/^(00:)+00$/.test(mac)) return w.linkMacZero(mac);
  const local = (parseInt(mac.slice(0, 2), 16) & 2) !== 0;
  const veth = c.f?.kind === 'veth' || (c.f?.at ?? null) !== null;
  if (local) return w.linkMacLocal(mac, veth);
  return w.linkMac(mac);
}

export function linkLayer(c: WordContext, i: number): number {
  const t = c.toks[i]!;
  const type = t.text.slice('link/'.length);
  c.linkType = type;
  const w = wordsFor(c);
  const note = type === 'loopback' ? w.linkLoopback
    : type === 'ether' ? w.linkEther
      : type === 'none' ? w.linkNone
        : type === 'ieee802.11' ? w.linkWifi
          : w.linkOther(type);
  c.notes.span(t, undefined, note);
  const mac = c.toks[i + 1];
  if (mac && isMac(mac.text)) {
    c.notes.span(mac, undefined, macNote(mac.text, c));
    return 2;
  }
  return 1;
}

function brd(c: WordContext, i: number): number {
  const v = c.toks[i + 1];
  if (!v) return 1;
  const w = wordsFor(c);
  let note: string;
  if (!isMac(v.text)) note = w.linkBrdIp(v.text);
  else if (c.linkType === 'loopback') note = w.linkBrdLoopback(v.text);
  else note = w.linkBrd(v.text);
  c.notes.span(c.toks[i]!, v, note);
  return 2;
}

function minMax(c: WordContext, i: number): number {
  const min = c.toks[i + 1];
  const maxKey = c.toks[i + 2];
  const max = c.toks[i + 3];
  if (!min) return 1;
  if (maxKey?.text === 'maxmtu' && max) {
    if (max.text === '0') {
      c.notes.span(c.toks[i]!, max, wordsFor(c).linkMtuNoRange);
      return 4;
    }
    c.notes.span(c.toks[i]!, max, wordsFor(c).linkMtuRange(min.text, max.text));
    return 4;
  }
  return 2;
}

/** A run of words that share one note (`numtxqueues 2 numrxqueues 2`, the offload limits). */
function run(prefixes: readonly string[], note: (c: WordContext) => string): WordHandler {
  return (c, i) => {
    let j = i;
    while (j + 1 < c.toks.length && prefixes.some((p) => c.toks[j]!.text.startsWith(p))) j += 2;
    if (j === i) return 1;
    c.notes.span(c.toks[i]!, c.toks[j - 1], note(c));
    return j - i;
  };
}

const OFFLOAD = ['gso_max_', 'tso_max_', 'gro_max_', 'gso_ipv4_max_', 'gro_ipv4_max_'];

/** Handlers for the words of link lines, by keyword. */
export const LINK_WORDS: Record<string, WordHandler> = {
  mtu: pair((v, c) => mtuNote(v, c.lang)),
  qdisc: pair((v, c) => qdiscNote(v, c.lang)),
  state: pair((v, c) => c.f ? stateNote(v, c.f, c.lang) : wordsFor(c).linkState(v)),
  mode: pair((v, c) => wordsFor(c).linkMode(v)),
  group: pair((v, c) => wordsFor(c).linkGroup(v)),
  qlen: pair((v, c) => wordsFor(c).linkQlen(v)),
  master: pair((v, c) => wordsFor(c).linkMaster(v)),
  'link-netns': pair((v, c) => wordsFor(c).linkNetns(v)),
  'link-netnsid': pair((v, c) => wordsFor(c).linkNetnsid(v)),
  brd,
  permaddr: pair((v, c) => wordsFor(c).linkPermaddr(v)),
  altname: pair((v, c) => wordsFor(c).linkAltname(v)),
  alias: pair((_v, c) => wordsFor(c).linkAlias),
  promiscuity: pair((v, c) => wordsFor(c).linkPromiscuity(v)),
  allmulti: pair((v, c) => wordsFor(c).linkAllmulti(v)),
  minmtu: minMax,
  addrgenmode: pair((v, c) => wordsFor(c).linkAddrgenmode(v)),
  numtxqueues: run(['numtxqueues', 'numrxqueues'], (c) => wordsFor(c).linkQueues),
  ...Object.fromEntries(OFFLOAD.map((p) => [`${p}size`, run(OFFLOAD, (c) => wordsFor(c).linkOffload)])),
};

/** The note on a kind word at the start of a `-d` line. */
export function kindNote(kind: string, c: WordContext): string {
  const w = wordsFor(c);
  const known: Readonly<Record<string, string>> = w.linkKind;
  return w.linkKindIs(Object.hasOwn(known, kind) ? known[kind]! : kind);
}
