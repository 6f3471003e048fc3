/** ping's command line as iputils reads it. Pure. */

/** ping's options that take a value: `-c 3`, `-W1`, `-I eth0`, … */
const VALUE_OPTIONS = new Set([...'ceFiIlmMNpQsStTwW']);

/**
 * The words of ping's arguments (after the program's name) that are neither
 * options nor their values: options stand anywhere and combine (`-qc3`), as
 * getopt allows, and `--` ends them.
 */
export function pingOperands(args: readonly string[]): string[] {
  const rest: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const w = args[i]!;
    if (w === '--') { rest.push(...args.slice(i + 1)); break; }
    if (w.startsWith('-') && w.length > 1) {
      for (let k = 1; k < w.length; k++) {
        if (VALUE_OPTIONS.has(w[k]!)) {
          if (k === w.length - 1) i++;
          break;
        }
      }
    } else rest.push(w);
  }
  return rest;
}
