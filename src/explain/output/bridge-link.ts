/**
 * Explains `bridge link` output: one line per bridge port (index, name, the
 * misleading `@…`, flags, master, port state, STP settings) and, with `-d`,
 * the port options below it. Pure.
 */
import type { Lang } from '../../i18n/lang.ts';
import { words } from '../../i18n/words.ts';
import type { Annotation, OutputExplanation } from './types.ts';
import { type Iface, parseHeader } from './interfaces/parse.ts';
import { flagNote, ifindexNote, mtuNote } from './interfaces/link-notes.ts';
import { joinList } from '../shared/wording.ts';
import { LineNotes, tokenize } from './tokens.ts';

type Port = { name: string; master: string | null; state: string | null; line: number; at: string | null };

/** The note on `@X`: the port's link, looked up by number in this namespace, so not to be trusted. */
function atNote(at: string, lang: Lang): string {
  const w = words(lang).explainOutput;
  const num = /^if(\d+)$/.exec(at)?.[1];
  if (num !== undefined) return w.portAtIndex(at, num);
  return w.portAtName(at);
}

export function explainBridgeLink(lines: readonly string[], lang: Lang): OutputExplanation {
  const w = words(lang).explainOutput;
  // The port states `bridge link` prints, and the options of `bridge -d link` worth a note (what `on` and `off` mean).
  const states: Readonly<Record<string, string>> = w.portState;
  const options: Readonly<Record<string, { readonly on: string; readonly off: string }>> = w.portOption;
  const annotations: Annotation[] = [];
  const ports: Port[] = [];
  lines.forEach((line, i) => {
    const notes = new LineNotes(i);
    const h = parseHeader(line);
    if (!h) {
      const toks = tokenize(line);
      toks.forEach((t, k) => {
        const v = toks[k + 1];
        const o = Object.hasOwn(options, t.text) ? options[t.text] : undefined;
        if (o && v && (v.text === 'on' || v.text === 'off')) {
          const on = v.text === 'on';
          notes.span(t, v, w.portOptionNote(t.text, v.text, on ? o.on : o.off));
        }
      });
      annotations.push(...notes.list);
      return;
    }
    const port: Port = { name: h.name, master: null, state: null, line: i, at: h.at };
    const f: Iface = {
      line: i, ifindex: h.ifindex, name: h.name, at: h.at, flags: h.flags.map((x) => x.text), hasFlags: h.flagList !== null,
      state: null, kind: h.at !== null ? 'veth' : null, linkNetns: null, linkNetnsid: null, inet: [], inet6: [],
    };
    notes.add(0, h.indexEnd, ifindexNote(h.ifindex, lang));
    notes.add(h.nameStart, h.nameEnd, w.portName(h.name));
    if (h.at) notes.add(h.atStart, h.atEnd, atNote(h.at, lang));
    for (const fl of h.flags) notes.add(fl.start, fl.end, flagNote(fl.text, f, 'ip ', lang));
    const toks = tokenize(line.slice(h.rest)).map((t) => ({ ...t, start: t.start + h.rest, end: t.end + h.rest }));
    for (let k = 0; k < toks.length; k += 1) {
      const t = toks[k]!;
      const v = toks[k + 1];
      if (!v) break;
      if (t.text === 'mtu') notes.span(t, v, mtuNote(v.text, lang));
      else if (t.text === 'master') {
        port.master = v.text;
        notes.span(t, v, w.portMaster(v.text));
      } else if (t.text === 'state') {
        port.state = v.text;
        notes.span(t, v, Object.hasOwn(states, v.text) ? states[v.text]! : w.portStateOther(v.text));
      } else if (t.text === 'priority') notes.span(t, v, w.portPriority(v.text));
      else if (t.text === 'cost') notes.span(t, v, w.portCost(v.text));
      else continue;
      k += 1;
    }
    ports.push(port);
    annotations.push(...notes.list);
  });
  return { family: 'bridge-link', annotations, summary: summary(ports, lang) };
}

function summary(ports: readonly Port[], lang: Lang): string[] {
  const w = words(lang).explainOutput;
  if (ports.length === 0) return [w.portNone];
  const out: string[] = [];
  const bridges = [...new Set(ports.map((p) => p.master ?? '?'))];
  for (const b of bridges) {
    const mine = ports.filter((p) => (p.master ?? '?') === b).map((p) => p.name);
    out.push(w.portList(b, mine.length, joinList(mine, lang)));
  }
  const idle = ports.filter((p) => p.state !== null && p.state !== 'forwarding').map((p) => p.name);
  if (idle.length > 0) out.push(w.portIdle(joinList(idle, lang), idle.length));
  else out.push(w.portAllForwarding);
  if (ports.some((p) => p.at !== null && !/^if\d+$/.test(p.at) && p.at !== '' && bridges.includes(p.at))) out.push(w.portAtBridge);
  return out;
}
