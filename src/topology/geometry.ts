/**
 * Geometry: gives rows their lines and tracks their columns, then turns every
 * drawn pair into a polyline. Lines under a row each carry one horizontal run;
 * the band left of all rows carries the vertical runs between rows, sharing a
 * track only between runs that are at least a line apart.
 */
import { boxHeight, boxWidth, type Box } from './box.ts';
import { channelWidth, type EndUse, type TrackUse } from './channels.ts';
import type { Pair } from './pairs.ts';
import type { PlacedRow } from './place.ts';

/** A cell of the picture: column, line. */
export type Point = readonly [number, number];

/** A box with its place. */
export type BoxAt = {
  /** What to draw. */
  readonly box: Box;
  /** Column of its left border. */
  readonly x: number;
  /** Line of its top border. */
  readonly y: number;
  /** Its inner width (see `boxWidth`). */
  readonly inner: number;
};

/** Everything the painter needs. */
export type Geometry = {
  /** Every box with its place. */
  readonly boxes: readonly BoxAt[];
  /** One polyline per drawn pair, from border cell to border cell. */
  readonly paths: readonly (readonly Point[])[];
  /** Lines the picture takes. */
  readonly height: number;
  /** Columns the band takes (0 without one). */
  readonly band: number;
  /** Pairs that would need more band tracks than allowed: to be shown as labels instead. */
  readonly overflow: readonly Pair[];
};

/** A horizontal run under a row, between two columns (counted from the band's edge; -1 is the band). */
type Leg = { readonly pair: Pair; readonly from: number; readonly to: number };

/** Index of an end's track in its channel. */
function trackOf(tracks: readonly TrackUse[], e: EndUse): number {
  const role = e.side === 'right' ? ['down-right', 'loop', 'gap'] : ['down-left', 'gap'];
  const i = tracks.findIndex((t) => t.pair === e.pair && role.includes(t.role));
  return i < 0 ? 0 : i;
}

/** Lays out the rows, colours the band with at most `maxBand` tracks and draws every pair. */
export function geometryOf(rows: readonly PlacedRow[], maxBand: number): Geometry {
  // Columns relative to the band's right edge; shifted once the band is known.
  const rel = rows.map((r) => {
    const n = r.plan.boxes.length;
    const boxX: number[] = [];
    const chanX: number[] = [0];
    let x = 0;
    for (let i = 0; i < n; i++) {
      if (i > 0) { chanX.push(x); x += channelWidth(r.plan, i); }
      boxX.push(x);
      x += boxWidth(r.inners[i]!);
    }
    chanX.push(x);
    const trackX = (c: number, k: number): number => chanX[c]! + 1 + k;
    const endX = (e: EndUse): number => trackX(e.channel, trackOf(r.plan.channels[e.channel] ?? [], e));
    // Runs under the row: pairs within the row first (shortest on top), then runs to the band.
    const within: Leg[] = [];
    const out: Leg[] = [];
    const drops = r.plan.ends.filter((e) => e.drops);
    for (const e of drops) {
      if (r.plan.shapes.get(e.pair.key) === 'cross') out.push({ pair: e.pair, from: -1, to: endX(e) });
      else if (e.side === 'right') {
        const other = drops.find((o) => o.pair === e.pair && o !== e)!;
        within.push({ pair: e.pair, from: endX(e), to: endX(other) });
      }
    }
    within.sort((a, b) => a.to - a.from - (b.to - b.from) || a.from - b.from);
    out.sort((a, b) => a.to - b.to);
    const height = Math.max(...r.plan.boxes.map(boxHeight));
    return { boxX, endX, legs: [...within, ...out], height };
  });

  const tops: number[] = [];
  let y = 0;
  rows.forEach((_, i) => {
    tops.push(y);
    const legs = rel[i]!.legs.length;
    const last = i === rows.length - 1;
    y += rel[i]!.height + (legs > 0 ? legs + (last ? 1 : 2) : last ? 0 : 1);
  });
  const height = y;
  const legLine = (r: number, pair: Pair): number => tops[r]! + rel[r]!.height + 1 + rel[r]!.legs.findIndex((l) => l.pair === pair);

  // Band: each pair between rows needs a vertical run from its upper to its lower end.
  type BandEnd = { r: number; e: EndUse; y: number };
  const bandEnds = new Map<Pair, BandEnd[]>();
  rows.forEach((row, r) => {
    for (const e of row.plan.ends) {
      if (row.plan.shapes.get(e.pair.key) !== 'cross') continue;
      const at = e.drops ? legLine(r, e.pair) : tops[r]! + e.y;
      bandEnds.set(e.pair, [...(bandEnds.get(e.pair) ?? []), { r, e, y: at }]);
    }
  });
  const runs = [...bandEnds].filter(([, ends]) => ends.length === 2).map(([pair, ends]) => {
    const [lo, hi] = [ends[0]!.y, ends[1]!.y].sort((a, b) => a - b) as [number, number];
    return { pair, ends, lo, hi };
  });
  runs.sort((a, b) => a.hi - a.lo - (b.hi - b.lo) || a.lo - b.lo);
  const taken: { lo: number; hi: number }[][] = [];
  const bandTrack = new Map<Pair, number>();
  const overflow: Pair[] = [];
  for (const run of runs) {
    let k = 0;
    while (taken[k]?.some((t) => !(run.hi < t.lo - 1 || t.hi < run.lo - 1))) k++;
    if (k >= maxBand) { overflow.push(run.pair); continue; }
    (taken[k] ??= []).push(run);
    bandTrack.set(run.pair, k);
  }
  const band = taken.length === 0 ? 0 : taken.length + 1;

  const boxes: BoxAt[] = [];
  const paths: Point[][] = [];
  rows.forEach((row, r) => {
    const g = rel[r]!;
    const top = tops[r]!;
    const at = (i: number): BoxAt => ({ box: row.plan.boxes[i]!, x: band + g.boxX[i]!, y: top, inner: row.inners[i]! });
    row.plan.boxes.forEach((_, i) => boxes.push(at(i)));
    const border = (e: EndUse): number => {
      const b = at(e.boxIndex);
      return e.side === 'left' ? b.x : b.x + boxWidth(b.inner) - 1;
    };
    const tx = (e: EndUse): number => band + g.endX(e);
    const byPair = new Map<Pair, EndUse[]>();
    for (const e of row.plan.ends) byPair.set(e.pair, [...(byPair.get(e.pair) ?? []), e]);
    for (const [pair, ends] of byPair) {
      const kind = row.plan.shapes.get(pair.key);
      const [e1, e2] = ends as [EndUse, EndUse | undefined];
      if (kind === 'straight' && e2) paths.push([[border(e1), top + e1.y], [border(e2), top + e2.y]]);
      else if ((kind === 'gap' || kind === 'loop') && e2) {
        const t = tx(e1);
        paths.push([[border(e1), top + e1.y], [t, top + e1.y], [t, top + e2.y], [border(e2), top + e2.y]]);
      } else if (kind === 'under' && e2) {
        const yl = legLine(r, pair);
        paths.push([[border(e1), top + e1.y], [tx(e1), top + e1.y], [tx(e1), yl], [tx(e2), yl], [tx(e2), top + e2.y], [border(e2), top + e2.y]]);
      }
    }
  });
  // Pairs between rows: from one end out to its band track, along it, and in to the other end.
  for (const run of runs) {
    const k = bandTrack.get(run.pair);
    if (k === undefined) continue;
    const bx = band - 2 - k;
    const endPath = ({ r, e, y: yb }: BandEnd): Point[] => {
      const x0 = band + rel[r]!.boxX[e.boxIndex]!; // a run to the band always leaves by the left border
      const yp = tops[r]! + e.y;
      if (!e.drops) return [[x0, yp], [bx, yp]];
      const t = band + rel[r]!.endX(e);
      return [[x0, yp], [t, yp], [t, yb], [bx, yb]];
    };
    paths.push([...endPath(run.ends[0]!), ...endPath(run.ends[1]!).reverse()]);
  }
  return { boxes, paths, height, band, overflow };
}
