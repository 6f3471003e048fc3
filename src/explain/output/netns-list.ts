/** Explains `ip netns list` and `ls /var/run/netns/` output. Pure. */
import type { Lang } from '../../i18n/lang.ts';
import { words } from '../../i18n/words.ts';
import type { Annotation, OutputExplanation } from './types.ts';
import { joinList } from '../shared/wording.ts';
import { LineNotes, tokenize } from './tokens.ts';

const LIST_LINE = /^(\S+)(?:\s+\(id:\s*(\d+)\))?\s*$/;

/** `ns1 (id: 0)` lines. */
export function explainNetnsList(lines: readonly string[], lang: Lang): OutputExplanation {
  const w = words(lang).explainOutput;
  const annotations: Annotation[] = [];
  const names: string[] = [];
  let ids = 0;
  lines.forEach((line, i) => {
    const m = LIST_LINE.exec(line);
    if (!m) return;
    const notes = new LineNotes(i);
    const name = m[1]!;
    names.push(name);
    const start = line.indexOf(name);
    notes.add(start, start + name.length, w.netnsName(name));
    if (m[2] !== undefined) {
      ids += 1;
      const open = line.indexOf('(', start + name.length);
      notes.add(open, line.indexOf(')', open) + 1, w.netnsId(m[2], name));
    }
    annotations.push(...notes.list);
  });
  return { family: 'netns-list', annotations, summary: listSummary(names, ids, lang) };
}

function listSummary(names: readonly string[], ids: number, lang: Lang): string[] {
  const w = words(lang).explainOutput;
  if (names.length === 0) return [w.netnsNone];
  const out = [w.netnsCount(names.length, joinList(names, lang))];
  if (ids === 0) out.push(w.netnsNoIds);
  return out;
}

/** `ls /var/run/netns/` (also `-l`), and its error when the directory is missing. */
export function explainLsNetns(lines: readonly string[], lang: Lang): OutputExplanation {
  const w = words(lang).explainOutput;
  const annotations: Annotation[] = [];
  const names: string[] = [];
  lines.forEach((line, i) => {
    const notes = new LineNotes(i);
    if (/^ls: /.test(line)) {
      notes.add(0, line.length, w.lsNetnsMissing);
    } else if (!/^total \d+/.test(line)) {
      const toks = tokenize(line);
      // `ls` may print several names per line; `ls -l` puts the name last.
      const nameToks = toks.length > 0 && /^[-dlcbps][-rwxsStT.]{9}/.test(toks[0]!.text) ? toks.slice(-1) : toks;
      for (const t of nameToks) {
        names.push(t.text);
        notes.span(t, undefined, w.lsNetnsFile(t.text));
      }
    }
    annotations.push(...notes.list);
  });
  const summary = names.length === 0 ? [w.lsNetnsNone] : [w.lsNetnsCount(names.length, joinList(names, lang))];
  return { family: 'ls-netns', annotations, summary };
}
