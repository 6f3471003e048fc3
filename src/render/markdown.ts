/**
 * Lesson Markdown for the terminal, with marked + marked-terminal. Adds the
 * renderer fix for bold and code inside list items (marked-terminal #304,
 * #371) and strips colour when colour is off.
 */
import { Marked } from 'marked';
import { markedTerminal } from 'marked-terminal';

const cache = new Map<number, Marked>();

function instance(width: number): Marked {
  let m = cache.get(width);
  if (!m) {
    m = new Marked();
    m.use(markedTerminal({ width, reflowText: true, showSectionPrefix: false, tab: 2 }) as never);
    m.use({
      renderer: {
        text(this: { parser: { parseInline(t: unknown): string } }, token: { tokens?: unknown }) {
          return token?.tokens ? this.parser.parseInline(token.tokens) : false;
        },
      } as never,
    });
    cache.set(width, m);
  }
  return m;
}

/** Removes ANSI escape sequences. */
export function stripAnsi(s: string): string {
  return s.replace(/\x1b\[[0-9;?]*[ -/]*[@-~]/g, '').replace(/\x1b\][^\x07]*\x07/g, '');
}

export function renderMarkdown(md: string, opts: { width: number; color: boolean }): string {
  if (!md.trim()) return '';
  let out: string;
  try {
    out = instance(Math.max(20, opts.width)).parse(md, { async: false }) as string;
  } catch {
    out = md;
  }
  out = out.replace(/\n{3,}/g, '\n\n').replace(/\s+$/, '');
  return opts.color ? out : stripAnsi(out);
}
