/** A bar of `done` out of `total`, `width` cells wide: ▕███░░░░▏. */
import { Text } from 'ink';

export type ProgressBarProps = {
  readonly done: number;
  readonly total: number;
  /** Cells between the end marks. @default 10 */
  readonly width?: number;
  /** @default true */
  readonly color?: boolean;
};

/** How many of `width` cells are filled. Pure. */
export function filledCells(done: number, total: number, width: number): number {
  if (total <= 0) return width;
  return Math.max(0, Math.min(width, Math.round((done / total) * width)));
}

export function ProgressBar({ done, total, width = 10, color = true }: ProgressBarProps) {
  const filled = filledCells(done, total, width);
  return (
    <Text>
      ▕<Text color={color ? 'green' : undefined}>{'█'.repeat(filled)}</Text>
      <Text dimColor>{'░'.repeat(width - filled)}</Text>▏
    </Text>
  );
}
