/**
 * The transcript as Ink <Static> items: each entry is written once, through
 * entryText (the same words plain mode prints), and never drawn again, so a
 * ping running for minutes does not make the screen flicker. Ink keeps a
 * single <Static> node, so this stays mounted for the life of the shell and
 * its items only ever grow, across lessons.
 */
import { Box, Static, Text } from 'ink';
import type { Lang } from '../i18n/lang.ts';
import { itemText, type Notice, type TranscriptItem } from './transcript-text.ts';

export type { Notice, TranscriptItem };
export { itemText };

export type TranscriptProps = {
  readonly items: readonly TranscriptItem[];
  readonly width: number;
  readonly lang: Lang;
  readonly color: boolean;
};

export function Transcript({ items, width, lang, color }: TranscriptProps) {
  return (
    <Static items={items as TranscriptItem[]}>
      {(item, i) => (
        <Box key={i} width={width}>
          <Text>{itemText(item, { lang, color, width })}</Text>
        </Box>
      )}
    </Static>
  );
}
