/** The lesson's title, a progress bar and "step i of n", one line above the prompt. */
import { Box, Text } from 'ink';
import { messages } from '../i18n/messages.ts';
import type { SessionState } from '../session/model.ts';
import { ProgressBar } from './ProgressBar.tsx';

export type HeaderProps = { readonly state: SessionState; readonly width: number; readonly color: boolean };

/** Steps passed or skipped. Pure. */
export function stepsDone(state: SessionState): number {
  return state.steps.filter((r) => r.done || r.skipped).length;
}

export function Header({ state, width, color }: HeaderProps) {
  const m = messages(state.lang);
  const n = state.lesson.steps.length;
  const where = state.status === 'complete' || state.stepIndex >= n ? `✓ ${m.lessonDone}` : m.stepOf(state.stepIndex + 1, n);
  const bar = width >= 70 ? 16 : 10;
  return (
    <Box width={width}>
      <Box flexGrow={1} flexShrink={1}>
        <Text bold color={color ? 'cyan' : undefined} wrap="truncate-end">{state.lesson.title}</Text>
      </Box>
      <Box flexShrink={0} marginLeft={1}>
        <ProgressBar done={stepsDone(state)} total={n} width={bar} color={color} />
        <Text> {where}</Text>
      </Box>
    </Box>
  );
}
