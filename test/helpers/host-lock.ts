/**
 * A lock for the test files that change or watch the host's own kernel
 * settings (net.ipv4.ip_forward): one file switches forwarding on for a
 * while, others assert that it did not change, and the suite runs two files
 * at a time. Each takes the lock around its sensitive section.
 *
 * The lock is a directory created with mkdir, which is atomic, under the
 * system's temporary directory, holding the owner's PID. A lock whose owner
 * is gone (a test process killed mid-way) is taken over.
 */
import { mkdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** Where the lock lives; one per machine, shared by every checkout. */
export const HOST_SYSCTL_LOCK = join(tmpdir(), 'netns-tutor-host-sysctls.lock');

/** A lock directory without an owner file this old was left by a process that died while taking it. */
const ORPHAN_MS = 10_000;

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Whether the lock at `dir` is held by nobody any more. */
function stale(dir: string): boolean {
  try {
    const pid = Number(readFileSync(join(dir, 'owner'), 'utf8'));
    return Number.isInteger(pid) && pid > 0 && !alive(pid);
  } catch {
    try {
      return Date.now() - statSync(dir).mtimeMs > ORPHAN_MS;
    } catch {
      return false; // gone already: the next mkdir will tell
    }
  }
}

/**
 * Waits until the lock is free and takes it. Returns the release function
 * (safe to call twice; also called when the process exits).
 */
export async function lockHostSysctls(dir = HOST_SYSCTL_LOCK): Promise<() => void> {
  for (;;) {
    try {
      mkdirSync(dir);
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
      if (stale(dir)) {
        // Move it aside first, so that only one waiter takes a dead owner's lock over.
        const aside = `${dir}.stale-${process.pid}-${Date.now()}`;
        try {
          renameSync(dir, aside);
          rmSync(aside, { recursive: true, force: true });
        } catch { /* another waiter was first */ }
        continue;
      }
      await new Promise((r) => setTimeout(r, 100));
      continue;
    }
    writeFileSync(join(dir, 'owner'), String(process.pid));
    let held = true;
    const release = () => {
      if (!held) return;
      held = false;
      process.off('exit', release);
      rmSync(dir, { recursive: true, force: true });
    };
    process.on('exit', release);
    return release;
  }
}

/** Runs `fn` holding the lock. */
export async function withHostSysctlLock<T>(fn: () => Promise<T>, dir = HOST_SYSCTL_LOCK): Promise<T> {
  const release = await lockHostSysctls(dir);
  try {
    return await fn();
  } finally {
    release();
  }
}
