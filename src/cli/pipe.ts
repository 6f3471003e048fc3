/**
 * When the reader of the tutor's output goes away (`netns-tutor … | head`),
 * stop the way command-line tools stop on SIGPIPE: quietly, with the status
 * the convention gives that signal (128 + 13 = 141), and with every lab that
 * is open removed first. Node ignores SIGPIPE and reports a closed pipe as an
 * EPIPE error on the stream instead; unhandled, that is a stack trace.
 */
import { closeOpenLabs } from '../lab/lab.ts';
import { ownChildren } from '../lab/run.ts';

/** The exit status of a program ended by SIGPIPE. */
export const EXIT_PIPE = 128 + 13;

let gone = false;

/** Whether stdout or stderr has lost its reader: nothing more should be written or reported. */
export function outputGone(): boolean {
  return gone;
}

/** Watches stdout and stderr for a reader that went away. Call once, before anything is written. */
export function guardPipes(): void {
  process.stdout.on('error', onError);
  process.stderr.on('error', onError);
}

function onError(e: NodeJS.ErrnoException): void {
  if (gone) return;
  gone = true;
  // Whatever is still running may now fail on the closed pipe or the closing
  // lab; none of it can be shown any more, and none of it is news.
  process.on('uncaughtException', () => {});
  process.on('unhandledRejection', () => {});
  const status = e.code === 'EPIPE' || e.code === 'ECONNRESET' || e.code === 'ERR_STREAM_DESTROYED' ? EXIT_PIPE : 1;
  process.exitCode = status;
  void closeOpenLabs().catch(() => {}).then(childrenGone).finally(() => process.exit(status));
}

/**
 * Waits until every child process has ended, so that nothing the tutor started
 * outlives it: with the lab gone, what ran inside it has been killed and the
 * nsenter that waited for it ends at once; a command on the host (--host) is
 * ended after a short grace.
 */
async function childrenGone(): Promise<void> {
  for (let i = 0; i < 300; i++) {
    const kids = ownChildren();
    if (kids.length === 0) return;
    if (i === 50) {
      for (const k of kids) {
        try { process.kill(-k, 'SIGKILL'); } catch { /* not a group leader */ }
        try { process.kill(k, 'SIGKILL'); } catch { /* gone */ }
      }
    }
    await new Promise((r) => setTimeout(r, 10));
  }
}
