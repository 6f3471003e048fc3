/**
 * Keys typed before the shell is drawn. Until Ink reads the keyboard the
 * terminal is in cooked mode: it echoes what is typed and turns Enter into a
 * line feed, which Ink does not read as Enter. So as soon as the tutor knows
 * it will draw the shell, the terminal goes raw and whatever arrives is held;
 * when Ink starts, the held bytes go back to stdin, in order, for the prompt
 * to read. Nothing typed early is lost.
 */

export type TypeAhead = {
  /** Puts what was typed back on stdin for Ink to read, and stops holding. */
  release(): void;
  /** Stops holding and gives the terminal back as it was: nothing will read these keys. */
  cancel(): void;
};

/** Enter typed while the terminal was still cooked arrived as a line feed: it is Enter. */
export function typedBytes(held: readonly Buffer[]): Buffer {
  const all = Buffer.concat(held);
  for (let i = 0; i < all.length; i++) if (all[i] === 0x0a) all[i] = 0x0d;
  return all;
}

/**
 * Holds the keys typed from now on. Reads in paused mode ('readable'), as Ink
 * does, so that handing over is only swapping one listener for another:
 * pausing process.stdin stops its reading a tick later, which would leave
 * Ink's fresh listener waiting for data that never comes.
 */
export function holdTypeAhead(stdin: NodeJS.ReadStream, stdout: NodeJS.WritableStream): TypeAhead {
  const held: Buffer[] = [];
  const onReadable = () => {
    let chunk: Buffer | string | null;
    while ((chunk = stdin.read() as Buffer | string | null) !== null) held.push(typeof chunk === 'string' ? Buffer.from(chunk) : chunk);
  };
  let holding = true;
  const stop = () => {
    if (!holding) return false;
    holding = false;
    stdin.off('readable', onReadable);
    return true;
  };
  try {
    stdin.setRawMode(true);
  } catch {
    // A terminal that refuses raw mode: Ink will say so when it starts; nothing to hold meanwhile.
    return { release() {}, cancel() {} };
  }
  stdin.on('readable', onReadable);
  // What the terminal echoed before it went raw is on the cursor's line: the shell starts on a clean one.
  stdout.write('\r\x1b[K');
  return {
    release() {
      if (stop() && held.length > 0) stdin.unshift(typedBytes(held));
    },
    cancel() {
      if (!stop()) return;
      stdin.setRawMode(false);
      stdin.pause();
      // Reading may have begun a tick after the listener came (and goes on after pause()): it must not keep the tutor from exiting.
      stdin.unref?.();
    },
  };
}
