/** The live topology panel: the lab's picture, one Ink line per layout line, coloured by style. */
import { Box, Text } from 'ink';
import { useMemo } from 'react';
import type { Lang } from '../i18n/lang.ts';
import type { Snapshot } from '../model/snapshot.ts';
import { layoutTopology } from '../topology/layout.ts';
import { LOOKS } from '../topology/types.ts';

export type TopologyProps = {
  /** The lab as the probe last read it. */
  readonly snapshot: Snapshot;
  /** Columns the panel may use. */
  readonly width: number;
  /** Keys of what the last command changed, highlighted in this drawing. @default none */
  readonly changed?: ReadonlySet<string>;
  /** Language of the picture's words. @default 'en' */
  readonly lang?: Lang;
  /** A line explaining the symbols under the picture. @default true */
  readonly legend?: boolean;
  /** Colour by style; off for `--no-color` and NO_COLOR (the symbols still tell the state). @default true */
  readonly color?: boolean;
};

export function Topology({ snapshot, width, changed, lang, legend, color = true }: TopologyProps) {
  const lines = useMemo(() => layoutTopology(snapshot, width, { changed, lang, legend }), [snapshot, width, changed, lang, legend]);
  return (
    <Box flexDirection="column">
      {lines.map((line, i) => (
        <Text key={i} wrap="truncate">
          {line.length === 0
            ? ' '
            : line.map((s, j) => {
                const look = color ? LOOKS[s.style] : {};
                return <Text key={j} color={look.color} bold={look.bold} dimColor={look.dim}>{s.text}</Text>;
              })}
        </Text>
      ))}
    </Box>
  );
}
