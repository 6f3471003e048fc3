/**
 * Where the topology panel goes and how wide the transcript is, from the
 * terminal's size: beside the transcript on a wide terminal, below the live
 * area on a narrower one, a one-line note on a narrow one. The panel never
 * takes the rows the live area and the prompt need. Pure.
 */

/** From this width the panel stands beside the transcript. */
export const WIDE_COLUMNS = 120;
/** Under this width the panel is replaced by a one-line note. */
export const NARROW_COLUMNS = 60;
/** Longer transcript lines are hard to read. */
export const MAX_TEXT_WIDTH = 100;
/** The panel's width beside the transcript: the article's three namespaces fit in one row. */
const SIDE_PANEL_MIN = 58;
const SIDE_PANEL_MAX = 80;
/** Rows kept for the live area, the header and the prompt (and a completion line). */
export const RESERVED_ROWS = 6;
/** Below the live area the panel has a rule line above it. */
const RULE_ROWS = 1;
/** Fewer rows than this and the panel says it does not fit instead. */
const MIN_PANEL_ROWS = 3;

export type Placement =
  /** Hidden with /topology, or no snapshot yet. */
  | 'off'
  | 'side'
  | 'below'
  /** Too narrow: a one-line note instead. */
  | 'narrow'
  /** Too short: a one-line note instead. */
  | 'short';

export type ShellLayout = {
  readonly placement: Placement;
  /** Columns for the transcript, the live area and the prompt. */
  readonly textWidth: number;
  /** Columns the topology picture may use (0 when not shown). */
  readonly panelWidth: number;
  /** Rows the topology picture may use (0 when not shown). */
  readonly panelRows: number;
};

export type LayoutInput = {
  readonly columns: number;
  readonly rows: number;
  /** Whether the learner wants the panel (/topology toggles it). */
  readonly showTopology: boolean;
  /** Whether there is a snapshot to draw. */
  readonly hasSnapshot: boolean;
};

export function shellLayout(i: LayoutInput): ShellLayout {
  const columns = Math.max(20, Math.floor(i.columns) || 80);
  const rows = Math.max(8, Math.floor(i.rows) || 24);
  const full = Math.min(columns, MAX_TEXT_WIDTH);
  const none = (placement: Placement): ShellLayout => ({ placement, textWidth: full, panelWidth: 0, panelRows: 0 });
  if (!i.showTopology || !i.hasSnapshot) return none('off');
  if (columns < NARROW_COLUMNS) return none('narrow');
  // A fifth of the screen stays for the transcript, so the step's words stay in view.
  const keep = Math.max(3, Math.floor(rows / 5));
  if (columns >= WIDE_COLUMNS) {
    const panelWidth = Math.max(SIDE_PANEL_MIN, Math.min(SIDE_PANEL_MAX, columns - MAX_TEXT_WIDTH - 3));
    const panelRows = rows - 1 - keep;
    if (panelRows < MIN_PANEL_ROWS) return none('short');
    // Three columns go to the separator line and a gap on each side of it.
    return { placement: 'side', textWidth: Math.min(MAX_TEXT_WIDTH, columns - panelWidth - 3), panelWidth, panelRows };
  }
  const panelRows = rows - RESERVED_ROWS - RULE_ROWS - keep;
  if (panelRows < MIN_PANEL_ROWS) return none('short');
  return { placement: 'below', textWidth: full, panelWidth: columns, panelRows };
}
