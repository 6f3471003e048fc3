/** The lesson picker: title, each lesson with its summary and progress, the keys. */
import { Box, Text } from 'ink';
import type { Lang } from '../i18n/lang.ts';
import { messages } from '../i18n/messages.ts';
import { firstSelected, type PickerRow } from './picker-rows.ts';
import { ProgressBar } from './ProgressBar.tsx';
import { usePicker } from './use-picker.ts';

export type PickerProps = {
  readonly rows: readonly PickerRow[];
  readonly lang: Lang;
  /** The lesson the cursor starts on. @default the first one not completed */
  readonly current?: string | null;
  readonly onPick: (id: string) => void;
  readonly onQuit: () => void;
  /** Back to the lesson that was open; absent when none was. */
  readonly onBack?: (() => void) | undefined;
  /** Lines shown above the title (host mode, a progress file moved aside, a lab error). @default none */
  readonly notices?: readonly string[];
  readonly width: number;
  /** @default true */
  readonly color?: boolean;
};

export function Picker({ rows, lang, current = null, onPick, onQuit, onBack, notices = [], width, color = true }: PickerProps) {
  const m = messages(lang);
  const selected = usePicker({
    count: rows.length,
    initial: firstSelected(rows, current),
    onPick: (i) => { const r = rows[i]; if (r) onPick(r.id); },
    onQuit,
    onBack,
  });
  return (
    <Box flexDirection="column" width={width}>
      {notices.map((n, i) => <Text key={i} color={color ? 'yellow' : undefined}>{n}</Text>)}
      <Text bold color={color ? 'cyan' : undefined}>{m.pickerTitle}</Text>
      <Text> </Text>
      {rows.length === 0 && <Text>{m.pickerEmpty}</Text>}
      {rows.map((r, i) => {
        const on = i === selected;
        return (
          <Box key={r.id} flexDirection="column" marginBottom={1}>
            <Box>
              <Text color={on && color ? 'green' : undefined} bold={on}>{on ? '❯ ' : '  '}{i + 1}. </Text>
              <Box flexGrow={1} flexShrink={1}>
                <Text bold={on} wrap="truncate-end">{r.title}</Text>
              </Box>
              <Box flexShrink={0} marginLeft={1}>
                <ProgressBar done={r.done} total={r.total} width={8} color={color} />
                <Text> {m.pickerSteps(r.done, r.total)}</Text>
                <Text color={color ? 'green' : undefined}>{r.completed ? ` ✓ ${m.pickerDone}` : ''}</Text>
              </Box>
            </Box>
            {r.summary !== '' && <Text dimColor wrap="truncate-end">{'     '}{r.summary}</Text>}
          </Box>
        );
      })}
      <Text dimColor>{onBack ? m.pickerHelpBack : m.pickerHelp}</Text>
    </Box>
  );
}
