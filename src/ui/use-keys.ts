/**
 * One keyboard listener for the whole shell, routing each key to the screen
 * that holds it. Ink's useInput subscribes in an effect that runs after the
 * frame is drawn, so a screen that has just appeared (the lesson after the
 * picker, say) would miss keys typed at once; here the screen takes the
 * keyboard while React commits it, before any further key can arrive.
 */
import { useInput, useStdin, type Key } from 'ink';
import { createContext, useContext, useLayoutEffect, useRef, type MutableRefObject } from 'react';

export type KeyHandler = (input: string, key: Key) => void;
type Slot = MutableRefObject<KeyHandler | null>;

export const KeysContext = createContext<Slot | null>(null);

/** The shell's listener: keys go to the screen holding the keyboard, else to `fallback`. Returns the slot to provide. */
export function useKeyRouter(fallback: KeyHandler): Slot {
  const slot = useRef<KeyHandler | null>(null);
  const { isRawModeSupported } = useStdin();
  useInput((input, key) => (slot.current ?? fallback)(input, key), { isActive: isRawModeSupported });
  return slot;
}

/** Takes the keyboard while mounted and `active`; the latest handler is always the one called. */
export function useKeys(handler: KeyHandler, active = true): void {
  const slot = useContext(KeysContext);
  if (!slot) throw new Error('useKeys needs a KeysContext provider (the shell’s App)');
  useLayoutEffect(() => {
    if (!active) return;
    slot.current = handler;
    return () => { if (slot.current === handler) slot.current = null; };
  });
}
