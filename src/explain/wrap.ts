/** Display width and word wrapping for mixed English and Chinese text. Pure. */

/** Columns a character takes in a terminal: 2 for wide (CJK) characters, 0 for combining marks and controls. */
export function charWidth(cp: number): number {
  if (cp < 32 || (cp >= 0x7f && cp < 0xa0)) return 0;
  if ((cp >= 0x300 && cp <= 0x36f) || (cp >= 0x200b && cp <= 0x200f) || (cp >= 0xfe00 && cp <= 0xfe0f)) return 0;
  if ((cp >= 0x1100 && cp <= 0x115f) || (cp >= 0x2e80 && cp <= 0xa4cf && cp !== 0x303f) || (cp >= 0xac00 && cp <= 0xd7a3)
    || (cp >= 0xf900 && cp <= 0xfaff) || (cp >= 0xfe30 && cp <= 0xfe4f) || (cp >= 0xff00 && cp <= 0xff60)
    || (cp >= 0xffe0 && cp <= 0xffe6) || (cp >= 0x1f300 && cp <= 0x1f64f) || (cp >= 0x20000 && cp <= 0x3fffd)) return 2;
  return 1;
}

/** Columns a string takes. */
export function displayWidth(s: string): number {
  let w = 0;
  for (const ch of s) w += charWidth(ch.codePointAt(0)!);
  return w;
}

/** Shortens to at most `max` columns, ending in … when cut. */
export function truncate(s: string, max: number): string {
  if (displayWidth(s) <= max) return s;
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

const NO_LINE_START = /^[，。、：；！？）》」』】”,.;:!?)\]}]/;
const NO_LINE_END = /[（《「『【“]$/;

/** Breaks text into pieces that may end a line: a word with its spaces, or one wide character. */
function pieces(text: string): string[] {
  const out: string[] = [];
  const re = /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6][ ]*|[^\s\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]+[ ]*|\s+/gu;
  for (const m of text.matchAll(re)) {
    const p = m[0];
    // Keep closing punctuation with what it closes.
    if (out.length > 0 && (NO_LINE_START.test(p) || NO_LINE_END.test(out[out.length - 1]!))) out[out.length - 1] += p;
    else out.push(p);
  }
  return out;
}

/** Wraps `text` into lines of at most `width` columns (a longer word is cut). */
export function wrap(text: string, width: number): string[] {
  const w = Math.max(8, Math.floor(width));
  const lines: string[] = [];
  let cur = '';
  for (let p of pieces(text.replace(/\s*\n\s*/g, ' '))) {
    while (displayWidth(p.trimEnd()) > w) {
      if (cur.trim() !== '') { lines.push(cur.trimEnd()); cur = ''; }
      let head = '';
      for (const ch of p) {
        if (displayWidth(head + ch) > w) break;
        head += ch;
      }
      lines.push(head);
      p = p.slice(head.length);
    }
    if (displayWidth((cur + p).trimEnd()) > w && cur.trim() !== '') {
      lines.push(cur.trimEnd());
      cur = p.trimStart();
    } else cur += p;
  }
  if (cur.trim() !== '' || lines.length === 0) lines.push(cur.trimEnd());
  return lines;
}
