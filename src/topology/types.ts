/**
 * The topology picture as plain data: lines of styled segments that a view
 * (Ink, ANSI, plain text) paints without knowing anything about namespaces.
 */
import type { Lang } from '../i18n/lang.ts';

/** What a piece of the picture means; each view picks its own colour for it. */
export type Style =
  | 'plain'
  | 'title'
  | 'up'
  | 'down'
  | 'nocarrier'
  | 'addr'
  | 'link'
  | 'dim'
  | 'changed';

/** A run of characters drawn in one style. */
export type Segment = {
  /** The characters; their terminal width adds up to the segment's width. */
  readonly text: string;
  /** What they mean, for the colour. */
  readonly style: Style;
};

/** One terminal line of the picture. */
export type TopoLine = readonly Segment[];

/** How to draw the picture. */
export type LayoutOptions = {
  /** Keys of what just changed (`ns:<name>`, `link:<ns>/<ifname>`; the root's name is ''), highlighted in this drawing. @default none */
  readonly changed?: ReadonlySet<string>;
  /** Language of the few words in the picture. @default 'en' */
  readonly lang?: Lang;
  /** Add a line explaining the symbols under the picture. @default true */
  readonly legend?: boolean;
};

/** How a view shows a style: a colour name that chalk and Ink both know, bold, dim. */
export type Look = {
  /** Foreground colour, e.g. `green`; none for the terminal's default. */
  readonly color?: 'green' | 'red' | 'yellow' | 'cyan' | 'magenta' | 'gray';
  /** Bold text. @default false */
  readonly bold?: boolean;
  /** Dimmed text. @default false */
  readonly dim?: boolean;
};

/** One look per style, shared by the ANSI renderer and the Ink view. */
export const LOOKS: Readonly<Record<Style, Look>> = {
  plain: {},
  title: { bold: true },
  up: { color: 'green' },
  down: { color: 'red' },
  nocarrier: { color: 'magenta' },
  addr: { color: 'cyan' },
  link: { dim: true },
  dim: { color: 'gray' },
  changed: { color: 'yellow', bold: true },
};
