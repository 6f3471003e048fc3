/**
 * Placement: boxes go side by side, in a stable order, while the row (boxes,
 * channels and the band on the left) fits the width; then a new row starts.
 * A box too wide for a row of its own is narrowed; its longest texts end in `…`.
 */
import { boxWidth, type Box } from './box.ts';
import { channelWidth, planRow, rowWidth, type RowPlan } from './channels.ts';
import type { Pair } from './pairs.ts';

/** The narrowest inner width a box is ever given. */
export const MIN_INNER = 6;

/** A row of boxes with their routing and their inner widths. */
export type PlacedRow = {
  /** Its boxes and their routing. */
  readonly plan: RowPlan;
  /** Inner width of each box, in row order. */
  readonly inners: readonly number[];
};

/** Pairs by the boxes they touch, for `planRow`. */
export function indexPairs(pairs: readonly Pair[]): (box: string) => readonly Pair[] {
  const by = new Map<string, Pair[]>();
  const add = (k: string, p: Pair): void => {
    const list = by.get(k);
    if (list) list.push(p);
    else by.set(k, [p]);
  };
  for (const p of pairs) {
    add(p.a.box, p);
    if (p.b.box !== p.a.box) add(p.b.box, p);
  }
  return (box) => by.get(box) ?? [];
}

/** Packs the boxes into rows no wider than `avail` columns (the width left of the band). */
export function packRows(boxes: readonly Box[], avail: number, pairsOf: (box: string) => readonly Pair[]): PlacedRow[] {
  const rows: PlacedRow[] = [];
  let cur: Box[] = [];
  let plan: RowPlan | null = null;
  let used = 0;
  const close = (): void => {
    if (cur.length === 0) return;
    const p = plan ?? planRow(cur, pairsOf);
    let inners = cur.map((b) => b.natural);
    if (cur.length === 1) {
      const room = avail - boxWidth(0) - channelWidth(p, 1);
      inners = [Math.max(MIN_INNER, Math.min(cur[0]!.natural, room))];
    }
    rows.push({ plan: p, inners });
    cur = [];
    plan = null;
  };
  for (const box of boxes) {
    // Boxes and the narrowest gaps alone overflow: no need to plan the row to know.
    if (cur.length > 0 && used + 2 + boxWidth(box.natural) <= avail) {
      const tried = [...cur, box];
      const p = planRow(tried, pairsOf);
      const w = rowWidth(p, tried.map((b) => b.natural));
      if (w <= avail) {
        cur = tried;
        plan = p;
        used = w;
        continue;
      }
    }
    close();
    cur = [box];
    used = boxWidth(box.natural);
  }
  close();
  return rows;
}
