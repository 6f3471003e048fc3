/**
 * Editing one line at the prompt: insert (a paste is one long insert), move
 * the cursor, delete, and the readline keys Ctrl-A/E/U/K/W. Pure: the hook
 * that feeds it keys keeps the line in a ref, so keys read in one go never
 * see a stale line.
 */

export type Line = {
  readonly text: string;
  /** Where the next character goes, 0…text.length. */
  readonly cursor: number;
};

/** The keys that matter here, as Ink's useInput reports them. */
export type EditKey = {
  readonly leftArrow?: boolean;
  readonly rightArrow?: boolean;
  readonly upArrow?: boolean;
  readonly downArrow?: boolean;
  readonly home?: boolean;
  readonly end?: boolean;
  readonly backspace?: boolean;
  readonly delete?: boolean;
  readonly ctrl?: boolean;
  readonly meta?: boolean;
  readonly escape?: boolean;
  readonly return?: boolean;
  readonly tab?: boolean;
  readonly pageUp?: boolean;
  readonly pageDown?: boolean;
};

export const EMPTY_LINE: Line = { text: '', cursor: 0 };

/** A line with the cursor at its end. */
export const lineOf = (text: string): Line => ({ text, cursor: text.length });

/** Where the word before `at` begins (what Ctrl-W and Alt-← stop at). */
function wordStart(text: string, at: number): number {
  let i = at;
  while (i > 0 && text[i - 1] === ' ') i--;
  while (i > 0 && text[i - 1] !== ' ') i--;
  return i;
}

function wordEnd(text: string, at: number): number {
  let i = at;
  while (i < text.length && text[i] === ' ') i++;
  while (i < text.length && text[i] !== ' ') i++;
  return i;
}

const cut = (l: Line, from: number, to: number): Line => ({ text: l.text.slice(0, from) + l.text.slice(to), cursor: from });

/** The line after one key, or null when the key is not an editing key (Enter, ↑/↓, Tab, Esc, other control keys). */
export function editLine(l: Line, input: string, key: EditKey): Line | null {
  const { text, cursor } = l;
  if (key.return || key.tab || key.upArrow || key.downArrow || key.escape || key.pageUp || key.pageDown) return null;
  if (key.leftArrow) return { text, cursor: key.ctrl || key.meta ? wordStart(text, cursor) : Math.max(0, cursor - 1) };
  if (key.rightArrow) return { text, cursor: key.ctrl || key.meta ? wordEnd(text, cursor) : Math.min(text.length, cursor + 1) };
  if (key.home) return { text, cursor: 0 };
  if (key.end) return { text, cursor: text.length };
  // Terminals send DEL (0x7f) for the Backspace key, which Ink names "delete".
  if (key.backspace || key.delete) return key.meta ? cut(l, wordStart(text, cursor), cursor) : cursor > 0 ? cut(l, cursor - 1, cursor) : l;
  if (key.ctrl) {
    switch (input) {
      case 'a': return { text, cursor: 0 };
      case 'e': return { text, cursor: text.length };
      case 'b': return { text, cursor: Math.max(0, cursor - 1) };
      case 'f': return { text, cursor: Math.min(text.length, cursor + 1) };
      case 'u': return cut(l, 0, cursor);
      case 'k': return cut(l, cursor, text.length);
      case 'w': return cut(l, wordStart(text, cursor), cursor);
      case 'd': return cut(l, cursor, Math.min(text.length, cursor + 1));
      default: return null;
    }
  }
  if (key.meta) return null;
  // Tabs in a paste are spaces; other control characters are dropped. Line ends stay: the hook runs them.
  const clean = input.replace(/\t/g, ' ').replace(/[\x00-\x09\x0b\x0c\x0e-\x1f\x7f]/g, '');
  if (clean === '') return l;
  return { text: text.slice(0, cursor) + clean + text.slice(cursor), cursor: cursor + clean.length };
}
