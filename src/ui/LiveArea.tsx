/** The unfinished output line, the running indicator and the lines waiting in the queue. */
import { Box, Text } from 'ink';
import { messages } from '../i18n/messages.ts';
import { visibleOutput } from '../render/entry-text.ts';
import type { SessionState } from '../session/model.ts';
import { useRunning } from './use-running.ts';

export type LiveAreaProps = { readonly state: SessionState; readonly width: number; readonly color: boolean };

/** The words beside the spinner. Pure. */
export function busyLabel(state: SessionState, seconds: number): string {
  const m = messages(state.lang);
  if (state.status === 'running') return `${state.running ?? ''} · ${m.runningFor(seconds)}`;
  if (state.status === 'checking') return m.checking;
  return m.preparing;
}

export function LiveArea({ state, width, color }: LiveAreaProps) {
  const run = useRunning(state);
  const m = messages(state.lang);
  return (
    <Box flexDirection="column" width={width}>
      {state.live !== '' && <Text wrap="truncate-end">{visibleOutput(state.live).replace(/\t/g, '  ')}</Text>}
      {run.busy && (
        <Text wrap="truncate-end">
          <Text color={color ? 'cyan' : undefined}>{run.frame}</Text> <Text dimColor>{busyLabel(state, run.seconds)}</Text>
        </Text>
      )}
      {state.queue.length > 0 && <Text dimColor wrap="truncate-end">{m.queued(state.queue.length)}</Text>}
    </Box>
  );
}
