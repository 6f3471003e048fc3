/** Terminal escape sequences: text without them, and text from outside made safe to print. Pure. */

/** The text without escape sequences (colours, cursor moves, hyperlinks), as Ink strips them: strip-ansi. */
export { default as stripAnsi } from 'strip-ansi';

/**
 * Escape sequences as a terminal reads them, 7-bit and 8-bit: CSI (`ESC [` …
 * final byte), OSC, DCS, SOS, PM and APC strings (to BEL or ST; when
 * unterminated, up to the next control character), and the short `ESC x` forms.
 */
const SEQUENCE = new RegExp([
  '(?:\\x1b\\[|\\x9b)[0-?]*[ -/]*[@-~]?',
  '(?:\\x1b[\\]PX^_]|[\\x90\\x98\\x9d-\\x9f])[^\\x00-\\x1f\\x7f-\\x9f]*(?:\\x07|\\x1b\\\\|\\x9c)?',
  '\\x1b[ -/]*[0-~]?',
].join('|'), 'g');

/** Control characters other than newline and tab: C0, DEL and C1. */
const CONTROL = /[\x00-\x08\x0b-\x1f\x7f-\x9f]/g;

/**
 * Text from outside the tutor (a lesson file, a progress file, stdin, a
 * command line) made safe to print: escape sequences and control characters
 * removed, so it can neither set a window title, clear the screen, move the
 * cursor nor ring the bell. Newlines and tabs stay (CRLF becomes a newline).
 */
export function safeText(s: string): string {
  if (!/[\x00-\x08\x0b-\x1f\x7f-\x9f]/.test(s)) return s;
  return s.replace(/\r\n/g, '\n').replace(SEQUENCE, '').replace(CONTROL, '');
}

/** `safeText` for one line (a name, a title, a table cell): newlines and tabs become spaces too. */
export function safeLine(s: string): string {
  return safeText(s).replace(/[\n\t]/g, ' ');
}

/** An SGR sequence: colours and bold/dim, nothing that moves the cursor or talks to the terminal. */
const SGR = /(\x1b\[[0-9;]*m)/;

/** Text the tutor styled itself, made safe: its colour (SGR) sequences kept, every other escape and control removed. */
export function safeStyled(s: string): string {
  if (!/[\x00-\x08\x0b-\x1f\x7f-\x9f]/.test(s)) return s;
  return s.split(SGR).map((part, i) => (i % 2 === 1 ? part : safeText(part))).join('');
}
