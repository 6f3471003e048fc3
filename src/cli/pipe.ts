/**
 * When the reader of the tutor's output goes away (`netns-tutor … | head`),
 * stop the way command-line tools stop on SIGPIPE: quietly, with the status
 * the convention gives that signal (128 + 13 = 141), and with every lab that
 * is open removed first. Node ignores SIGPIPE and reports a closed pipe as an
 * EPIPE error on the stream instead; unhandled, that is a stack trace.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { closeOpenLabs } from '../lab/lab.ts';

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

/** The tutor's own child processes (nsenter, a probe, a filter after `|`), by host PID. */
function children(): number[] {
  const kids: number[] = [];
  try {
    for (const t of readdirSync('/proc/self/task')) {
      try {
        kids.push(...readFileSync(`/proc/self/task/${t}/children`, 'utf8').trim().split(/\s+/).filter(Boolean).map(Number));
      } catch { /* the thread ended */ }
    }
  } catch { /* no /proc: nothing to wait for */ }
  return kids;
}

/**
 * Waits until every child process has ended, so that nothing the tutor started
 * outlives it: with the lab gone, what ran inside it has been killed and the
 * nsenter that waited for it ends at once; a command on the host (--host) is
 * ended after a short grace.
 */
async function childrenGone(): Promise<void> {
  for (let i = 0; i < 300; i++) {
    const kids = children();
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
