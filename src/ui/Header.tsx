/** The lesson's title, a progress bar and "step i of n", one line above the prompt. */
import { Box, Text } from 'ink';
import type { SessionState } from '../session/model.ts';
import { barCells, headerWhere, stepsDone } from './header-text.ts';
import { ProgressBar } from './ProgressBar.tsx';

export { stepsDone };

export type HeaderProps = { readonly state: SessionState; readonly width: number; readonly color: boolean };

export function Header({ state, width, color }: HeaderProps) {
  const n = state.lesson.steps.length;
  const where = headerWhere(state);
  const bar = barCells(width);
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
