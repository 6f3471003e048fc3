/**
 * Renders an explained output for the terminal: each output line with its
 * explained spans coloured, its notes below it, then the summary. Pure.
 */
import type { Lang } from '../../i18n/lang.ts';
import { words } from '../../i18n/words.ts';
import type { Annotation, OutputExplanation } from './types.ts';
import { outputLines } from '../shared/output-lines.ts';
import { truncate } from '../../text/width.ts';
import { wrap } from '../../text/wrap.ts';

export type RenderOptions = {
  /** Use ANSI colours. */
  readonly color: boolean;
  /** Terminal width in columns; notes wrap to it. */
  readonly width: number;
  readonly lang: Lang;
};

const PALETTE = [36, 33, 32, 35, 34, 96, 93, 92];
const RESET = '\x1b[0m';
const sgr = (code: number | string) => `\x1b[${code}m`;

/** Which annotation colours each column: the shortest span covering it. */
function colourLine(line: string, anns: readonly Annotation[], colours: ReadonlyMap<Annotation, number>): string {
  let out = '';
  let current = -1;
  for (let col = 0; col < line.length; col += 1) {
    let best: Annotation | undefined;
    for (const a of anns) {
      if (a.start <= col && col < a.end && (!best || a.end - a.start < best.end - best.start)) best = a;
    }
    const c = best ? colours.get(best)! : -1;
    if (c !== current) {
      out += c < 0 ? RESET : sgr(c);
      current = c;
    }
    out += line[col];
  }
  return current >= 0 ? out + RESET : out;
}

function noteLines(a: Annotation, span: string, alone: boolean, colour: number, o: RenderOptions): string[] {
  const bullet = '  › ';
  // A note that names its span, or the only note of its line, needs no label.
  const label = a.note.startsWith(span) || alone ? '' : `${truncate(span, 28)} — `;
  const width = Math.max(20, Number.isFinite(o.width) ? o.width : 80);
  const body = wrap(label + a.note, width - bullet.length);
  return body.map((l, i) => {
    const lead = i === 0 ? bullet : '    ';
    if (!o.color) return lead + l;
    const colouredLead = i === 0 ? `${sgr(colour)}${bullet}${RESET}` : lead;
    const withLabel = i === 0 && label && l.startsWith(label) ? `${sgr(`1;${colour}`)}${label}${RESET}${l.slice(label.length)}` : l;
    return colouredLead + withLabel;
  });
}

/** The output with its notes; plain text when `color` is false. Never throws. */
export function renderExplanation(output: string, e: OutputExplanation, o: RenderOptions): string {
  const lines = outputLines(output);
  const byLine = new Map<number, Annotation[]>();
  for (const a of e.annotations) {
    if (!Number.isInteger(a.line) || a.line < 0 || a.line >= lines.length) continue;
    const len = lines[a.line]!.length;
    const start = Math.max(0, Math.min(a.start, len));
    const end = Math.max(start, Math.min(a.end, len));
    if (end <= start) continue;
    const list = byLine.get(a.line) ?? [];
    list.push({ ...a, start, end });
    byLine.set(a.line, list);
  }
  const seen = new Set<string>();
  const out: string[] = [];
  lines.forEach((line, i) => {
    const anns = (byLine.get(i) ?? []).sort((x, y) => x.start - y.start || y.end - x.end);
    const colours = new Map(anns.map((a, k) => [a, PALETTE[k % PALETTE.length]!] as const));
    out.push(o.color && anns.length > 0 ? colourLine(line, anns, colours) : line);
    for (const a of anns) {
      const span = line.slice(a.start, a.end);
      const key = `${span}\u0000${a.note}`;
      if (seen.has(key)) continue;
      seen.add(key);
      out.push(...noteLines(a, span, anns.length === 1, colours.get(a)!, o));
    }
  });
  if (e.summary.length > 0) out.push(...section(words(o.lang).explainOutput.renderInShort, e.summary, o));
  return out.join('\n');
}

/** A block under the output: an empty line, a bold heading, then one bullet per item, wrapped. */
export function section(head: string, items: readonly string[], o: RenderOptions): string[] {
  const width = Math.max(20, Number.isFinite(o.width) ? o.width : 80);
  const out = ['', o.color ? `${sgr(1)}${head}${RESET}` : head];
  for (const item of items) out.push(...wrap(item, width - 4).map((l, i) => (i === 0 ? '  • ' : '    ') + l));
  return out;
}
