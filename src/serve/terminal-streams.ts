/**
 * A terminal without a terminal: the stream pair Ink renders to and reads
 * keys from when the screen is a browser's. The output has a size and says
 * when it changes, as a TTY does; the input takes raw mode as a TTY does.
 */
import { PassThrough, Writable } from 'node:stream';

/**
 * What Ink writes, handed on as text, with each line feed made a carriage
 * return and a line feed as a terminal's line discipline does (onlcr); its
 * size is the browser terminal's.
 */
export class TerminalOut extends Writable {
  readonly isTTY = true;
  constructor(public columns: number, public rows: number, private readonly sink: (text: string) => void) {
    super({ decodeStrings: false });
  }
  override _write(chunk: string | Buffer, _enc: BufferEncoding, done: (e?: Error | null) => void): void {
    this.sink((typeof chunk === 'string' ? chunk : chunk.toString('utf8')).replace(/(?<!\r)\n/g, '\r\n'));
    done();
  }
  /** A new size, told to Ink as a terminal's SIGWINCH would be. */
  resize(columns: number, rows: number): void {
    if (columns === this.columns && rows === this.rows) return;
    this.columns = columns;
    this.rows = rows;
    this.emit('resize');
  }
  /** Ink asks for colour support through chalk, which reads the level set at start; these answer anyone asking the stream. */
  hasColors(): boolean { return true; }
  getColorDepth(): number { return 8; }
}

/** Keys typed in the browser, read by Ink as a raw-mode TTY's input. */
export class TerminalIn extends PassThrough {
  readonly isTTY = true;
  isRaw = false;
  setRawMode(on: boolean): this { this.isRaw = on; return this; }
  ref(): this { return this; }
  unref(): this { return this; }
}
