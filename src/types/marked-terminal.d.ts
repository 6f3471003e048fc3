// marked-terminal ships no types, and @types/marked-terminal pulls in an old marked.
declare module 'marked-terminal' {
  export function markedTerminal(options?: Record<string, unknown>, highlightOptions?: Record<string, unknown>): unknown;
  const Renderer: unknown;
  export default Renderer;
}
