/** The topology picture: layout (pure) and text renderers. */
export { layoutTopology, layoutReport, type LayoutReport } from './layout.ts';
export { changedKeys } from './changes.ts';
export { renderAnsi, renderPlain } from './render.ts';
export { LOOKS, type LayoutOptions, type Look, type Segment, type Style, type TopoLine } from './types.ts';
export { shownAddrs, shownKind, linkState, SYMBOLS } from './box.ts';
export { textWidth } from './text.ts';
export { MIN_WIDTH } from './words.ts';
