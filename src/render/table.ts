/**
 * A Markdown table in box characters, drawn as marked-terminal draws it
 * (cli-table3's borders, a rule under the header and between rows, one space
 * of padding) but no wider than the width it is given: when the columns do not
 * fit, the widest give way and their cells wrap by display width, so a row
 * never breaks through its borders. Pure.
 */
import { stripAnsi } from '../text/ansi.ts';
import { displayWidth } from '../text/width.ts';
import { wrap } from '../text/wrap.ts';

/** The narrowest a column is made when it must give way (wrap cuts no word shorter than this). */
const MIN_COLUMN = 8;

const grey = (s: string) => `\x1b[90m${s}\x1b[39m`;
const red = (s: string) => `\x1b[31m${s}\x1b[39m`;

/** Column widths that fit `width` where they can: narrow columns keep their width, the rest share what is left. */
export function columnWidths(natural: readonly number[], width: number): number[] {
  const n = natural.length;
  const room = width - (3 * n + 1);
  if (natural.reduce((a, b) => a + b, 0) <= room) return [...natural];
  const widths = [...natural];
  let left = Math.max(room, 0);
  let columns = n;
  for (const i of [...natural.keys()].sort((a, b) => natural[a]! - natural[b]!)) {
    const share = Math.floor(left / columns);
    widths[i] = Math.min(natural[i]!, Math.max(share, MIN_COLUMN));
    left -= widths[i]!;
    columns -= 1;
  }
  return widths;
}

/** The table's lines: `head` and each row are cells of styled text. */
export function drawTable(head: readonly string[], rows: readonly (readonly string[])[], width: number): string[] {
  const n = Math.max(head.length, ...rows.map((r) => r.length));
  if (n === 0) return [];
  const all = [head, ...rows];
  const natural = Array.from({ length: n }, (_, i) => Math.max(1, ...all.map((r) => displayWidth(stripAnsi(r[i] ?? '')))));
  const widths = columnWidths(natural, width);
  const rule = (left: string, mid: string, right: string) => grey(left + widths.map((w) => '─'.repeat(w + 2)).join(mid) + right);
  const row = (cells: readonly string[], style: (s: string) => string) => {
    const wrapped = widths.map((w, i) => (natural[i]! <= w ? [cells[i] ?? ''] : wrap(cells[i] ?? '', w)));
    const height = Math.max(...wrapped.map((c) => c.length));
    return Array.from({ length: height }, (_, k) => {
      const parts = widths.map((w, i) => {
        const text = wrapped[i]![k] ?? '';
        const pad = ' '.repeat(Math.max(0, w - displayWidth(stripAnsi(text))));
        return ` ${text ? style(text) : ''}${pad} `;
      });
      return grey('│') + parts.join(grey('│')) + grey('│');
    });
  };
  const lines = [rule('┌', '┬', '┐'), ...row(head, red)];
  for (const r of rows) lines.push(rule('├', '┼', '┤'), ...row(r, (s) => s));
  lines.push(rule('└', '┴', '┘'));
  return lines;
}
