/**
 * Terminal width of the text in the picture. Names come from the kernel and
 * may hold anything; characters whose width terminals disagree on (controls,
 * combining marks, emoji, joiners) are shown as `?` so that every box edge
 * lands where the layout put it.
 */
import { charWidth, textWidth } from '../text/width.ts';

export { charWidth, textWidth };

const PRINTABLE_ASCII = /^[\x20-\x7e]*$/;
const UNSAFE =
  /[\p{Cc}\p{Cf}\p{Mn}\p{Me}\p{Mc}\p{Cs}\p{Co}\p{Cn}\p{Zl}\p{Zp}\p{Default_Ignorable_Code_Point}\p{Extended_Pictographic}\p{Regional_Indicator}\u1100-\u11ff\ua960-\ua97f\ud7b0-\ud7ff]/gu;

/** The text with every character of uncertain width replaced by `?`. */
export function clean(s: string): string {
  return PRINTABLE_ASCII.test(s) ? s : s.replace(UNSAFE, '?');
}

/** The text cut to at most `max` columns, ending in `…` when cut. */
export function truncate(s: string, max: number): string {
  if (max <= 0) return '';
  if (textWidth(s) <= max) return s;
  let out = '';
  let w = 0;
  for (const ch of s) {
    const cw = charWidth(ch.codePointAt(0)!);
    if (w + cw > max - 1) break;
    out += ch;
    w += cw;
  }
  return out + '…';
}
