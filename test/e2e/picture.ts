/**
 * Reads a topology picture back from the text on a screen: its boxes with
 * their titles and rows, and every connector followed cell by cell from the
 * interface it leaves to the interface it reaches. What a person would read
 * off the panel, so that tests can compare it with the kernel's snapshot.
 */
import { charWidth } from '../../src/text/width.ts';

/** An interface row of a box, with the rows under it. */
export type PicIface = {
  /** Row inside the box, 0 for the first row under the top border. */
  readonly row: number;
  /** State symbol: ● ◐ ○ or ? */
  readonly symbol: string;
  readonly name: string;
  /** Kind shown at the right edge, or ''. */
  readonly tag: string;
  /** Marked `▸` as just changed. */
  readonly changed: boolean;
  /** Address rows under it. */
  readonly addrs: string[];
  /** `⇄ ns/ifname` rows under it: a peer named in words. */
  readonly labels: string[];
};

export type PicBox = {
  readonly title: string;
  /** Title marked `▸` as just changed. */
  readonly changed: boolean;
  /** Drawn dashed: a namespace the picture cannot name. */
  readonly ghost: boolean;
  /** Columns of the left and right borders, lines of the top and bottom borders. */
  readonly left: number;
  readonly right: number;
  readonly top: number;
  readonly bottom: number;
  readonly ifaces: PicIface[];
  /** Rows that are neither interfaces nor what belongs to one (e.g. "(no interfaces)"). */
  readonly notes: string[];
};

/** One end of a connector: a box title and the interface on the row it touches. */
export type PicEnd = { readonly box: string; readonly ifname: string };

export type Picture = {
  readonly boxes: PicBox[];
  /** Each connector once, its two ends. */
  readonly connectors: [PicEnd, PicEnd][];
  /** What could not be read: a broken border, a connector that ends nowhere, a row of unknown shape. */
  readonly problems: string[];
};

/** The text as a grid of terminal cells; a wide character is followed by an empty cell. */
export function cells(text: string): string[][] {
  return text.split('\n').map((line) => {
    const row: string[] = [];
    for (const ch of line) {
      row.push(ch);
      if (charWidth(ch.codePointAt(0)!) === 2) row.push('');
    }
    return row;
  });
}

const at = (g: string[][], y: number, x: number): string => g[y]?.[x] ?? ' ';

type Dir = 'up' | 'down' | 'left' | 'right';
const STEP: Record<Dir, [number, number]> = { up: [0, -1], down: [0, 1], left: [-1, 0], right: [1, 0] };
const OPPOSITE: Record<Dir, Dir> = { up: 'down', down: 'up', left: 'right', right: 'left' };
/** The directions each connector glyph joins. */
const JOINS: Record<string, Dir[]> = {
  '─': ['left', 'right'], '│': ['up', 'down'], '┌': ['down', 'right'], '┐': ['down', 'left'],
  '└': ['up', 'right'], '┘': ['up', 'left'],
};

const IFACE_ROW = /^([●◐○?]) (\S+)(?: +(\S+))?$/u;
const LABEL_ROW = /^⇄ (\S+)$/u;
const ADDR_ROW = /^[0-9a-f.:]+\/\d+$/i;

/** Reads every box and connector of a picture. */
export function readPicture(text: string): Picture {
  const g = cells(text);
  const boxes: PicBox[] = [];
  const problems: string[] = [];
  for (let y = 0; y < g.length; y++) {
    for (let x = 0; x < g[y]!.length; x++) {
      if (at(g, y, x) !== '┌' || !'─┄'.includes(at(g, y, x + 1)) || !' ▸'.includes(at(g, y, x + 2))) continue;
      const box = readBox(g, x, y, problems);
      if (box) boxes.push(box);
    }
  }
  const connectors: [PicEnd, PicEnd][] = [];
  const seen = new Set<string>();
  for (const b of boxes) {
    for (let y = b.top + 1; y < b.bottom; y++) {
      for (const [x, dir] of [[b.left, 'left'], [b.right, 'right']] as const) {
        const tee = dir === 'left' ? '┤' : '├';
        if (at(g, y, x) !== tee) continue;
        const from = endAt(boxes, y, x, problems);
        const to = follow(g, boxes, x, y, dir, problems);
        if (!from || !to) continue;
        const key = [`${from.box}/${from.ifname}`, `${to.box}/${to.ifname}`].sort().join(' ');
        if (seen.has(key)) continue;
        seen.add(key);
        connectors.push([from, to]);
      }
    }
  }
  return { boxes, connectors, problems };
}

function readBox(g: string[][], left: number, top: number, problems: string[]): PicBox | null {
  let right = left + 2;
  while (right < (g[top]?.length ?? 0) && at(g, top, right) !== '┐') right++;
  if (at(g, top, right) !== '┐') {
    problems.push(`line ${top + 1}: a box top at column ${left + 1} has no right corner`);
    return null;
  }
  const ghost = at(g, top, left + 1) === '┄';
  const changed = at(g, top, left + 2) === '▸';
  const title = g[top]!.slice(left + 3, right).join('').replace(/[─┄]+$/, '').trim();
  const ifaces: PicIface[] = [];
  const notes: string[] = [];
  let y = top + 1;
  for (; y < g.length && at(g, y, left) !== '└'; y++) {
    if (!'│┆┤'.includes(at(g, y, left)) || !'│┆├'.includes(at(g, y, right))) {
      problems.push(`line ${y + 1}: the box "${title}" has a broken side`);
      return null;
    }
    const row = y - top - 1;
    const mark = at(g, y, left + 1) === '▸';
    const text = g[y]!.slice(left + 2, right - 1).join('').trim();
    let m: RegExpExecArray | null;
    const last = ifaces[ifaces.length - 1];
    if ((m = IFACE_ROW.exec(text))) ifaces.push({ row, symbol: m[1]!, name: m[2]!, tag: m[3] ?? '', changed: mark, addrs: [], labels: [] });
    else if ((m = LABEL_ROW.exec(text)) && last) last.labels.push(m[1]!);
    else if (ADDR_ROW.test(text) && last) last.addrs.push(text);
    else if (/^\(.*\)$/.test(text) && ifaces.length === 0) notes.push(text);
    else problems.push(`line ${y + 1}: a row of the box "${title}" reads as nothing known: ${JSON.stringify(text)}`);
  }
  if (at(g, y, left) !== '└' || at(g, y, right) !== '┘') {
    problems.push(`the box "${title}" has no bottom`);
    return null;
  }
  return { title, changed, ghost, left, right, top, bottom: y, ifaces, notes };
}

/** The interface on the row of a border cell. */
function endAt(boxes: readonly PicBox[], y: number, x: number, problems: string[]): PicEnd | null {
  const b = boxes.find((k) => (k.left === x || k.right === x) && k.top < y && y < k.bottom);
  const iface = b?.ifaces.find((i) => i.row === y - b.top - 1);
  if (!b || !iface) {
    problems.push(`line ${y + 1}, column ${x + 1}: a connector touches no interface`);
    return null;
  }
  return { box: b.title, ifname: iface.name };
}

/** Follows a connector from a border, through runs, corners and crossings, to the border where it ends. */
function follow(g: string[][], boxes: readonly PicBox[], x0: number, y0: number, dir0: Dir, problems: string[]): PicEnd | null {
  let [x, y, dir] = [x0, y0, dir0];
  for (let steps = 0; steps < 100_000; steps++) {
    x += STEP[dir][0];
    y += STEP[dir][1];
    const c = at(g, y, x);
    if ((c === '┤' && dir === 'right') || (c === '├' && dir === 'left')) return endAt(boxes, y, x, problems);
    if (c === '┼') continue;
    const exits = (JOINS[c] ?? []).filter((d) => d !== OPPOSITE[dir]);
    if (!JOINS[c]?.includes(OPPOSITE[dir]) || exits.length !== 1) {
      problems.push(`line ${y0 + 1}, column ${x0 + 1}: a connector breaks off at line ${y + 1}, column ${x + 1} (${JSON.stringify(c)})`);
      return null;
    }
    dir = exits[0]!;
  }
  problems.push(`line ${y0 + 1}, column ${x0 + 1}: a connector never ends`);
  return null;
}
