/** Explains `ip neigh` output: the ARP / neighbour cache. Pure. */
import type { Lang } from '../../i18n/lang.ts';
import { words } from '../../i18n/words.ts';
import type { Annotation, OutputExplanation } from './types.ts';
import { joinList } from '../shared/wording.ts';
import { LineNotes, tokenize } from './tokens.ts';

type Entry = { addr: string; dev: string; state: string };

export function explainIpNeigh(lines: readonly string[], lang: Lang): OutputExplanation {
  const w = words(lang).explainOutput;
  // The neighbour states `ip neigh` prints, each with its note.
  const states: Readonly<Record<string, string>> = w.neighState;
  const annotations: Annotation[] = [];
  const entries: Entry[] = [];
  lines.forEach((line, i) => {
    const notes = new LineNotes(i);
    const toks = tokenize(line);
    const addr = toks[0];
    if (!addr) return;
    const v6 = addr.text.includes(':');
    const e: Entry = { addr: addr.text, dev: '', state: '' };
    notes.span(addr, undefined, w.neighAddr(addr.text, v6));
    for (let k = 1; k < toks.length; k += 1) {
      const t = toks[k]!;
      const v = toks[k + 1];
      if (t.text === 'dev' && v) {
        e.dev = v.text;
        notes.span(t, v, w.neighDev(v.text));
        k += 1;
      } else if (t.text === 'lladdr' && v) {
        notes.span(t, v, w.neighLladdr(v.text, v6, addr.text));
        k += 1;
      } else if (t.text === 'router') {
        notes.span(t, undefined, w.neighRouter);
      } else if (Object.hasOwn(states, t.text)) {
        e.state = t.text;
        notes.span(t, undefined, states[t.text]!);
      }
    }
    entries.push(e);
    annotations.push(...notes.list);
  });
  return { family: 'ip-neigh', annotations, summary: neighSummary(entries, lang) };
}

function neighSummary(entries: readonly Entry[], lang: Lang): string[] {
  const w = words(lang).explainOutput;
  if (entries.length === 0) return [w.neighEmpty];
  const out = [w.neighCount(entries.length)];
  const failed = entries.filter((e) => e.state === 'FAILED' || e.state === 'INCOMPLETE').map((e) => e.addr);
  if (failed.length > 0) out.push(w.neighFailed(joinList(failed, lang), failed.length));
  return out;
}
