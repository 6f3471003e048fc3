/**
 * Explains `bridge fdb` output, the forwarding database: which MAC address
 * is behind which port, learned or permanent, the bridge's or the device's
 * own. Pure.
 */
import type { Lang } from '../../i18n/lang.ts';
import { words } from '../../i18n/words.ts';
import type { Annotation, OutputExplanation } from './types.ts';
import { joinList } from '../shared/wording.ts';
import { LineNotes, type Token, tokenize } from './tokens.ts';

const MAC = /^[0-9a-f]{2}(:[0-9a-f]{2}){5}$/i;

/** What kind of address a MAC is, from its first bytes. */
function macKind(mac: string): 'broadcast' | 'ipv6-multicast' | 'ipv4-multicast' | 'multicast' | 'unicast' {
  const m = mac.toLowerCase();
  if (m === 'ff:ff:ff:ff:ff:ff') return 'broadcast';
  if (m.startsWith('33:33:')) return 'ipv6-multicast';
  if (m.startsWith('01:00:5e:')) return 'ipv4-multicast';
  return (parseInt(m.slice(0, 2), 16) & 1) !== 0 ? 'multicast' : 'unicast';
}

function macNote(mac: string, lang: Lang): string {
  const w = words(lang).explainOutput;
  switch (macKind(mac)) {
    case 'broadcast': return w.fdbMacBroadcast(mac);
    case 'ipv6-multicast': return w.fdbMacIpv6Multicast(mac);
    case 'ipv4-multicast': return w.fdbMacIpv4Multicast(mac);
    case 'multicast': return w.fdbMacMulticast(mac);
    case 'unicast': return w.fdbMacUnicast(mac);
  }
}

type Entry = { mac: string; dev: string | null; master: string | null; self: boolean; permanent: boolean; static: boolean };

/** What one entry means as a whole, noted on its MAC address. */
function entryNote(e: Entry, lang: Lang): string {
  const w = words(lang).explainOutput;
  const dev = e.dev ?? '?';
  if (macKind(e.mac) !== 'unicast') return macNote(e.mac, lang);
  if (e.master !== null && !e.permanent && !e.static) return w.fdbLearned(e.mac, dev, e.master);
  if (e.master !== null && e.permanent) return w.fdbOwn(e.mac, dev);
  return macNote(e.mac, lang);
}

export function explainBridgeFdb(lines: readonly string[], lang: Lang): OutputExplanation {
  const w = words(lang).explainOutput;
  // The entry flags `bridge fdb` prints, each with its note.
  const flags: Readonly<Record<string, string>> = w.fdbFlag;
  const annotations: Annotation[] = [];
  const entries: Entry[] = [];
  lines.forEach((line, i) => {
    const notes = new LineNotes(i);
    const toks = tokenize(line);
    const macTok = toks[0];
    if (!macTok || !MAC.test(macTok.text)) return;
    const e: Entry = { mac: macTok.text, dev: null, master: null, self: false, permanent: false, static: false };
    const pairs: [Token, Token, string][] = [];
    for (let k = 1; k < toks.length; k += 1) {
      const t = toks[k]!;
      const v = toks[k + 1];
      if ((t.text === 'dev' || t.text === 'master' || t.text === 'vlan' || t.text === 'dst') && v) {
        if (t.text === 'dev') e.dev = v.text;
        if (t.text === 'master') e.master = v.text;
        pairs.push([t, v, t.text]);
        k += 1;
      } else if (Object.hasOwn(flags, t.text)) {
        if (t.text === 'self') e.self = true;
        if (t.text === 'permanent') e.permanent = true;
        if (t.text === 'static') e.static = true;
        notes.span(t, undefined, flags[t.text]!);
      }
    }
    notes.span(macTok, undefined, entryNote(e, lang));
    for (const [t, v, key] of pairs) {
      const note = key === 'dev' ? w.fdbDev(v.text)
        : key === 'master' ? w.fdbMaster(v.text)
          : key === 'vlan' ? w.fdbVlan(v.text)
            : w.fdbDst(v.text);
      notes.span(t, v, note);
    }
    entries.push(e);
    annotations.push(...notes.list);
  });
  return { family: 'bridge-fdb', annotations, summary: summary(entries, lang) };
}

function summary(entries: readonly Entry[], lang: Lang): string[] {
  const w = words(lang).explainOutput;
  if (entries.length === 0) return [w.fdbEmpty];
  const learned = entries.filter((e) => e.master !== null && !e.permanent && !e.static);
  const out: string[] = [];
  if (learned.length > 0) out.push(w.fdbLearnedSummary(joinList(learned.map((e) => w.fdbLearnedItem(e.mac, e.dev ?? '?')), lang)));
  else out.push(w.fdbNothingLearned);
  out.push(w.fdbFlooding);
  const fixed = entries.length - learned.length;
  if (fixed > 0) out.push(w.fdbNotLearned(fixed));
  return out;
}
