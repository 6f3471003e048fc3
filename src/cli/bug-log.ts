/** The bug log: `$XDG_STATE_HOME/netns-tutor/error.log`, appended to when the tutor meets a bug. */
import { appendFileSync, mkdirSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';

/** Where a bug's details go, so the screen shows one line and no stack trace. */
export function logBug(e: unknown, version: string): string {
  const dir = join(process.env.XDG_STATE_HOME || join(homedir(), '.local', 'state'), 'netns-tutor');
  const file = join(dir, 'error.log');
  try {
    mkdirSync(dir, { recursive: true });
    appendFileSync(file, `${new Date().toISOString()} ${version} ${process.argv.slice(2).join(' ')}\n${(e as Error)?.stack ?? String(e)}\n\n`);
    return file;
  } catch {
    return '(the log could not be written)';
  }
}
