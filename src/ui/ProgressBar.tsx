/** A bar of `done` out of `total`, `width` cells wide: ▕███░░░░▏. */
import { Text } from 'ink';
import { filledCells } from './header-text.ts';

export type ProgressBarProps = {
  readonly done: number;
  readonly total: number;
  /** Cells between the end marks. @default 10 */
  readonly width?: number;
  /** @default true */
  readonly color?: boolean;
};

export { filledCells };

export function ProgressBar({ done, total, width = 10, color = true }: ProgressBarProps) {
  const filled = filledCells(done, total, width);
  return (
    <Text>
      ▕<Text color={color ? 'green' : undefined}>{'█'.repeat(filled)}</Text>
      <Text dimColor>{'░'.repeat(width - filled)}</Text>▏
    </Text>
  );
}
