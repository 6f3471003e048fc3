/**
 * The transcript as Ink <Static> items: each entry is written once, through
 * entryText (the same words plain mode prints), and never drawn again, so a
 * ping running for minutes does not make the screen flicker. Ink keeps a
 * single <Static> node, so this stays mounted for the life of the shell and
 * its items only ever grow, across lessons.
 */
import { Box, Static, Text } from 'ink';
import type { Lang } from '../i18n/lang.ts';
import { entryText } from '../render/entry-text.ts';
import type { Entry } from '../session/model.ts';

/** A line the tutor says outside any lesson's transcript (host mode, a progress file moved aside). */
export type Notice = { readonly kind: 'notice'; readonly text: string };
export type TranscriptItem = Entry | Notice;

export type TranscriptProps = {
  readonly items: readonly TranscriptItem[];
  readonly width: number;
  readonly lang: Lang;
  readonly color: boolean;
};

/** The terminal text of one item. Pure. */
export function itemText(item: TranscriptItem, o: { lang: Lang; color: boolean; width: number }): string {
  if (item.kind === 'notice') return o.color ? `\x1b[33m${item.text}\x1b[0m` : item.text;
  // An empty line of output is still a line.
  return entryText(item, o) || ' ';
}

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
