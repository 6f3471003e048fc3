/**
 * Reading a piece of YAML (the front matter, a `step` or `predict` block) with
 * the place of every key and value in the lesson file, so that each mistake
 * is reported at its own line and column. Pure.
 */
import { LineCounter, parseDocument, isMap, isScalar, isSeq, type Node as YamlNode } from 'yaml';
import type { Pos } from './model.ts';

/** A place in the YAML text (an offset) → a place in the lesson file. */
export type At = (offset: number) => Pos;

export type YamlText = {
  /** The document's top node, or null when it is empty. */
  readonly contents: YamlNode | null;
  readonly at: At;
  /** The YAML reader's own errors, each with the first line of its message. */
  readonly errors: readonly { readonly pos: Pos; readonly message: string }[];
  /** The text as given, to quote what an author wrote. */
  readonly source: string;
};

/** Reads YAML whose first line is line `firstLine` of the file (columns are the file's: the text keeps its indentation). */
export function readYaml(source: string, firstLine: number): YamlText {
  const counter = new LineCounter();
  const doc = parseDocument(source, { lineCounter: counter, prettyErrors: false, uniqueKeys: true });
  const at: At = (offset) => { const p = counter.linePos(offset); return { line: p.line + firstLine - 1, col: p.col }; };
  const errors = doc.errors.map((e) => ({ pos: at(e.pos[0]), message: e.message.split('\n')[0]! }));
  return { contents: (doc.contents as YamlNode | null) ?? null, at, errors, source };
}

/** A key of a mapping with where it and its value are (the value's place is the key's when the value is empty). */
export type MapEntry = { readonly key: string; readonly keyPos: Pos; readonly value: YamlNode | null; readonly valuePos: Pos };

/** Where a node starts, or `fallback`. */
export function posOf(node: unknown, at: At, fallback: Pos): Pos {
  const range = (node as YamlNode | null)?.range;
  return range ? at(range[0]) : fallback;
}

/** The entries of a mapping node, in order. */
export function entriesOf(node: YamlNode, at: At, fallback: Pos): MapEntry[] {
  if (!isMap(node)) return [];
  return node.items.map((item) => {
    const key = isScalar(item.key) ? String(item.key.value) : String(item.key);
    const keyPos = posOf(item.key, at, fallback);
    const value = (item.value as YamlNode | null) ?? null;
    const empty = value === null || (isScalar(value) && (value.value === null || value.value === undefined) && value.range?.[0] === value.range?.[1]);
    return { key, keyPos, value, valuePos: empty ? keyPos : posOf(value, at, keyPos) };
  });
}

export { isMap, isScalar, isSeq };

/** The scalar value of a node (null for an empty one); undefined for a list or a mapping. */
export function scalarOf(node: YamlNode | null): unknown {
  if (node === null) return null;
  return isScalar(node) ? node.value : undefined;
}

/** A scalar as text (a number is its digits); null when it is empty, a list, a mapping or a boolean. */
export function textOf(node: YamlNode | null): string | null {
  const v = scalarOf(node);
  if (typeof v === 'string') return v.trim() === '' ? null : v;
  if (typeof v === 'number') return String(v);
  return null;
}

/** A scalar as a whole number, or null. */
export function wholeOf(node: YamlNode | null): number | null {
  const v = scalarOf(node);
  return typeof v === 'number' && Number.isSafeInteger(v) ? v : null;
}

/** What the author wrote for a node, as they wrote it (cut when long), to quote in a message; '' when empty. */
export function given(node: YamlNode | null, y: Pick<YamlText, 'source'>): string {
  const range = node?.range;
  if (!range) return '';
  const text = y.source.slice(range[0], range[1]).trim().replace(/\s+/g, ' ');
  return text.length > 40 ? `${text.slice(0, 39)}…` : text;
}
