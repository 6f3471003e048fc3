/** The terminal's size, updated when it is resized. */
import { useStdout } from 'ink';
import { useEffect, useRef, useState } from 'react';

export type TerminalSize = { readonly columns: number; readonly rows: number };

/** Used when the output is not a terminal (tests): a classic 80×24. */
const FALLBACK: TerminalSize = { columns: 80, rows: 24 };

/**
 * `onResize` is called with the size before and after, before the views are
 * laid out again: Ink has just drawn its frame at the new size, from the old
 * layout (its own resize handler runs first), and that frame is still the
 * one on screen.
 */
export function useTerminalSize(onResize?: (before: TerminalSize, after: TerminalSize) => void): TerminalSize {
  const { stdout } = useStdout();
  const read = (): TerminalSize => ({ columns: stdout.columns || FALLBACK.columns, rows: stdout.rows || FALLBACK.rows });
  const [size, setSize] = useState(read);
  const last = useRef(size);
  const latest = useRef(onResize);
  latest.current = onResize;
  useEffect(() => {
    const onResize = () => {
      const before = last.current;
      const now = read();
      if (now.columns === before.columns && now.rows === before.rows) return;
      last.current = now;
      latest.current?.(before, now);
      setSize(now);
    };
    stdout.on('resize', onResize);
    onResize();
    return () => { stdout.off('resize', onResize); };
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [stdout]);
  return size;
}
