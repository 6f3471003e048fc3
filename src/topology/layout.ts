/**
 * The topology picture of a snapshot: the lab's root namespace ("host") and
 * every named namespace as boxes, their interfaces with state and addresses,
 * veth pairs as connectors, bridge ports under their bridge. Pure: the same
 * snapshot and width always give the same lines.
 *
 * Connectors are drawn while they fit; a pair that would not (too many runs
 * between rows for the width) is named in words under its interfaces instead
 * (`⇄ ns1/veth1-peer`), so nothing is ever lost from the picture.
 */
import { ROOT_NS, type Snapshot } from '../model/snapshot.ts';
import { buildGhostBox, buildNsBox, SYMBOLS, type Box } from './box.ts';
import { makeCanvas, line, toLines } from './canvas.ts';
import { paintBox } from './paint-box.ts';
import { boxLabel, findPairs, type Pair } from './pairs.ts';
import { indexPairs, packRows } from './place.ts';
import { geometryOf } from './geometry.ts';
import { textWidth, truncate } from './text.ts';
import type { LayoutOptions, Segment, TopoLine } from './types.ts';
import { MIN_WIDTH, wordsFor, type Words } from './words.ts';

/** Most vertical tracks the band left of the rows may have; more reads worse than labels. */
const MAX_BAND = 8;
/** Most veth pairs with both ends in one namespace drawn as loops beside its box. */
const MAX_LOOPS = 6;

/** The picture and how the drawing went. */
export type LayoutReport = {
  /** The picture. */
  readonly lines: TopoLine[];
  /** Cells drawn over, outside, or joining connectors that are not joined: a layout bug when non-zero. */
  readonly faults: number;
  /** Pairs named in words because their connector did not fit. */
  readonly labelled: number;
};

/** Draws the snapshot as lines no wider than `width` columns. */
export function layoutTopology(snapshot: Snapshot, width: number, opts: LayoutOptions = {}): TopoLine[] {
  return layoutReport(snapshot, width, opts).lines;
}

/** `layoutTopology` with a report on how the drawing went, for tests and benchmarks. */
export function layoutReport(snapshot: Snapshot, width: number, opts: LayoutOptions = {}): LayoutReport {
  const words = wordsFor(opts.lang ?? 'en');
  const w = Number.isFinite(width) ? Math.floor(width) : 0;
  if (w < MIN_WIDTH) {
    const note = truncate(words.tooNarrow(MIN_WIDTH), w);
    return { lines: note ? [[{ text: note, style: 'dim' }]] : [], faults: 0, labelled: 0 };
  }
  const changed = opts.changed ?? new Set<string>();
  const { pairs, ghosts, loose } = findPairs(snapshot);
  const undrawn = new Set<Pair>();
  const loops = new Map<string, number>();
  for (const p of pairs) {
    if (p.a.box !== p.b.box) continue;
    const n = (loops.get(p.a.box) ?? 0) + 1;
    loops.set(p.a.box, n);
    if (n > MAX_LOOPS) undrawn.add(p);
  }
  const maxBand = Math.max(0, Math.min(MAX_BAND, Math.floor((w - MIN_WIDTH) / 3)));
  const label = (key: string): string => boxLabel(key, words.host, words.unnamed);

  const spaces = [snapshot.root, ...[...snapshot.namespaces].sort((a, b) => naturalCompare(a.name, b.name))];
  // Boxes change between rounds only where labels appear, so each is built once per set of labels.
  const built = new Map<string, Box>();
  const boxFor = (key: string, labels: ReadonlyMap<string, string> | undefined, make: () => Box): Box => {
    const id = labels ? `${key}\u0000${[...labels].join('\u0000')}` : key;
    let b = built.get(id);
    if (!b) built.set(id, (b = make()));
    return b;
  };

  // Each round either names more pairs in words or widens the band, so this ends.
  let assumedBand = 0;
  for (;;) {
    const labels = new Map<string, Map<string, string>>();
    for (const l of loose) addLabel(labels, l.end.box, l.end.ifname, `${label(l.box)}/${l.ifname}`);
    for (const p of undrawn) {
      addLabel(labels, p.a.box, p.a.ifname, `${label(p.b.box)}/${p.b.ifname}`);
      addLabel(labels, p.b.box, p.b.ifname, `${label(p.a.box)}/${p.a.ifname}`);
    }
    const boxes: Box[] = [
      ...spaces.map((ns) => boxFor(ns.name, labels.get(ns.name), () => buildNsBox(ns, {
        key: ns.name, title: ns.name === ROOT_NS ? words.host : ns.name, changed,
        labels: labels.get(ns.name) ?? new Map(), empty: words.noInterfaces,
      }))),
      ...ghosts.map((g) => boxFor(g.key, labels.get(g.key), () => buildGhostBox(g.key, label(g.key), g.ifnames))),
    ];
    const drawn = pairs.filter((p) => !undrawn.has(p));
    const rows = packRows(boxes, w - assumedBand, indexPairs(drawn));
    const geo = geometryOf(rows, maxBand);
    if (geo.overflow.length > 0 || geo.band > assumedBand) {
      for (const p of geo.overflow) undrawn.add(p);
      assumedBand = Math.max(assumedBand, geo.band);
      continue;
    }

    const cv = makeCanvas(w, geo.height);
    for (const b of geo.boxes) paintBox(cv, b);
    for (const p of geo.paths) line(cv, p);
    const lines = toLines(cv);
    if (opts.legend ?? true) lines.push([], legend(words, w, changed.size > 0));
    return { lines, faults: cv.faults, labelled: undrawn.size };
  }
}

/** Orders names as people count: ns2 before ns10. */
export function naturalCompare(a: string, b: string): number {
  const ca = a.match(/\d+|\D+/g) ?? [];
  const cb = b.match(/\d+|\D+/g) ?? [];
  for (let i = 0; i < Math.min(ca.length, cb.length); i++) {
    const x = ca[i]!;
    const y = cb[i]!;
    if (x === y) continue;
    const nx = /^\d/.test(x) && /^\d/.test(y);
    if (nx && x.length !== y.length) {
      const d = Number(x) - Number(y);
      if (d !== 0) return d;
    }
    return x < y ? -1 : 1;
  }
  return ca.length - cb.length;
}

function addLabel(labels: Map<string, Map<string, string>>, box: string, ifname: string, text: string): void {
  const m = labels.get(box) ?? new Map<string, string>();
  labels.set(box, m);
  m.set(ifname, text);
}

/** The line explaining the symbols, as many items as fit. */
function legend(words: Words, width: number, withChanged: boolean): TopoLine {
  const items: Segment[][] = [
    [{ text: SYMBOLS.up, style: 'up' }, { text: ` ${words.up}`, style: 'dim' }],
    [{ text: SYMBOLS.nocarrier, style: 'nocarrier' }, { text: ` ${words.noCarrier}`, style: 'dim' }],
    [{ text: SYMBOLS.down, style: 'down' }, { text: ` ${words.down}`, style: 'dim' }],
    [{ text: '──', style: 'link' }, { text: ` ${words.vethPair}`, style: 'dim' }],
  ];
  if (withChanged) items.push([{ text: '▸', style: 'changed' }, { text: ` ${words.changed}`, style: 'dim' }]);
  const out: Segment[] = [];
  let used = 0;
  for (const item of items) {
    const gap = out.length > 0 ? 2 : 0;
    const iw = item.reduce((n, s) => n + textWidth(s.text), 0);
    if (used + gap + iw > width) break;
    if (gap) out.push({ text: '  ', style: 'plain' });
    out.push(...item);
    used += gap + iw;
  }
  return out;
}
