/**
 * The learner's screen as the browser shows it, kept on the server by a
 * headless xterm.js: a reload or a dropped connection gets the screen back
 * (with its scrollback) as one serialized write, before anything new.
 */
import headless from '@xterm/headless';
import serialize from '@xterm/addon-serialize';

const { Terminal } = headless;
const { SerializeAddon } = serialize;

/** Lines kept above the screen for a reload. */
const SCROLLBACK = 500;

export class ScreenMirror {
  readonly #term: InstanceType<typeof Terminal>;
  readonly #serializer: InstanceType<typeof SerializeAddon>;
  constructor(columns: number, rows: number) {
    this.#term = new Terminal({ cols: columns, rows, scrollback: SCROLLBACK, allowProposedApi: true });
    this.#serializer = new SerializeAddon();
    this.#term.loadAddon(this.#serializer as never);
  }
  write(text: string): void { this.#term.write(text); }
  resize(columns: number, rows: number): void { this.#term.resize(columns, rows); }
  /** The screen and its scrollback as terminal text, once everything written so far is in. */
  snapshot(): Promise<string> {
    return new Promise((resolve) => this.#term.write('', () => resolve(this.#serializer.serialize())));
  }
  dispose(): void { this.#term.dispose(); }
}
