/** Columns text takes in a terminal: 2 for East Asian wide and fullwidth characters, else 1. Pure. */
import { WIDE_RANGES } from './east-asian-wide.ts';

const PRINTABLE_ASCII = /^[\x20-\x7e]*$/;

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

/** Columns a text (without escape sequences) takes in a terminal. */
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
  return `${out}…`;
}
