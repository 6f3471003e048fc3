/** What the running indicator shows: a spinner frame and the seconds the current command has run. */
import { useMemo } from 'react';
import type { SessionState } from '../session/model.ts';
import { SPINNER, useTicker } from './use-ticker.ts';

export type Running = { readonly busy: boolean; readonly frame: string; readonly seconds: number };

/** Whether the session is doing something the learner waits for. Pure. */
export function isBusy(state: SessionState): boolean {
  return state.status === 'running' || state.status === 'checking' || state.status === 'starting' || state.status === 'rebuilding';
}

export function useRunning(state: SessionState): Running {
  const busy = isBusy(state);
  const tick = useTicker(busy);
  // Every command passes through `checking`, so the clock restarts even when the same line runs twice.
  const since = useMemo(() => Date.now(), [state.status, state.running]);
  return { busy, frame: SPINNER[tick % SPINNER.length]!, seconds: Math.floor((Date.now() - since) / 1000) };
}
