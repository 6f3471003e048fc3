/**
 * A grid of styled cells. Text is written as characters (a wide character
 * takes two cells); connectors are recorded as directions per cell and turned
 * into box-drawing characters at the end, so crossings and corners come out
 * right whatever order they were drawn in.
 */
import { charWidth } from './text.ts';
import type { Segment, Style, TopoLine } from './types.ts';

const UP = 1;
const DOWN = 2;
const LEFT = 4;
const RIGHT = 8;

/** Box-drawing character for a set of directions. */
const GLYPH: Record<number, number> = {
  [UP | DOWN]: 0x2502, [LEFT | RIGHT]: 0x2500, [DOWN | RIGHT]: 0x250c, [DOWN | LEFT]: 0x2510,
  [UP | RIGHT]: 0x2514, [UP | LEFT]: 0x2518, [UP | DOWN | LEFT | RIGHT]: 0x253c,
};

const SPACE = 0x20;
/** Marks the second cell of a wide character. */
const CONT = 0;
/** Border characters a connector may attach to, and what they become: `├` or `┤`. */
const BORDERS = new Set([0x2502, 0x2506]);
const TEE_RIGHT = 0x251c;
const TEE_LEFT = 0x2524;

/** Styles by number, so that cells are plain bytes. */
const STYLES: readonly Style[] = ['plain', 'title', 'up', 'down', 'nocarrier', 'addr', 'link', 'dim', 'changed'];
const STYLE_NO = new Map(STYLES.map((s, i) => [s, i]));
const LINK = STYLE_NO.get('link')!;

/** The grid being painted. */
export type Canvas = {
  /** Columns. */
  readonly width: number;
  /** Lines. */
  readonly height: number;
  /** Code point per cell; 0 for the second cell of a wide character. */
  readonly chars: Uint32Array;
  /** Style number per cell (index into STYLES). */
  readonly styles: Uint8Array;
  /** Connector directions per cell. */
  readonly dirs: Uint8Array;
  /** Writes that fell outside the grid, onto other drawing, or joined connectors that are not joined: a layout bug when non-zero. */
  faults: number;
};

/** A blank canvas. */
export function makeCanvas(width: number, height: number): Canvas {
  const n = width * height;
  return { width, height, chars: new Uint32Array(n).fill(SPACE), styles: new Uint8Array(n), dirs: new Uint8Array(n), faults: 0 };
}

/** Writes text at a cell; returns the column after it. */
export function put(cv: Canvas, x: number, y: number, text: string, style: Style): number {
  if (y < 0 || y >= cv.height) { if (text.length > 0) cv.faults++; return x; }
  const st = STYLE_NO.get(style)!;
  const row = y * cv.width;
  for (let k = 0; k < text.length; k++) {
    let cp = text.charCodeAt(k);
    if (cp >= 0xd800 && cp < 0xdc00 && k + 1 < text.length) cp = text.codePointAt(k++)!;
    const w = charWidth(cp);
    if (x < 0 || x + w > cv.width) { cv.faults++; return x + w; }
    cv.chars[row + x] = cp;
    cv.styles[row + x] = st;
    if (w === 2) { cv.chars[row + x + 1] = CONT; cv.styles[row + x + 1] = st; }
    x += w;
  }
  return x;
}

/** Writes a run of segments at a cell. */
export function putSegments(cv: Canvas, x: number, y: number, segs: readonly Segment[]): number {
  for (const s of segs) x = put(cv, x, y, s.text, s.style);
  return x;
}

function mark(cv: Canvas, x: number, y: number, d: number): void {
  if (x < 0 || y < 0 || x >= cv.width || y >= cv.height) { cv.faults++; return; }
  const i = y * cv.width + x;
  // Two connectors along the same stretch would read as one.
  if (cv.dirs[i]! & d) cv.faults++;
  cv.dirs[i]! |= d;
}

/** Records a connector through the points (each step horizontal or vertical). */
export function line(cv: Canvas, points: readonly (readonly [number, number])[]): void {
  for (let i = 0; i + 1 < points.length; i++) {
    const [x1, y1] = points[i]!;
    const [x2, y2] = points[i + 1]!;
    if (x1 === x2 && y1 === y2) continue;
    if (y1 === y2) {
      const [a, b] = x1 < x2 ? [x1, x2] : [x2, x1];
      for (let x = a; x <= b; x++) mark(cv, x, y1, (x > a ? LEFT : 0) | (x < b ? RIGHT : 0));
    } else if (x1 === x2) {
      const [a, b] = y1 < y2 ? [y1, y2] : [y2, y1];
      for (let y = a; y <= b; y++) mark(cv, x1, y, (y > a ? UP : 0) | (y < b ? DOWN : 0));
    } else cv.faults++;
  }
}

/** Resolves connectors into characters: runs, corners and crossings in blank cells; `├`/`┤` on borders. */
function resolve(cv: Canvas): void {
  for (let i = 0; i < cv.dirs.length; i++) {
    const d = cv.dirs[i]!;
    if (d === 0) continue;
    const ch = cv.chars[i]!;
    if (ch === SPACE) {
      // An end or a T would join connectors that are not joined.
      const g = GLYPH[d];
      if (g === undefined) cv.faults++;
      cv.chars[i] = g ?? 0x253c;
    } else if (BORDERS.has(ch) && d & (LEFT | RIGHT)) cv.chars[i] = d & RIGHT ? TEE_RIGHT : TEE_LEFT;
    else { cv.faults++; continue; }
    cv.styles[i] = LINK;
  }
}

/** The finished picture: connectors resolved, runs of one style merged, trailing blanks dropped. */
export function toLines(cv: Canvas): TopoLine[] {
  resolve(cv);
  const out: TopoLine[] = [];
  for (let y = 0; y < cv.height; y++) {
    const row = y * cv.width;
    let end = row + cv.width;
    while (end > row && cv.chars[end - 1] === SPACE) end--;
    const segs: Segment[] = [];
    let i = row;
    while (i < end) {
      const st = cv.styles[i]!;
      let j = i;
      let text = '';
      while (j < end && cv.styles[j] === st) {
        const c = cv.chars[j]!;
        if (c !== CONT) text += c < 0x10000 ? String.fromCharCode(c) : String.fromCodePoint(c);
        j++;
      }
      segs.push({ text, style: STYLES[st]! });
      i = j;
    }
    out.push(segs);
  }
  return out;
}
