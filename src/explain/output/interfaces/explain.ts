/**
 * Explains `ip link` and `ip addr` output (any namespace, `-d`, `-o`, `-br`):
 * each header part, flag, link-layer word and address. Pure, never throws on
 * foreign or truncated text.
 */
import type { Lang } from '../../../i18n/lang.ts';
import type { Annotation, Family, OutputExplanation } from '../types.ts';
import { ADDR_WORDS, inet6Note, inetNote, labelNote } from './addr-words.ts';
import { type Header, type Iface, KINDS, parseHeader, parseIfaces } from './parse.ts';
import { atNote, flagNote, ifindexNote, nameNote, notUpNote, stateNote } from './link-notes.ts';
import { LINK_WORDS, isMac, kindNote, linkLayer, macNote } from './link-words.ts';
import { interfacesSummary } from './summary.ts';
import { LineNotes, sortAnnotations, tokenize } from '../tokens.ts';
import type { WordContext, WordHandler } from './word-context.ts';

/** Words that `-d` kind lines share with link lines and that mean the same there. */
const DETAIL_SAFE = new Set(['addrgenmode', 'numtxqueues', 'gso_max_size', 'tso_max_size', 'gro_max_size', 'gso_ipv4_max_size', 'gro_ipv4_max_size']);
const OPERSTATES = new Set(['UP', 'DOWN', 'UNKNOWN', 'LOWERLAYERDOWN', 'DORMANT', 'NOTPRESENT', 'TESTING']);

/** Where the output came from, when the command line said so. */
export type Origin = {
  /** `ip ` or `ip -n ns0 `. */
  readonly ipPrefix: string;
  /** The namespace the output came from (`ROOT_NS` for the host), or null when unknown. */
  readonly ns: string | null;
};

function annotateHeader(h: Header, f: Iface, all: readonly Iface[], origin: Origin, notes: LineNotes, lang: Lang): void {
  notes.add(0, h.indexEnd, ifindexNote(h.ifindex, lang));
  notes.add(h.nameStart, h.nameEnd, nameNote(f, all, lang));
  if (h.at !== null && h.at !== '') notes.add(h.atStart, h.atEnd, atNote(f, all, lang));
  if (h.flagList && !f.flags.includes('UP')) notes.add(h.flagList.start, h.flagList.end, notUpNote(f, origin.ipPrefix, lang));
  for (const fl of h.flags) notes.add(fl.start, fl.end, flagNote(fl.text, f, origin.ipPrefix, lang));
}

/** The interfaces of `ip -br link` / `ip -br addr`: NAME[@PEER] STATE, then addresses or a MAC and flags. */
function briefIfaces(lines: readonly string[]): Iface[] {
  const out: Iface[] = [];
  lines.forEach((line, i) => {
    const toks = tokenize(line);
    const [nameTok, stateTok] = toks;
    if (!nameTok || !stateTok || !OPERSTATES.has(stateTok.text)) return;
    const [name, at] = nameTok.text.split('@');
    const flags = (toks.find((t) => t.text.startsWith('<'))?.text ?? '').replace(/[<>]/g, '').split(',').filter(Boolean);
    out.push({ line: i, ifindex: 0, name: name ?? '', at: at ?? null, flags, hasFlags: flags.length > 0, state: stateTok.text, kind: null, linkNetns: null, linkNetnsid: null, inet: [], inet6: [] });
  });
  return out;
}

function annotateBrief(line: string, f: Iface, all: readonly Iface[], notes: LineNotes, lang: Lang, origin: Origin): void {
  const toks = tokenize(line);
  const [nameTok, stateTok] = toks;
  if (!nameTok || !stateTok) return;
  notes.add(nameTok.start, nameTok.start + f.name.length, nameNote(f, all, lang));
  if (f.at) notes.add(nameTok.start + f.name.length, nameTok.end, atNote(f, all, lang));
  notes.span(stateTok, undefined, stateNote(stateTok.text, f, lang));
  for (const t of toks.slice(2)) {
    if (t.text.startsWith('<')) {
      let col = t.start + 1;
      for (const fl of t.text.replace(/[<>]/g, '').split(',')) {
        notes.add(col, col + fl.length, flagNote(fl, f, origin.ipPrefix, lang));
        col += fl.length + 1;
      }
    } else if (isMac(t.text)) {
      notes.span(t, undefined, macNote(t.text, { f, all, lang, ipPrefix: origin.ipPrefix, notes, toks, linkType: null }));
    } else if (/^\d+\.\d+\.\d+\.\d+\/\d+$/.test(t.text)) notes.span(t, undefined, inetNote(t.text, lang));
    else if (t.text.includes(':') && t.text.includes('/')) notes.span(t, undefined, inet6Note(t.text, lang));
  }
}

/** Explains interface output; `family` says whether it came from `ip link` or `ip addr`. */
export function explainInterfaces(lines: readonly string[], family: Family, origin: Origin, lang: Lang): OutputExplanation {
  const all = parseIfaces(lines);
  const brief = all.length === 0 ? briefIfaces(lines) : [];
  const annotations: Annotation[] = [];
  let cur: Iface | undefined;
  lines.forEach((line, i) => {
    const notes = new LineNotes(i);
    const h = parseHeader(line);
    if (h) {
      cur = all.find((f) => f.ifindex === h.ifindex && f.name === h.name);
      if (cur) annotateHeader(h, cur, all, origin, notes, lang);
    } else if (brief.length > 0) {
      const f = brief.find((b) => b.line === i);
      if (f) annotateBrief(line, f, brief, notes, lang, origin);
      annotations.push(...notes.list);
      return;
    }
    const offset = h ? h.rest : 0;
    const toks = tokenize(line.slice(offset)).map((t) => ({ ...t, start: t.start + offset, end: t.end + offset }));
    const c: WordContext = { f: cur, all, lang, ipPrefix: origin.ipPrefix, notes, toks, linkType: null };
    const first = toks[0]?.text;
    const kindLine = !h && first !== undefined && (KINDS.has(first) || /_slave$/.test(first));
    const addrLine = toks.some((t) => t.text === 'inet' || t.text === 'inet6');
    let k = 0;
    while (k < toks.length) {
      const t = toks[k]!;
      let handler: WordHandler | undefined;
      if (!kindLine || DETAIL_SAFE.has(t.text)) {
        handler = t.text.startsWith('link/') ? linkLayer : (Object.hasOwn(LINK_WORDS, t.text) ? LINK_WORDS[t.text] : undefined)
          ?? (Object.hasOwn(ADDR_WORDS, t.text) ? ADDR_WORDS[t.text] : undefined);
      }
      if (handler) { k += Math.max(1, handler(c, k)); continue; }
      if (k === 0 && kindLine) notes.span(t, undefined, kindNote(t.text, c));
      else if (addrLine && cur && (t.text === cur.name || t.text.startsWith(`${cur.name}:`)) && k > 0) notes.span(t, undefined, labelNote(t.text, cur.name, lang));
      k += 1;
    }
    annotations.push(...notes.list);
  });
  return { family, annotations: sortAnnotations(annotations), summary: interfacesSummary(all.length > 0 ? all : brief, family, origin.ns, origin.ipPrefix, lang) };
}
