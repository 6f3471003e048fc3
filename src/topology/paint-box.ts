/**
 * Painting a placed box: borders, title, and each row fitted to the inner
 * width (names and addresses cut with `…`, the kind dropped first).
 */
import type { BoxRow } from './box.ts';
import { put, putSegments, type Canvas } from './canvas.ts';
import type { BoxAt } from './geometry.ts';
import { textWidth, truncate } from './text.ts';
import type { Segment } from './types.ts';

/** The segments cut to at most `max` columns (the last kept piece ends in `…`), then padded to exactly `max`. */
export function fit(segs: readonly Segment[], max: number): Segment[] {
  const out: Segment[] = [];
  let w = 0;
  for (const s of segs) {
    const sw = textWidth(s.text);
    if (w + sw <= max) { out.push(s); w += sw; continue; }
    const t = truncate(s.text, max - w);
    if (t) { out.push({ text: t, style: s.style }); w += textWidth(t); }
    break;
  }
  if (w < max) out.push({ text: ' '.repeat(max - w), style: 'plain' });
  return out;
}

/** The content of one row at an inner width, exactly that wide. */
export function rowSegments(r: BoxRow, inner: number): Segment[] {
  const segs: Segment[] = [];
  if (r.prefix) segs.push({ text: r.prefix, style: 'link' });
  let avail = inner - textWidth(r.prefix);
  if (r.symbol) {
    segs.push({ text: r.symbol, style: r.symbolStyle }, { text: ' ', style: 'plain' });
    avail -= textWidth(r.symbol) + 1;
  }
  const nameW = textWidth(r.text);
  if (r.tag && nameW + 2 + textWidth(r.tag) <= avail) {
    segs.push({ text: r.text, style: r.textStyle });
    segs.push({ text: ' '.repeat(avail - nameW - textWidth(r.tag)), style: 'plain' }, { text: r.tag, style: 'dim' });
  } else segs.push({ text: truncate(r.text, avail), style: r.textStyle });
  return fit(segs, inner);
}

/** Paints a box with its rows at its place. */
export function paintBox(cv: Canvas, at: BoxAt): void {
  const { box, x, y, inner } = at;
  const frame = box.ghost ? 'dim' : 'plain';
  const h = box.ghost ? '┄' : '─';
  const v = box.ghost ? '┆' : '│';
  const title = truncate(box.title, inner - 2);
  let cx = put(cv, x, y, '┌' + h, frame);
  cx = put(cv, cx, y, box.changed ? '▸' : ' ', box.changed ? 'changed' : frame);
  cx = put(cv, cx, y, title, box.changed ? 'changed' : box.ghost ? 'dim' : 'title');
  cx = put(cv, cx, y, ' ', frame);
  put(cv, cx, y, h.repeat(Math.max(0, x + inner + 3 - cx)) + '┐', frame);
  box.rows.forEach((r, i) => {
    const ry = y + 1 + i;
    let rx = put(cv, x, ry, v, frame);
    rx = put(cv, rx, ry, r.changed ? '▸' : ' ', r.changed ? 'changed' : 'plain');
    rx = putSegments(cv, rx, ry, rowSegments(r, inner));
    put(cv, rx, ry, ' ' + v, frame);
  });
  put(cv, x, y + 1 + box.rows.length, '└' + h.repeat(inner + 2) + '┘', frame);
}
