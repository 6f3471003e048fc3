/** Explains `ip route` output: destination, via, dev, proto, scope, src, metric, flags. Pure. */
import type { Lang } from '../../i18n/lang.ts';
import { words } from '../../i18n/words.ts';
import type { Annotation, OutputExplanation } from './types.ts';
import { rangeOf } from '../../net/ip-address.ts';
import { joinList } from '../shared/wording.ts';
import { LineNotes, type Token, tokenize } from './tokens.ts';

const TYPES = new Set(['unicast', 'local', 'broadcast', 'multicast', 'unreachable', 'blackhole', 'prohibit', 'throw', 'nat', 'anycast']);

function dstNote(dst: string, lang: Lang): string {
  const w = words(lang).explainOutput;
  if (dst === 'default') return w.routeDefault;
  const r = rangeOf(dst);
  if (r && dst.includes('/')) return w.routeDstRange(dst, r.first, r.last);
  return w.routeDst(dst);
}

function typeNote(t: string, lang: Lang): string {
  const w = words(lang).explainOutput;
  const known: Readonly<Record<string, string>> = w.routeType;
  return Object.hasOwn(known, t) ? known[t]! : w.routeTypeOther(t);
}

function protoNote(p: string, lang: Lang): string {
  const w = words(lang).explainOutput;
  if (p === 'kernel') return w.routeProtoKernel;
  if (p === 'static' || p === 'boot') return w.routeProtoByHand(p);
  if (p === 'dhcp') return w.routeProtoDhcp;
  if (p === 'ra') return w.routeProtoRa;
  return w.routeProtoOther(p);
}

function scopeNote(s: string, lang: Lang): string {
  const w = words(lang).explainOutput;
  if (s === 'link') return w.routeScopeLink;
  if (s === 'host') return w.routeScopeHost;
  return w.routeScopeOther(s);
}

const PAIRS: Record<string, (v: string, lang: Lang) => string> = {
  via: (v, lang) => words(lang).explainOutput.routeVia(v),
  dev: (v, lang) => words(lang).explainOutput.routeDev(v),
  proto: protoNote,
  scope: scopeNote,
  src: (v, lang) => words(lang).explainOutput.routeSrc(v),
  metric: (v, lang) => words(lang).explainOutput.routeMetric(v),
  table: (v, lang) => words(lang).explainOutput.routeTable(v),
  pref: (v, lang) => words(lang).explainOutput.routePref(v),
  expires: (v, lang) => words(lang).explainOutput.routeExpires(v),
  mtu: (v, lang) => words(lang).explainOutput.routeMtu(v),
};

type RouteSeen = { dst: string; via: string | null; dev: string | null; linkdown: boolean };

export function explainIpRoute(lines: readonly string[], lang: Lang): OutputExplanation {
  // The route flags `ip route` prints, each with its note.
  const flags: Readonly<Record<string, string>> = words(lang).explainOutput.routeFlag;
  const annotations: Annotation[] = [];
  const routes: RouteSeen[] = [];
  lines.forEach((line, i) => {
    const notes = new LineNotes(i);
    const toks = tokenize(line);
    let k = 0;
    if (toks[0] && TYPES.has(toks[0].text)) { notes.span(toks[0], undefined, typeNote(toks[0].text, lang)); k = 1; }
    const dst: Token | undefined = toks[k];
    if (!dst || line.startsWith(' ') || line.startsWith('\t')) { annotations.push(...notes.list); return; }
    notes.span(dst, undefined, dstNote(dst.text, lang));
    const seen: RouteSeen = { dst: dst.text, via: null, dev: null, linkdown: false };
    for (k += 1; k < toks.length; k += 1) {
      const t = toks[k]!;
      const v = toks[k + 1];
      const pair = Object.hasOwn(PAIRS, t.text) ? PAIRS[t.text] : undefined;
      if (pair && v) {
        notes.span(t, v, pair(v.text, lang));
        if (t.text === 'via') seen.via = v.text;
        if (t.text === 'dev') seen.dev = v.text;
        k += 1;
      } else if (Object.hasOwn(flags, t.text)) {
        notes.span(t, undefined, flags[t.text]!);
        if (t.text === 'linkdown') seen.linkdown = true;
      }
    }
    routes.push(seen);
    annotations.push(...notes.list);
  });
  return { family: 'ip-route', annotations, summary: routeSummary(routes, lang) };
}

function routeSummary(routes: readonly RouteSeen[], lang: Lang): string[] {
  const w = words(lang).explainOutput;
  if (routes.length === 0) return [w.routeEmpty];
  const out: string[] = [];
  const direct = routes.filter((r) => r.dst !== 'default' && r.via === null && r.dev !== null);
  if (direct.length > 0) out.push(w.routeDirect(joinList(direct.map((r) => w.routeDirectItem(r.dst, r.dev ?? '?')), lang)));
  const def = routes.find((r) => r.dst === 'default');
  if (def) out.push(def.via ? w.routeDefaultVia(def.via) : w.routeDefaultDev(def.dev ?? '?'));
  else out.push(w.routeNoDefault);
  const down = routes.filter((r) => r.linkdown).map((r) => r.dst);
  if (down.length > 0) out.push(w.routeDown(joinList(down, lang)));
  return out;
}
