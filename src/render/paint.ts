/** ANSI colours for plain output, off with --no-color / NO_COLOR. */
const wrap = (on: boolean, code: number) => (s: string) => (on ? `\x1b[${code}m${s}\x1b[0m` : s);

export function paint(on: boolean) {
  return {
    green: wrap(on, 32),
    red: wrap(on, 31),
    yellow: wrap(on, 33),
    cyan: wrap(on, 36),
    dim: wrap(on, 2),
    bold: wrap(on, 1),
  };
}
