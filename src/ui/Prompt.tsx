/** The prompt line: `$ `, the text with its cursor, and Tab's choices above it when there are several. */
import { Box, Text } from 'ink';
import type { Lang } from '../i18n/lang.ts';
import { messages } from '../i18n/messages.ts';
import type { Line } from './line-edit.ts';
import type { PromptModel } from './use-prompt.ts';

export type PromptProps = {
  readonly prompt: PromptModel;
  readonly lang: Lang;
  /** A command is running: lines typed now wait their turn. */
  readonly busy: boolean;
  readonly width: number;
  readonly color: boolean;
  /** What the empty prompt says instead of "Type a command, or /help" (a question waiting for its answer). */
  readonly placeholder?: string;
};

/** The text with an inverse cell at the cursor, or the placeholder when empty. */
function LineText({ line, focus, placeholder }: { readonly line: Line; readonly focus: boolean; readonly placeholder: string }) {
  if (line.text === '') {
    if (!focus) return <Text dimColor>{placeholder}</Text>;
    return <Text><Text inverse>{placeholder[0] ?? ' '}</Text><Text dimColor>{placeholder.slice(1)}</Text></Text>;
  }
  if (!focus) return <Text>{line.text}</Text>;
  const { text, cursor } = line;
  return (
    <Text>
      {text.slice(0, cursor)}
      <Text inverse>{text[cursor] ?? ' '}</Text>
      {text.slice(cursor + 1)}
    </Text>
  );
}

export function Prompt({ prompt, lang, busy, width, color, placeholder }: PromptProps) {
  const m = messages(lang);
  return (
    <Box flexDirection="column" width={width}>
      {prompt.candidates.length > 0 && <Text dimColor wrap="truncate-end">{prompt.candidates.join('  ')}</Text>}
      <Box>
        <Text color={color ? (busy ? 'gray' : 'green') : undefined} bold={!busy}>{m.prompt}</Text>
        <Box flexGrow={1} flexShrink={1}>
          <LineText line={prompt.line} focus={prompt.focus} placeholder={busy ? '' : placeholder ?? m.promptHint} />
        </Box>
      </Box>
    </Box>
  );
}
