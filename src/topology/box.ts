/**
 * Box building: what goes inside the box of one namespace, row by row, and
 * how wide it would like to be. Bridge ports hang under their bridge as a tree.
 */
import type { Addr, Link, Netns } from '../model/snapshot.ts';
import { clean, textWidth } from './text.ts';
import type { Style } from './types.ts';

/** Kinds not worth naming in the picture: a loopback is `lo`, a plain device is just a device. */
const PLAIN_KINDS = new Set(['loopback', 'ether', '']);

/** The symbols of the three states; each reads without colour. */
export const SYMBOLS = { up: '●', nocarrier: '◐', down: '○', unknown: '?', peer: '⇄' } as const;

/** One row inside a box. */
export type BoxRow = {
  /** `iface` (state, name, kind), `addr` (one address), `label` (a peer named in words), `note`. */
  readonly kind: 'iface' | 'addr' | 'label' | 'note';
  /** Tree drawing in front (bridge ports), e.g. `├ `; '' at the top level. */
  readonly prefix: string;
  /** The state symbol of an interface row, `⇄` before a label, else ''. */
  readonly symbol: string;
  /** The symbol's style: `up`, `nocarrier`, `down`, `dim`. */
  readonly symbolStyle: Style;
  /** The interface name, address, label or note (already cleaned). */
  readonly text: string;
  /** The text's style. */
  readonly textStyle: Style;
  /** Interface kind shown at the right edge, or ''. */
  readonly tag: string;
  /** This row is what just changed: marked with `▸`. */
  readonly changed: boolean;
  /** For an interface row, its interface name (where a connector attaches). */
  readonly port: string | null;
};

/** The content of one box, before it is placed. */
export type Box = {
  /** Box key: the namespace name, or a ghost key. */
  readonly key: string;
  /** Title in the top border (cleaned). */
  readonly title: string;
  /** The namespace itself just appeared. */
  readonly changed: boolean;
  /** Drawn dashed and dim: the namespace is not one the lab can name. */
  readonly ghost: boolean;
  /** Its content, top to bottom. */
  readonly rows: readonly BoxRow[];
  /** The inner width (between the padding) that shows everything uncut. */
  readonly natural: number;
  /** Row index of each interface row, by interface name. */
  readonly portRow: ReadonlyMap<string, number>;
};

/** An interface's state: up and running, up without carrier, or down. */
export function linkState(l: Link): 'up' | 'nocarrier' | 'down' {
  if (!l.up) return 'down';
  return l.operstate === 'UP' || l.operstate === 'UNKNOWN' ? 'up' : 'nocarrier';
}

function isLinkLocal6(a: Addr): boolean {
  return a.family === 'inet6' && (a.scope === 'link' || /^fe[89ab]/i.test(a.local));
}

/** The addresses the picture shows: all but IPv6 link-local ones, unless those are all there is. */
export function shownAddrs(l: Link): readonly Addr[] {
  const rest = l.addrs.filter((a) => !isLinkLocal6(a));
  return rest.length > 0 ? rest : l.addrs;
}

/** The kind shown next to an interface's name, or ''. */
export function shownKind(l: Link): string {
  return PLAIN_KINDS.has(l.kind) ? '' : clean(l.kind);
}

/** The inner width a row needs to show everything. */
export function rowNatural(r: BoxRow): number {
  const sym = r.symbol ? textWidth(r.symbol) + 1 : 0;
  const body = sym + textWidth(r.text) + (r.tag ? 2 + textWidth(r.tag) : 0);
  return textWidth(r.prefix) + body;
}

function ifaceRow(l: Link, prefix: string, changed: boolean): BoxRow {
  const state = linkState(l);
  return {
    kind: 'iface', prefix, symbol: SYMBOLS[state], symbolStyle: state,
    text: clean(l.name), textStyle: changed ? 'changed' : 'plain', tag: shownKind(l), changed, port: l.name,
  };
}

function textRow(kind: 'addr' | 'label' | 'note', prefix: string, text: string, style: Style): BoxRow {
  return { kind, prefix, symbol: '', symbolStyle: 'plain', text: clean(text), textStyle: style, tag: '', changed: false, port: null };
}

/** What a namespace box needs to know beyond the namespace itself. */
export type BoxContext = {
  /** Box key. */
  readonly key: string;
  /** Title to show. */
  readonly title: string;
  /** Keys of what just changed. */
  readonly changed: ReadonlySet<string>;
  /** Peer labels (`ns1/veth1-peer`, shown after `⇄`) for veth ends whose connector is not drawn, by interface name. */
  readonly labels: ReadonlyMap<string, string>;
  /** Shown when the namespace has no interfaces. */
  readonly empty: string;
};

/** The box of one namespace: every interface with its state, kind and addresses; bridge ports under their bridge. */
export function buildNsBox(ns: Netns, ctx: BoxContext): Box {
  const byName = new Map(ns.links.map((l) => [l.name, l]));
  const masterOf = (l: Link): Link | null => {
    const m = l.master !== null ? byName.get(l.master) : undefined;
    return m && m !== l ? m : null;
  };
  // One level of tree: a port hangs under its master only when the master is itself at the top.
  const isTop = (l: Link): boolean => {
    const m = masterOf(l);
    return m === null || masterOf(m) !== null;
  };
  const rows: BoxRow[] = [];
  const portRow = new Map<string, number>();
  const addLink = (l: Link, head: string, cont: string): void => {
    const changed = ctx.changed.has(`link:${ns.name}/${l.name}`);
    portRow.set(l.name, rows.length);
    rows.push(ifaceRow(l, head, changed));
    const label = ctx.labels.get(l.name);
    if (label !== undefined) rows.push({ ...textRow('label', cont, label, 'dim'), symbol: SYMBOLS.peer, symbolStyle: 'link' });
    for (const a of shownAddrs(l)) rows.push(textRow('addr', cont, a.cidr, 'addr'));
  };
  for (const l of ns.links) {
    if (!isTop(l)) continue;
    const ports = ns.links.filter((p) => masterOf(p) === l && !isTop(p));
    addLink(l, '', ports.length > 0 ? '│ ' : '  ');
    ports.forEach((p, i) => {
      const last = i === ports.length - 1;
      addLink(p, last ? '└ ' : '├ ', last ? '    ' : '│   ');
    });
  }
  if (rows.length === 0) rows.push(textRow('note', '', ctx.empty, 'dim'));
  return finish(ctx.key, ctx.title, ctx.changed.has(`ns:${ns.name}`), false, rows, portRow);
}

/** The box of peers in a namespace the picture cannot show: names only, state unknown. */
export function buildGhostBox(key: string, title: string, ifnames: readonly string[]): Box {
  const rows: BoxRow[] = [];
  const portRow = new Map<string, number>();
  for (const name of ifnames) {
    portRow.set(name, rows.length);
    rows.push({
      kind: 'iface', prefix: '', symbol: SYMBOLS.unknown, symbolStyle: 'dim',
      text: clean(name), textStyle: 'dim', tag: 'veth', changed: false, port: name,
    });
  }
  return finish(key, title, false, true, rows, portRow);
}

function finish(key: string, title: string, changed: boolean, ghost: boolean, rows: BoxRow[], portRow: Map<string, number>): Box {
  const t = clean(title);
  let natural = textWidth(t) + 2;
  for (const r of rows) natural = Math.max(natural, rowNatural(r));
  return { key, title: t, changed, ghost, rows, natural, portRow };
}

/** Box width for an inner width: borders and one column of padding each side. */
export function boxWidth(inner: number): number {
  return inner + 4;
}

/** Box height: its rows and the two borders. */
export function boxHeight(b: Box): number {
  return b.rows.length + 2;
}
