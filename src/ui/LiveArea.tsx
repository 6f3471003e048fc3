/** The unfinished output line, the running indicator and the lines waiting in the queue. */
import { Box, Text } from 'ink';
import { messages } from '../i18n/messages.ts';
import { visibleOutput } from '../render/entry-text.ts';
import type { SessionState } from '../session/model.ts';
import type { Running } from './use-running.ts';

export type LiveAreaProps = {
  readonly state: SessionState;
  /** The running indicator, kept by the lesson's view: this area is drawn anew when the layout changes (a resize), the clock must not be. */
  readonly run: Running;
  readonly width: number;
  readonly color: boolean;
};

/** The words beside the spinner. Pure. */
export function busyLabel(state: SessionState, seconds: number): string {
  const m = messages(state.lang);
  if (state.status === 'running') return `${state.running ?? ''} · ${m.runningFor(seconds)}`;
  if (state.status === 'checking') return m.checking;
  return m.preparing;
}

export function LiveArea({ state, run, width, color }: LiveAreaProps) {
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
