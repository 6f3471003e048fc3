/** The session's state as React state: re-renders on every change the driver publishes. */
import { useCallback, useSyncExternalStore } from 'react';
import type { Action, SessionState } from '../session/model.ts';

/** What the views need of a SessionDriver (a fake will do in tests). */
export type SessionLike = {
  readonly state: SessionState;
  subscribe(fn: (s: SessionState) => void): () => unknown;
  dispatch(a: Action): void;
};

/** The state of `session`, or null when there is none (the picker is up). */
export function useSession(session: SessionLike | null): SessionState | null {
  const subscribe = useCallback((onChange: () => void) => {
    const off = session?.subscribe(onChange);
    return () => { off?.(); };
  }, [session]);
  return useSyncExternalStore(subscribe, () => session?.state ?? null);
}
