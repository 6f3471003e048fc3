/**
 * Plain mode: the same session as lines in and lines out, for screen readers,
 * scripts and graders. Reads commands (and `/` commands) from stdin; exits when
 * the lesson is complete (0), on /quit (0), or when stdin ends (0 if complete, else 1).
 */
import { createInterface } from 'node:readline';
import { EXIT, type ExitCode } from '../errors.ts';
import { messages } from '../i18n/messages.ts';
import { entryText } from '../render/entry-text.ts';
import type { SessionDriver } from '../session/driver.ts';
import type { SessionState } from '../session/model.ts';

export type PlainOptions = {
  readonly input: NodeJS.ReadableStream;
  readonly write: (text: string) => void;
  readonly color: boolean;
  readonly width: number;
  /** Lines come from a person at a terminal, not a pipe: a `/quit` leaves at once, even while a command runs. */
  readonly typed?: boolean;
};

const busy = (s: SessionState) => s.status !== 'idle' && s.status !== 'complete';

/** Drives a session from lines of input until it completes, quits or input ends. */
export function runPlain(driver: SessionDriver, o: PlainOptions, quitRequested: Promise<void>): Promise<ExitCode> {
  let printed = 0;
  let inputEnded = false;
  return new Promise((resolve) => {
    let done = false;
    const finish = (code: ExitCode) => {
      if (done) return;
      done = true;
      // Nothing after the end: a probe cut short by the lab closing is not news.
      off();
      rl.close();
      resolve(code);
    };
    const flush = (s: SessionState) => {
      for (; printed < s.entries.length; printed++) {
        o.write(`${entryText(s.entries[printed]!, { lang: s.lang, color: o.color, width: o.width })}\n`);
      }
      if (s.quitting) finish(EXIT.ok);
      else if (s.status === 'complete' && !busy(s) && s.queue.length === 0) finish(EXIT.ok);
      else if (inputEnded && !busy(s) && s.queue.length === 0) {
        o.write(`${messages(s.lang).stdinEnded}\n`);
        finish(EXIT.failed);
      }
    };
    const off = driver.subscribe(flush);
    const rl = createInterface({ input: o.input, crlfDelay: Infinity, terminal: false });
    rl.on('line', (line) => driver.dispatch({ type: 'submit', line, typed: o.typed ?? false }));
    rl.on('close', () => { inputEnded = true; flush(driver.state); });
    // /lessons or the next lesson cannot be shown as lines: plain mode ends there.
    void quitRequested.then(() => finish(driver.state.status === 'complete' ? EXIT.ok : EXIT.failed));
    driver.start();
  });
}
