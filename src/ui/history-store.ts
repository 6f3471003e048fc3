/** The prompt's history kept in the state directory (history.json), shared by sessions and capped. */
import { join } from 'node:path';
import { loadHistory, saveHistory, stateDir } from '../progress/store.ts';
import type { HistoryStore } from './use-prompt.ts';

export function fileHistory(path = join(stateDir(), 'history.json')): HistoryStore {
  return { load: () => loadHistory(path), save: (lines) => saveHistory(path, lines) };
}

/** History that lives only as long as the process (tests). */
export function memoryHistory(lines: readonly string[] = []): HistoryStore & { readonly lines: readonly string[] } {
  let kept = [...lines];
  return {
    get lines() { return kept; },
    load: () => kept,
    save: (l) => { kept = [...l]; },
  };
}
