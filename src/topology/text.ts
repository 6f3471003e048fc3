/**
 * Terminal width of the text in the picture. Names come from the kernel and
 * may hold anything; characters whose width terminals disagree on (controls,
 * combining marks, emoji, joiners, clusters of several code points) are shown
 * as `?` so that every box edge lands where the layout put it.
 */
import { charWidth, displayWidth, PLAIN_TEXT, truncate } from '../text/width.ts';

/** Columns the picture's text takes (`clean` text: one code point a character). */
export const textWidth = displayWidth;
export { charWidth, truncate };

const PRINTABLE_ASCII = /^[\x20-\x7e]*$/;
const UNSAFE =
  /[\p{Cc}\p{Cf}\p{Mn}\p{Me}\p{Mc}\p{Cs}\p{Co}\p{Cn}\p{Zl}\p{Zp}\p{Default_Ignorable_Code_Point}\p{Extended_Pictographic}\p{Regional_Indicator}\u1100-\u11ff\ua960-\ua97f\ud7b0-\ud7ff]/gu;

const GRAPHEMES = new Intl.Segmenter();

/**
 * The text with every character of uncertain width replaced by `?`. What is
 * left is one code point a character, as the canvas paints it: a cluster of
 * several (a prepended letter, Thai ำ after its consonant, a skin tone after a
 * letter) is one character to some terminals and two to others, so each of
 * its code points becomes `?`.
 */
export function clean(s: string): string {
  if (PRINTABLE_ASCII.test(s)) return s;
  const safe = s.replace(UNSAFE, '?');
  if (PLAIN_TEXT.test(safe)) return safe;
  let out = '';
  for (const { segment } of GRAPHEMES.segment(safe)) {
    const n = [...segment].length;
    out += n === 1 ? segment : '?'.repeat(n);
  }
  return out;
}

