/**
 * Terminal width of the text in the picture. Names come from the kernel and
 * may hold anything; characters whose width terminals disagree on (controls,
 * combining marks, emoji, joiners) are shown as `?` so that every box edge
 * lands where the layout put it.
 */
import { charWidth, textWidth, truncate } from '../text/width.ts';

export { charWidth, textWidth, truncate };

const PRINTABLE_ASCII = /^[\x20-\x7e]*$/;
const UNSAFE =
  /[\p{Cc}\p{Cf}\p{Mn}\p{Me}\p{Mc}\p{Cs}\p{Co}\p{Cn}\p{Zl}\p{Zp}\p{Default_Ignorable_Code_Point}\p{Extended_Pictographic}\p{Regional_Indicator}\u1100-\u11ff\ua960-\ua97f\ud7b0-\ud7ff]/gu;

/** The text with every character of uncertain width replaced by `?`. */
export function clean(s: string): string {
  return PRINTABLE_ASCII.test(s) ? s : s.replace(UNSAFE, '?');
}

