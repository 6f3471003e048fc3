/**
 * Terminal width of the text in the picture. Names come from the kernel and
 * may hold anything; characters whose width terminals disagree on (controls,
 * combining marks, emoji, joiners) are shown as `?` so that every box edge
 * lands where the layout put it.
 */
import { WIDE_RANGES } from './east-asian-wide.ts';

const PRINTABLE_ASCII = /^[\x20-\x7e]*$/;
const UNSAFE =
  /[\p{Cc}\p{Cf}\p{Mn}\p{Me}\p{Mc}\p{Cs}\p{Co}\p{Cn}\p{Zl}\p{Zp}\p{Default_Ignorable_Code_Point}\p{Extended_Pictographic}\p{Regional_Indicator}\u1100-\u11ff\ua960-\ua97f\ud7b0-\ud7ff]/gu;

/** The text with every character of uncertain width replaced by `?`. */
export function clean(s: string): string {
  return PRINTABLE_ASCII.test(s) ? s : s.replace(UNSAFE, '?');
}

/** Widths of the Basic Multilingual Plane as looked up so far (0: not yet). */
const BMP_WIDTHS = new Uint8Array(0x10000);

/** Columns one code point takes: 2 for East Asian wide and fullwidth, else 1. */
export function charWidth(cp: number): number {
  if (cp < 0x1100) return 1;
  if (cp < 0x10000) return (BMP_WIDTHS[cp] ||= lookup(cp));
  return lookup(cp);
}

function lookup(cp: number): number {
  let lo = 0;
  let hi = WIDE_RANGES.length / 2 - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const first = WIDE_RANGES[mid * 2]!;
    const last = WIDE_RANGES[mid * 2 + 1]!;
    if (cp < first) hi = mid - 1;
    else if (cp > last) lo = mid + 1;
    else return 2;
  }
  return 1;
}

/** Columns a cleaned text takes in a terminal. */
export function textWidth(s: string): number {
  if (PRINTABLE_ASCII.test(s)) return s.length;
  let w = 0;
  for (const ch of s) w += charWidth(ch.codePointAt(0)!);
  return w;
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
