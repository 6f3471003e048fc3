/** The picker's keys: ↑/↓ move (wrapping), Enter or a digit picks, Esc goes back when there is a lesson to go back to, q and Ctrl-C quit. */
import { useRef, useState } from 'react';
import { useKeys } from './use-keys.ts';

export type PickerKeys = {
  readonly count: number;
  readonly initial: number;
  readonly onPick: (index: number) => void;
  readonly onQuit: () => void;
  /** Absent when there is no lesson to go back to. */
  readonly onBack?: (() => void) | undefined;
};

export function usePicker({ count, initial, onPick, onQuit, onBack }: PickerKeys): number {
  const [selected, setSelected] = useState(initial);
  // Keys read in one go arrive before React re-renders: Enter must see the latest move.
  const at = useRef(initial);
  const move = (by: number) => { at.current = (at.current + by + count) % count; setSelected(at.current); };
  useKeys((input, key) => {
    if ((key.ctrl && input === 'c') || input === 'q') onQuit();
    else if (key.escape) onBack?.();
    else if (count === 0) return;
    else if (key.upArrow || input === 'k') move(-1);
    else if (key.downArrow || input === 'j') move(1);
    else if (key.return) onPick(at.current);
    else if (/^[1-9]$/.test(input) && Number(input) <= count) onPick(Number(input) - 1);
  });
  return selected;
}
