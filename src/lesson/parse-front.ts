/**
 * The front matter's lists of mappings: `recap:` (the commands a lesson
 * taught) and `services:` (servers the lab runs for the lesson), each read
 * with the place of every mistake. Pure.
 */
import type { LintWords } from '../i18n/en/lint.ts';
import type { Pos, RecapItem, Service } from './model.ts';
import { entriesOf, given, isMap, isSeq, posOf, textOf, wholeOf, type MapEntry, type YamlText } from './yaml-read.ts';

type Report = (p: Pos, message: string) => void;
type Node = YamlText['contents'];

export const RECAP_KEYS = ['command', 'meaning'] as const;
export const SERVICE_KEYS = ['name', 'in', 'http', 'from'] as const;
const SERVICE_NEEDS = ['name', 'in', 'http'] as const;
/** A service's name, like a lesson id. */
const SERVICE_NAME = /^[a-z0-9-]+$/;

/** Each entry of a list of mappings, or null (reported) when it is not a list; entries that are not mappings are reported and left out. */
function mappings(key: string, keys: readonly string[], node: Node, valuePos: Pos, y: Pick<YamlText, 'at'>, err: Report, say: LintWords): { n: number; at: Pos; entries: MapEntry[] }[] | null {
  if (!isSeq(node)) { err(valuePos, say.notList(key, keys)); return null; }
  const out: { n: number; at: Pos; entries: MapEntry[] }[] = [];
  node.items.forEach((item, i) => {
    const at = posOf(item, y.at, valuePos);
    if (!isMap(item)) { err(at, say.entryNotMap(key, i + 1, keys)); return; }
    const entries = entriesOf(item, y.at, at);
    for (const e of entries) if (!keys.includes(e.key)) err(e.keyPos, say.unknownKey(key, e.key, keys));
    out.push({ n: i + 1, at, entries: entries.filter((e) => keys.includes(e.key)) });
  });
  return out;
}

/** `recap:`; null when the front matter has none (the recap is then derived from the steps). */
export function readRecap(node: Node, valuePos: Pos, y: Pick<YamlText, 'at' | 'source'>, err: Report, say: LintWords): RecapItem[] | null {
  if (node === null) return null;
  const items = mappings('recap', RECAP_KEYS, node, valuePos, y, err, say);
  if (items === null) return null;
  const out: RecapItem[] = [];
  for (const { n, at, entries } of items) {
    const got: Partial<Record<(typeof RECAP_KEYS)[number], string>> = {};
    for (const e of entries) {
      const t = textOf(e.value);
      if (t === null) err(e.valuePos, say.notText(e.key, given(e.value, y)));
      else got[e.key as (typeof RECAP_KEYS)[number]] = t;
    }
    for (const key of RECAP_KEYS) if (!entries.some((e) => e.key === key)) err(at, say.entryMissingKey('recap', n, key));
    if (got.command !== undefined && got.meaning !== undefined) out.push({ command: got.command, meaning: got.meaning });
  }
  return out;
}

/** Namespace names are file names under /run/netns: 1–255 bytes, no `/`, quotes or space, not `.` or `..`. */
function isNetnsName(s: string): boolean {
  return !/[/"'\\\s]/.test(s) && s !== '.' && s !== '..' && new TextEncoder().encode(s).length <= 255;
}

/** `services:`, each entry checked; `steps`: how many steps the lesson has (for `from`). Entries with a mistake are left out. */
export function readServices(node: Node, valuePos: Pos, steps: number, y: Pick<YamlText, 'at' | 'source'>, err: Report, say: LintWords): Service[] {
  if (node === null) return [];
  const items = mappings('services', SERVICE_KEYS, node, valuePos, y, err, say);
  if (items === null) return [];
  const out: Service[] = [];
  const named = new Map<string, number>();
  for (const { n, at, entries } of items) {
    const before = { ok: true };
    const bad = (p: Pos, m: string) => { before.ok = false; err(p, m); };
    const s: { name?: string; in?: string; http?: number; from: number } = { from: 1 };
    for (const e of entries) {
      const shown = given(e.value, y);
      if (e.key === 'name') {
        const t = textOf(e.value);
        if (t === null) bad(e.valuePos, say.notText('name', shown));
        else if (!SERVICE_NAME.test(t)) bad(e.valuePos, say.serviceBadName(t));
        else if (named.has(t)) bad(e.valuePos, say.serviceDuplicate(t, named.get(t)!));
        else { s.name = t; named.set(t, e.valuePos.line); }
      } else if (e.key === 'in') {
        const t = textOf(e.value);
        if (t === null || !isNetnsName(t)) bad(e.valuePos, say.serviceBadNetns(shown));
        else s.in = t;
      } else if (e.key === 'http') {
        const p = wholeOf(e.value);
        if (p === null || p < 1 || p > 65535) bad(e.valuePos, say.serviceBadPort(shown));
        else s.http = p;
      } else {
        const f = wholeOf(e.value);
        if (f === null || f < 1 || f > Math.max(1, steps)) bad(e.valuePos, say.serviceBadFrom(shown, Math.max(1, steps)));
        else s.from = f;
      }
    }
    for (const key of SERVICE_NEEDS) if (!entries.some((e) => e.key === key)) bad(at, say.entryMissingKey('services', n, key));
    if (before.ok && s.name !== undefined && s.in !== undefined && s.http !== undefined) out.push({ name: s.name, in: s.in, http: s.http, from: s.from, line: at.line, col: at.col });
  }
  return out;
}
