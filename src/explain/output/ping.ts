/** Explains ping's output: the header, each reply or error, the statistics, failures. Pure. */
import type { Lang } from '../../i18n/lang.ts';
import { words } from '../../i18n/words.ts';
import type { Annotation, OutputExplanation } from './types.ts';
import { bytesFromNote, errorLineNote, fromNote, headerNotes, pingErrorNote, seqNote, statNotes, timeNote, ttlNote } from './ping-notes.ts';
import { LineNotes, tokenize } from './tokens.ts';

const HEADER = /^PING (\S+?) ?\(([^)]*)\)(?: from \S+ \S+:)? (\d+)(?:\((\d+)\))? (?:data )?bytes/;
const REPLY = /^(\d+) bytes from ([^:\s]+(?: \([^)]*\))?):/;
const FROM_ERR = /^From (\S+)(?: \([^)]*\))?:? icmp_seq=\d+ (.+?)\s*$/;
const STATS = /^(\d+) packets transmitted, (\d+) (?:packets )?received(?:, \+(\d+) errors)?(?:, \+(\d+) duplicates)?, ([\d.]+%) packet loss/;

/** Notes `key=value` tokens of a reply line. */
function replyWords(line: string, notes: LineNotes, lang: Lang): void {
  for (const t of tokenize(line)) {
    const [k, v] = t.text.split('=');
    if (v === undefined || v === '') continue;
    if (k === 'icmp_seq') notes.span(t, undefined, seqNote(v, lang));
    else if (k === 'ttl') notes.span(t, undefined, ttlNote(v, lang));
    else if (k === 'time') {
      const end = line.slice(t.end).startsWith(' ms') ? t.end + 3 : t.end;
      notes.add(t.start, end, timeNote(v, lang));
    }
  }
}

/** Notes `a, b, c` parts of the statistics line. */
function statsWords(line: string, notes: LineNotes, lang: Lang): void {
  const s = statNotes(lang);
  let col = 0;
  for (const part of line.split(',')) {
    const text = part.trim();
    const start = line.indexOf(text, col);
    col = start + text.length;
    if (start < 0 || text === '') continue;
    const end = start + text.length;
    if (/packets transmitted$/.test(text)) notes.add(start, end, s.transmitted);
    else if (/received$/.test(text)) notes.add(start, end, s.received);
    else if (/errors$/.test(text)) notes.add(start, end, s.errors);
    else if (/duplicates$/.test(text)) notes.add(start, end, s.duplicates);
    else if (/packet loss$/.test(text)) notes.add(start, end, s.loss(text.split(' ')[0]!));
    else if (/^time /.test(text)) notes.add(start, end, s.time);
  }
}

/** `argTarget`: the destination the command line named, for errors printed before ping's own header. */
export function explainPing(lines: readonly string[], lang: Lang, argTarget = ''): OutputExplanation {
  const annotations: Annotation[] = [];
  let target = '';
  let replies = 0;
  let errors = 0;
  let errorKind = '';
  let connectError = '';
  let stats: RegExpExecArray | null = null;
  lines.forEach((line, i) => {
    const notes = new LineNotes(i);
    let m: RegExpExecArray | null;
    if ((m = HEADER.exec(line))) {
      target = m[2] || m[1]!;
      const h = headerNotes(target, lang);
      notes.add(0, 5 + m[1]!.length, h.ping);
      const open = line.indexOf('(');
      notes.add(open, line.indexOf(')', open) + 1, h.resolved);
      const size = line.indexOf(m[3]!, line.indexOf(')', open));
      const bytes = line.indexOf('bytes', size);
      notes.add(size, bytes + 5, h.size(m[3]!, m[4] ?? String(Number(m[3]) + 28)));
    } else if ((m = REPLY.exec(line))) {
      replies += 1;
      notes.add(0, m[0].length - 1, bytesFromNote(m[1]!, m[2]!, lang));
      replyWords(line, notes, lang);
    } else if ((m = FROM_ERR.exec(line))) {
      errors += 1;
      errorKind = m[2]!;
      notes.add(0, 5 + m[1]!.length, fromNote(m[1]!, lang));
      const seq = tokenize(line).find((t) => t.text.startsWith('icmp_seq='));
      if (seq) notes.span(seq, undefined, seqNote(seq.text.slice(9), lang));
      const at = line.lastIndexOf(m[2]!);
      notes.add(at, at + m[2]!.length, errorLineNote(m[2]!, target || m[1]!, lang));
    } else if (/^--- .* ping statistics ---$/.test(line)) {
      notes.add(0, line.length, statNotes(lang).header);
    } else if ((m = STATS.exec(line))) {
      stats = m;
      statsWords(line, notes, lang);
    } else if (/^(rtt|round-trip) min\/avg\/max/.test(line)) {
      notes.add(0, line.length, statNotes(lang).rtt);
    } else if ((m = /^pipe (\d+)/.exec(line))) {
      notes.add(0, m[0].length, statNotes(lang).pipe(m[1]!));
    } else if (/^ping: /.test(line)) {
      connectError = line;
      notes.add(6, line.length, pingErrorNote(line, lang, target || argTarget));
    }
    annotations.push(...notes.list);
  });
  return { family: 'ping', annotations, summary: pingSummary({ target, replies, errors, errorKind, connectError, stats }, lang) };
}

type Seen = { target: string; replies: number; errors: number; errorKind: string; connectError: string; stats: RegExpExecArray | null };

function pingSummary(s: Seen, lang: Lang): string[] {
  const w = words(lang).explainOutput;
  const t = s.target || w.pingTheTarget;
  if (s.connectError && !s.stats && s.replies === 0) return [w.pingRefused];
  if (s.stats) {
    const tx = s.stats[1]!;
    const rx = s.stats[2]!;
    const loss = s.stats[5]!;
    if (rx === tx && loss === '0%') return [w.pingAllAnswered(tx, rx, t)];
    if (rx === '0') {
      const out = [w.pingNoReply(tx, t)];
      if (s.errorKind === 'Destination Host Unreachable') out.push(w.pingHostUnreachable(t));
      else if (s.errors === 0) out.push(w.pingVanished);
      return out;
    }
    return [w.pingSomeLost(tx, rx, loss)];
  }
  if (s.replies > 0) return [w.pingRepliesSoFar(s.replies, t)];
  if (s.errors > 0) return [w.pingErrorsSoFar(s.errors)];
  if (s.target) return [w.pingNoReplyYet(t)];
  return [];
}
