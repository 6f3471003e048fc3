/**
 * Explains `ip route get` output: the one route the kernel picks for an
 * address (gateway, device, source address), and the `cache` line under it.
 * Pure.
 */
import type { Lang } from '../../i18n/lang.ts';
import { words } from '../../i18n/words.ts';
import type { Annotation, OutputExplanation } from './types.ts';
import { LineNotes, tokenize } from './tokens.ts';

const PAIRS: Record<string, (v: string, lang: Lang) => string> = {
  from: (v, lang) => words(lang).explainOutput.getFrom(v),
  via: (v, lang) => words(lang).explainOutput.getVia(v),
  dev: (v, lang) => words(lang).explainOutput.getDev(v),
  src: (v, lang) => words(lang).explainOutput.getSrc(v),
  uid: (v, lang) => words(lang).explainOutput.getUid(v),
  table: (v, lang) => words(lang).explainOutput.getTable(v),
  iif: (v, lang) => words(lang).explainOutput.getIif(v),
  oif: (v, lang) => words(lang).explainOutput.getOif(v),
  mtu: (v, lang) => words(lang).explainOutput.getMtu(v),
  expires: (v, lang) => words(lang).explainOutput.getExpires(v),
  mark: (v, lang) => words(lang).explainOutput.getMark(v),
};

type Seen = { dst: string; type: string | null; via: string | null; dev: string | null; src: string | null; from: string | null; iif: string | null };

export function explainRouteGet(lines: readonly string[], lang: Lang): OutputExplanation {
  const w = words(lang).explainOutput;
  // The route types `ip route get` may print first, each with its note.
  const types: Readonly<Record<string, string>> = w.getType;
  const annotations: Annotation[] = [];
  const seen: Seen[] = [];
  let cur: Seen | null = null;
  lines.forEach((line, i) => {
    const notes = new LineNotes(i);
    const toks = tokenize(line);
    let k = 0;
    const indented = /^\s/.test(line);
    if (!indented) {
      const first = toks[0];
      if (first && Object.hasOwn(types, first.text)) {
        notes.span(first, undefined, types[first.text]!);
        k = 1;
      }
      const dst = toks[k];
      // An error (`RTNETLINK answers: …`) is not a route: the first word must be an address.
      if (!dst || !/^[0-9a-f.:]*\d[0-9a-f.:]*$/i.test(dst.text)) return;
      cur = { dst: dst.text, type: k === 1 ? first!.text : null, via: null, dev: null, src: null, from: null, iif: null };
      seen.push(cur);
      notes.span(dst, undefined, w.getDst(dst.text));
      k += 1;
    } else if (toks[0]?.text === 'cache') {
      notes.span(toks[0], undefined, w.getCache);
      k = 1;
    }
    for (; k < toks.length; k += 1) {
      const t = toks[k]!;
      const v = toks[k + 1];
      if (t.text === '<local>') notes.span(t, undefined, w.getLocalWord);
      const pair = Object.hasOwn(PAIRS, t.text) ? PAIRS[t.text] : undefined;
      if (!pair || !v) continue;
      const lo = t.text === 'dev' && cur !== null && (cur as Seen).type === 'local';
      notes.span(t, v, lo ? w.getDevLoopback(v.text) : pair(v.text, lang));
      if (cur !== null) {
        const c: Seen = cur;
        if (t.text === 'via') c.via = v.text;
        if (t.text === 'dev') c.dev = v.text;
        if (t.text === 'src') c.src = v.text;
        if (t.text === 'from') c.from = v.text;
        if (t.text === 'iif') c.iif = v.text;
      }
      k += 1;
    }
    annotations.push(...notes.list);
  });
  return { family: 'ip-route-get', annotations, summary: seen.map((s) => summaryOf(s, lang)) };
}

function summaryOf(s: Seen, lang: Lang): string {
  const w = words(lang).explainOutput;
  const dev = s.dev ?? '?';
  if (s.type === 'local') return w.getSumLocal(s.dst);
  if (s.iif !== null) return s.via
    ? w.getSumForwardVia(s.dst, s.from, s.iif, s.via, dev)
    : w.getSumForwardDirect(s.dst, s.from, s.iif, dev);
  const src = s.src ? w.getSumSrc(s.src) : '';
  return s.via ? w.getSumVia(s.dst, dev, s.via, src) : w.getSumDirect(s.dst, dev, src);
}
