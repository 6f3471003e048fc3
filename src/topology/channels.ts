/**
 * Connector routing inside one row of boxes. Each veth pair with an end in the
 * row is classified, and every vertical run it needs gets its own track in the
 * channel between two boxes:
 *
 * - `straight`: neighbours, ends on the same line: one horizontal line.
 * - `gap`: neighbours, ends on different lines: one track between them.
 * - `loop`: both ends in one box: a track right of the box.
 * - `under`: further apart in the row: each end drops to a line under the row.
 * - `cross`: the other end is in another row: it drops to a line under the row
 *   (or, from the first box, goes straight out left) and joins the band of
 *   vertical tracks left of all rows.
 *
 * Channel `i` lies left of box `i`; channel 0 is the band, the last channel
 * (index = number of boxes) lies right of the last box and holds only loops.
 */
import type { Box } from './box.ts';
import type { End, Pair } from './pairs.ts';

/** How a pair is drawn. */
export type Shape = 'straight' | 'gap' | 'loop' | 'under' | 'cross';

/** What a track in a channel carries. */
export type TrackUse = {
  /** The pair it belongs to. */
  readonly pair: Pair;
  /** `loop`, `gap`, `down-left` (leaves the box on its left of the channel), `down-right` (leaves the box on its right). */
  readonly role: 'loop' | 'gap' | 'down-left' | 'down-right';
  /** Line of the first end, counted from the row's top (the box's top border is 0). */
  readonly y1: number;
  /** Line of the other end for `loop` and `gap`; for a drop, the same as y1. */
  readonly y2: number;
};

/** One end of a pair as drawn from this row. */
export type EndUse = {
  /** The pair. */
  readonly pair: Pair;
  /** Which of its ends. */
  readonly end: End;
  /** Index of its box in the row. */
  readonly boxIndex: number;
  /** Its line, counted from the row's top. */
  readonly y: number;
  /** Which border the connector leaves by. */
  readonly side: 'left' | 'right';
  /** Channel holding its track, or -1 for a straight line or a direct exit into the band. */
  readonly channel: number;
  /** Needs a line under the row (the pair is `under`, or `cross` from a box other than the first). */
  readonly drops: boolean;
};

/** Routing of one row, before anything has a column. */
export type RowPlan = {
  /** The row's boxes, left to right. */
  readonly boxes: readonly Box[];
  /** Tracks of each channel, left to right; index 0 (the band) stays empty here. */
  readonly channels: readonly (readonly TrackUse[])[];
  /** How each pair with an end in the row is drawn, by pair key. */
  readonly shapes: ReadonlyMap<string, Shape>;
  /** Every end in the row that has a connector. */
  readonly ends: readonly EndUse[];
};

/** The line of an interface in its box, counted from the box's top border. */
export function portLine(b: Box, ifname: string): number {
  return (b.portRow.get(ifname) ?? 0) + 1;
}

/** Classifies the pairs of one row and gives each vertical run a track. */
export function planRow(boxes: readonly Box[], pairsOf: (box: string) => readonly Pair[]): RowPlan {
  const n = boxes.length;
  const index = new Map(boxes.map((b, i) => [b.key, i]));
  const loops: TrackUse[][] = boxes.map(() => []);
  const downsRight: TrackUse[][] = boxes.map(() => []); // right-border drops, in the channel right of the box
  const downsLeft: TrackUse[][] = boxes.map(() => []); // left-border drops, in the channel left of the box
  const gaps: TrackUse[][] = boxes.map(() => []); // gap tracks in the channel left of box i
  const shapes = new Map<string, Shape>();
  const ends: EndUse[] = [];
  const seen = new Set<string>();
  const line = (e: End): number => portLine(boxes[index.get(e.box)!]!, e.ifname);

  const under = (p: Pair, left: End, right: End): void => {
    const il = index.get(left.box)!;
    const ir = index.get(right.box)!;
    shapes.set(p.key, 'under');
    downsRight[il]!.push({ pair: p, role: 'down-right', y1: line(left), y2: line(left) });
    downsLeft[ir]!.push({ pair: p, role: 'down-left', y1: line(right), y2: line(right) });
    ends.push({ pair: p, end: left, boxIndex: il, y: line(left), side: 'right', channel: il + 1, drops: true });
    ends.push({ pair: p, end: right, boxIndex: ir, y: line(right), side: 'left', channel: ir, drops: true });
  };

  for (let i = 0; i < n; i++) {
    for (const p of pairsOf(boxes[i]!.key)) {
      if (seen.has(p.key)) continue;
      seen.add(p.key);
      const ia = index.get(p.a.box);
      const ib = index.get(p.b.box);
      if (ia === undefined || ib === undefined) {
        const [e, bi] = ia !== undefined ? [p.a, ia] : [p.b, ib!];
        shapes.set(p.key, 'cross');
        if (bi === 0) ends.push({ pair: p, end: e, boxIndex: 0, y: line(e), side: 'left', channel: -1, drops: false });
        else {
          downsLeft[bi]!.push({ pair: p, role: 'down-left', y1: line(e), y2: line(e) });
          ends.push({ pair: p, end: e, boxIndex: bi, y: line(e), side: 'left', channel: bi, drops: true });
        }
        continue;
      }
      if (ia === ib) {
        shapes.set(p.key, 'loop');
        const [y1, y2] = [line(p.a), line(p.b)].sort((x, y) => x - y) as [number, number];
        loops[ia]!.push({ pair: p, role: 'loop', y1, y2 });
        ends.push({ pair: p, end: p.a, boxIndex: ia, y: line(p.a), side: 'right', channel: ia + 1, drops: false });
        ends.push({ pair: p, end: p.b, boxIndex: ia, y: line(p.b), side: 'right', channel: ia + 1, drops: false });
        continue;
      }
      const [left, right] = ia < ib ? [p.a, p.b] : [p.b, p.a];
      const il = Math.min(ia, ib);
      if (Math.abs(ia - ib) > 1) { under(p, left, right); continue; }
      const yl = line(left);
      const yr = line(right);
      if (yl === yr) {
        shapes.set(p.key, 'straight');
        ends.push({ pair: p, end: left, boxIndex: il, y: yl, side: 'right', channel: -1, drops: false });
        ends.push({ pair: p, end: right, boxIndex: il + 1, y: yr, side: 'left', channel: -1, drops: false });
      } else gaps[il + 1]!.push({ pair: p, role: 'gap', y1: yl, y2: yr });
    }
  }

  // Gap tracks: down-going ones (deepest start first), then up-going ones. Two tracks whose
  // stubs would meet on one line cannot share the channel: the later one goes under the row.
  for (let c = 1; c < n; c++) {
    const order = [...gaps[c]!].sort((s, t) => {
      const ds = s.y2 > s.y1 ? 0 : 1;
      const dt = t.y2 > t.y1 ? 0 : 1;
      if (ds !== dt) return ds - dt;
      return ds === 0 ? t.y1 - s.y1 || t.y2 - s.y2 : s.y1 - t.y1 || s.y2 - t.y2;
    });
    const kept: TrackUse[] = [];
    for (const g of order) {
      const p = g.pair;
      const [left, right] = index.get(p.a.box)! < index.get(p.b.box)! ? [p.a, p.b] : [p.b, p.a];
      if (kept.some((k) => k.y2 === g.y1)) { under(p, left, right); continue; }
      kept.push(g);
      shapes.set(p.key, 'gap');
      ends.push({ pair: p, end: left, boxIndex: c - 1, y: g.y1, side: 'right', channel: c, drops: false });
      ends.push({ pair: p, end: right, boxIndex: c, y: g.y2, side: 'left', channel: c, drops: false });
    }
    gaps[c] = kept;
  }

  // Nearest the box: loops (shortest innermost), then drops ordered so their stubs do not cross.
  const channels: TrackUse[][] = [[]];
  for (let c = 1; c <= n; c++) {
    const lp = [...loops[c - 1]!].sort((s, t) => s.y2 - s.y1 - (t.y2 - t.y1) || s.y1 - t.y1);
    const dr = [...downsRight[c - 1]!].sort((s, t) => t.y1 - s.y1);
    const dl = c < n ? [...downsLeft[c]!].sort((s, t) => s.y1 - t.y1) : [];
    channels.push([...lp, ...dr, ...(c < n ? gaps[c]! : []), ...dl]);
  }
  return { boxes, channels, shapes, ends };
}

/** Columns a channel takes: between boxes at least 2 and one column on each side of its tracks; after the last box only its tracks and one. */
export function channelWidth(plan: RowPlan, c: number): number {
  const t = plan.channels[c]!.length;
  if (c === plan.boxes.length) return t === 0 ? 0 : t + 1;
  return Math.max(2, t + 2);
}

/** Columns a row takes, band excluded, for the given inner widths of its boxes. */
export function rowWidth(plan: RowPlan, inners: readonly number[]): number {
  let w = 0;
  for (let i = 0; i < plan.boxes.length; i++) w += inners[i]! + 4 + (i > 0 ? channelWidth(plan, i) : 0);
  return w + channelWidth(plan, plan.boxes.length);
}
