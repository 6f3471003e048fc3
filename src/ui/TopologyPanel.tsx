/**
 * The live topology panel around <Topology>: a separator on its side or above
 * it, what the last command changed highlighted, its height capped so that it
 * never pushes the prompt off the screen.
 */
import { Box, Text } from 'ink';
import { useMemo } from 'react';
import type { Lang } from '../i18n/lang.ts';
import { messages } from '../i18n/messages.ts';
import type { Snapshot } from '../model/snapshot.ts';
import { changedKeys, layoutTopology } from '../topology/index.ts';
import type { ShellLayout } from './layout.ts';
import { Topology } from './Topology.tsx';

export type TopologyPanelProps = {
  readonly snapshot: Snapshot;
  /** The snapshot before the last command, to highlight what changed. */
  readonly previous: Snapshot | null;
  readonly layout: ShellLayout;
  readonly lang: Lang;
  readonly color: boolean;
};

export function TopologyPanel({ snapshot, previous, layout, lang, color }: TopologyPanelProps) {
  const changed = useMemo(() => (previous ? changedKeys(previous, snapshot) : undefined), [previous, snapshot]);
  const width = layout.panelWidth;
  // When the picture does not fit, the legend goes first; then the bottom is cut, and says so.
  const fit = useMemo(() => {
    const full = layoutTopology(snapshot, width, { changed, lang }).length;
    if (full <= layout.panelRows) return { total: full, legend: true };
    return { total: layoutTopology(snapshot, width, { changed, lang, legend: false }).length, legend: false };
  }, [snapshot, width, changed, lang, layout.panelRows]);
  const total = fit.total;
  const clipped = total > layout.panelRows;
  const shown = clipped ? Math.max(1, layout.panelRows - 1) : total;
  const side = layout.placement === 'side';
  return (
    <Box
      flexDirection="column"
      flexShrink={0}
      width={side ? width + 2 : width}
      borderStyle="single"
      borderDimColor
      borderTop={!side}
      borderLeft={side}
      borderRight={false}
      borderBottom={false}
      paddingLeft={side ? 1 : 0}
      marginLeft={side ? 1 : 0}
    >
      <Box flexDirection="column" height={shown} overflow="hidden">
        <Topology snapshot={snapshot} width={width} changed={changed} lang={lang} legend={fit.legend} color={color} />
      </Box>
      {clipped && <Text dimColor wrap="truncate-end">{messages(lang).topologyClipped(total - shown)}</Text>}
    </Box>
  );
}
