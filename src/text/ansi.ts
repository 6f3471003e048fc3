/** Terminal escape sequences: what colour and cursor codes look like, and text without them. Pure. */

/** A CSI escape sequence (colours, cursor moves), e.g. `\x1b[31m`. */
export const CSI = /\x1b\[[0-9;?]*[ -/]*[@-~]/g;

/** The text without CSI sequences and OSC sequences (such as hyperlinks). */
export function stripAnsi(s: string): string {
  return s.replace(CSI, '').replace(/\x1b\][^\x07]*\x07/g, '');
}
