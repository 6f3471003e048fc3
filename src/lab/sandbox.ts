/**
 * The throwaway lab: fresh network, mount and PID namespaces (plus a user
 * namespace when not root) with a private tmpfs on /run/netns.
 *
 * Its lifetime is enforced by the kernel: the holder is PID 1 of the lab's PID
 * namespace and blocks reading a pipe from the tutor. When the tutor exits for
 * any reason, even SIGKILL, the pipe closes, the holder exits, the kernel kills
 * every process left in the lab and frees its namespaces, links and mounts.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { environmentError } from '../errors.ts';

/** How a command enters the lab. */
export type Sandbox = {
  /** Whether the lab adds a user namespace (the tutor is not root). */
  readonly rootless: boolean;
  /** The host PID of the lab's PID 1. */
  readonly pid: number;
  /** The argv prefix that runs a program inside the lab (nsenter …). */
  readonly prefix: readonly string[];
  /** Ends the lab and waits until its holder is gone. */
  close(): Promise<void>;
};

/**
 * The holder: mounts a private tmpfs where `ip netns` keeps its names (on
 * /run itself when the host has no /run/netns, so nothing is created on the
 * host), a sysfs of the lab's own, then waits for its stdin to close.
 */
const HOLDER_SCRIPT = [
  'if [ -d /run/netns ]; then mount -t tmpfs -o mode=0755 netns-tutor /run/netns || exit 10;',
  'else mount -t tmpfs -o mode=0755 netns-tutor /run || exit 10; mkdir /run/netns || exit 10; fi;',
  'mount -t sysfs sysfs /sys 2>/dev/null;',
  'echo ready;',
  'while read -r _; do :; done',
].join(' ');

export type SandboxOptions = {
  /** Force a user namespace even as root (tests of the rootless path). */
  readonly rootless?: boolean;
};

/** Starts a fresh lab. Throws a TutorError (exit 3) when this machine cannot make one. */
export async function startSandbox(opts: SandboxOptions = {}): Promise<Sandbox> {
  const rootless = opts.rootless ?? process.getuid?.() !== 0;
  const args = [
    ...(rootless ? ['--user', '--map-root-user'] : []),
    '--net', '--mount', '--pid', '--fork', '--kill-child', '--mount-proc', '--propagation', 'private',
    'sh', '-c', HOLDER_SCRIPT,
  ];
  let child: ChildProcess;
  try {
    child = spawn('unshare', args, { stdio: ['pipe', 'pipe', 'pipe'] });
  } catch (e) {
    throw environmentError(`Cannot start the lab: ${(e as Error).message}`);
  }
  const unsharePid = await ready(child);
  const pid = await holderPid(unsharePid);
  const prefix = ['nsenter', '-t', String(pid), ...(rootless ? ['-U', '--preserve-credentials'] : []), '-n', '-m', '-p', '--'];
  let closed: Promise<void> | null = null;
  return {
    rootless,
    pid,
    prefix,
    close() {
      closed ??= new Promise<void>((resolve) => {
        if (child.exitCode !== null || child.signalCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.stdin?.end();
        // The holder exits on EOF; should it not within a second, end it.
        setTimeout(() => { try { process.kill(pid, 'SIGKILL'); } catch { /* gone */ } }, 1000).unref();
      });
      return closed;
    },
  };
}

/** Waits for the holder's `ready` line; turns every failure into advice. */
function ready(child: ChildProcess): Promise<number> {
  return new Promise((resolve, reject) => {
    let out = '';
    let err = '';
    child.stdout!.setEncoding('utf8');
    child.stderr!.setEncoding('utf8');
    child.stderr!.on('data', (d: string) => { err += d; });
    child.stdout!.on('data', (d: string) => {
      out += d;
      if (out.includes('ready\n')) resolve(child.pid!);
    });
    child.once('error', (e: NodeJS.ErrnoException) => {
      reject(e.code === 'ENOENT'
        ? environmentError('`unshare` is not installed, so the tutor cannot make a lab.', 'Install util-linux (Debian/Ubuntu: apt-get install util-linux; Fedora/RHEL: dnf install util-linux), or run `netns-tutor doctor`.')
        : environmentError(`Cannot start the lab: ${e.message}`));
    });
    child.once('exit', (code) => {
      if (out.includes('ready\n')) return;
      reject(environmentError(`Cannot make a lab on this machine (unshare exited with ${code}): ${err.trim() || 'no message'}`, labAdvice(err)));
    });
  });
}

/** unshare forks the lab's PID 1; its host PID is unshare's only child. */
async function holderPid(unsharePid: number): Promise<number> {
  for (let i = 0; i < 200; i++) {
    try {
      const kids = readFileSync(`/proc/${unsharePid}/task/${unsharePid}/children`, 'utf8').trim();
      if (kids) return Number(kids.split(/\s+/)[0]);
    } catch { /* not yet */ }
    await new Promise((r) => setTimeout(r, 2));
  }
  throw environmentError('The lab started but its first process could not be found in /proc.');
}

/** The next step for each way unshare is known to fail. */
export function labAdvice(stderr: string): string {
  if (/No space left on device/.test(stderr)) {
    return 'User namespaces are switched off (user.max_user_namespaces is 0). As root: sysctl -w user.max_user_namespaces=15000, or run the tutor as root. See `netns-tutor doctor`.';
  }
  if (/Operation not permitted|Permission denied/.test(stderr)) {
    return 'This machine does not let this user create namespaces. Run as root (sudo netns-tutor), or allow unprivileged user namespaces; in a container, add --cap-add SYS_ADMIN --cap-add NET_ADMIN (or --privileged). See `netns-tutor doctor`.';
  }
  return 'Run `netns-tutor doctor` to see what is missing and how to fix it.';
}
