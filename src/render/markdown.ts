/**
 * Lesson Markdown for the terminal, with marked + marked-terminal. Adds the
 * renderer fix for bold and code inside list items (marked-terminal #304,
 * #371), draws tables to the width (render/table.ts) and strips colour when
 * colour is off. Lines are wrapped by display
 * width, not by marked-terminal's reflow, which counts a Chinese character as
 * one column and so made Chinese paragraphs twice too wide.
 */
import { Marked } from 'marked';
import { markedTerminal } from 'marked-terminal';
import { safeStyled, safeText, stripAnsi } from '../text/ansi.ts';
import { displayWidth } from '../text/width.ts';
import { wrap } from '../text/wrap.ts';
import { drawTable } from './table.ts';

let shared: Marked | null = null;

/** Marks the lines of a code block, which keep their layout and are never wrapped. */
const VERBATIM = '\u0001';
/** Marks the lines of a table, drawn to the width already (render/table.ts). */
const TABLE = '\u0002';
/** The width the current render draws tables to (renderMarkdown is synchronous). */
let tableWidth = 80;

type Cell = { tokens: unknown };

function instance(): Marked {
  let m = shared;
  if (!m) {
    m = new Marked();
    m.use(markedTerminal({ width: 100_000, reflowText: true, showSectionPrefix: false, tab: 2 }) as never);
    m.use({
      renderer: {
        text(this: { parser: { parseInline(t: unknown): string } }, token: { tokens?: unknown }) {
          return token?.tokens ? this.parser.parseInline(token.tokens) : false;
        },
        code(token: { text: string }) {
          return `${token.text.split('\n').map((l) => `${VERBATIM}    ${l}`).join('\n')}\n\n`;
        },
        table(this: { parser: { parseInline(t: unknown): string } }, token: { header: Cell[]; rows: Cell[][] }) {
          const cell = (c: Cell) => this.parser.parseInline(c.tokens);
          return `${drawTable(token.header.map(cell), token.rows.map((r) => r.map(cell)), tableWidth).map((l) => TABLE + l).join('\n')}\n\n`;
        },
      } as never,
    });
    shared = m;
  }
  return m;
}


/**
 * Lesson Markdown as terminal lines. The lesson's own escape sequences and
 * control characters are removed first: the only escapes in the result are
 * the renderer's styling.
 */
export function renderMarkdown(text: string, opts: { width: number; color: boolean }): string {
  const md = safeText(text);
  if (!md.trim()) return '';
  let out: string;
  const width = Math.max(20, opts.width);
  tableWidth = width;
  try {
    out = instance().parse(joinListContinuations(md), { async: false }) as string;
  } catch {
    out = md;
  }
  out = wrapParagraphs(out, width).replace(/\n{3,}/g, '\n\n').replace(/\s+$/, '');
  // A line broken where the renderer joined two source lines keeps the space between them, inside its
  // colour codes: spaces at the end of a prose line go (a code block's lines stay as written).
  out = out.split('\n').map((l) => (l.includes(VERBATIM) ? l : l.replace(/ +((?:\x1b\[[0-9;]*m)*)$/, '$1'))).join('\n');
  const verbatim = new RegExp(`${VERBATIM}(.*)`, 'g');
  out = out.replace(verbatim, (_, line: string) => (opts.color ? `\x1b[33m${line}\x1b[39m` : line)).replaceAll(TABLE, '');
  // An entity such as `&#27;` is decoded by the renderer: what it made goes too, its own colours stay.
  return safeStyled(opts.color ? out : stripAnsi(out));
}

/**
 * marked-terminal has already joined each paragraph into one line (reflow at
 * a width no line reaches); wrap each long line by display width, keeping its
 * indentation, and a list item's text aligned after its bullet.
 */
function wrapParagraphs(text: string, width: number): string {
  return text.split('\n').flatMap((line) => {
    if (line.includes(VERBATIM) || line.includes(TABLE) || displayWidth(line) <= width) return [line];
    const bare = stripAnsi(line);
    const lead = /^\s*(?:[*\-+]|\d+\.)?\s*/.exec(bare)![0];
    const hang = ' '.repeat(displayWidth(lead));
    const wrapped = wrap(line, Math.max(10, width));
    return wrapped.length <= 1 ? wrapped : [wrapped[0]!, ...wrap(wrapped.slice(1).join(' '), Math.max(10, width - hang.length)).map((l) => hang + l)];
  }).join('\n');
}

/**
 * A list item's text that goes on over several source lines stays one
 * paragraph (marked-terminal keeps those line breaks inside list items).
 */
function joinListContinuations(md: string): string {
  const out: string[] = [];
  let fence: string | null = null;
  let inItem = false;
  for (const line of md.split('\n')) {
    const t = line.trim();
    const mark = /^(`{3,}|~{3,})/.exec(t)?.[1];
    if (fence) { out.push(line); if (mark && t.startsWith(fence)) fence = null; continue; }
    if (mark) { fence = mark; inItem = false; out.push(line); continue; }
    const item = /^\s*([*+-]|\d+[.)])\s+\S/.test(line);
    if (inItem && !item && t !== '' && /^\s+\S/.test(line) && !/^\s{4,}[*+-]\s/.test(line)) {
      out[out.length - 1] += ` ${t}`;
      continue;
    }
    inItem = item || (inItem && t !== '');
    out.push(line);
  }
  return out.join('\n');
}
