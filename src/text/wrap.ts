/** Word wrapping by display width for mixed English and Chinese text, with or without colour escapes. Pure. */
import { displayWidth } from './width.ts';

const NO_LINE_START = /^[，。、：；！？）》」』】”,.;:!?)\]}]/;
const NO_LINE_END = /[（《「『【“]$/;

/** Breaks text into pieces that may end a line: a word with its spaces, or one wide character. */
function pieces(text: string): string[] {
  const out: string[] = [];
  const re = /(?:\x1b\[[0-9;?]*[ -/]*[@-~])+|[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6][ ]*|[^\s\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]+[ ]*|\s+/gu;
  for (const m of text.matchAll(re)) {
    const p = m[0];
    // Keep closing punctuation with what it closes.
    if (out.length > 0 && (p.startsWith('\x1b') || NO_LINE_START.test(p) || NO_LINE_END.test(out[out.length - 1]!))) out[out.length - 1] += p;
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
