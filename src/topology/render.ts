/**
 * The picture as text: plain (golden files, `--plain`, NO_COLOR) or with ANSI
 * colours (`netns-tutor topology`, slides). Choosing between them is the caller's.
 */
import { LOOKS, type Look, type TopoLine } from './types.ts';

const SGR_COLOR: Record<NonNullable<Look['color']>, number> = { red: 31, green: 32, yellow: 33, magenta: 35, cyan: 36, gray: 90 };

/** The lines as plain text, one per line, without trailing blanks. */
export function renderPlain(lines: readonly TopoLine[]): string {
  return lines.map((l) => l.map((s) => s.text).join('').trimEnd()).join('\n');
}

/** The lines with ANSI colour codes; every styled run is closed with a reset. */
export function renderAnsi(lines: readonly TopoLine[]): string {
  return lines
    .map((l) =>
      l.map((s) => {
        const look = LOOKS[s.style];
        const codes = [look.bold ? 1 : 0, look.dim ? 2 : 0, look.color ? SGR_COLOR[look.color] : 0].filter((c) => c > 0);
        return codes.length === 0 || s.text.trim() === '' ? s.text : `\x1b[${codes.join(';')}m${s.text}\x1b[0m`;
      }).join(''))
    .join('\n');
}
