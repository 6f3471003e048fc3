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
import { labAdvice } from '../advice/lab-failure.ts';
import { readUsernsKnobs } from './userns-knobs.ts';
import { environmentErrorSaid } from '../errors.ts';
import { childrenOf } from './run.ts';

/** How a command enters the lab. */
export type Sandbox = {
  /** Whether the lab adds a user namespace (the tutor is not root, or an owner was given). */
  readonly rootless: boolean;
  /** The unprivileged account that owns the lab's user namespace, when root gave one. */
  readonly owner: SandboxOptions['owner'] | null;
  /** The host PID of the lab's PID 1. */
  readonly pid: number;
  /** The argv prefix that runs a program inside the lab (nsenter …). */
  readonly prefix: readonly string[];
  /**
   * The prefix for the tutor's own programs in the lab (a lesson's services):
   * with an unprivileged owner, root keeps its own identity so the tutor's
   * files stay readable, in the lab's network, mount and PID namespaces.
   */
  readonly servicePrefix: readonly string[];
  /** Ends the lab and waits until its holder is gone. */
  close(): Promise<void>;
};

/**
 * The holder: mounts a private tmpfs where `ip netns` keeps its names (on
 * /run itself when the host has no /run/netns, so nothing is created on the
 * host), a sysfs of the lab's own, brings up the lab root's `lo` (the lab's
 * root plays the host, and no real host has its loopback down; a new network
 * namespace starts with it down), then waits for its stdin to close.
 */
const HOLDER_SCRIPT = [
  'if [ -d /run/netns ]; then mount -t tmpfs -o mode=0755 netns-tutor /run/netns || exit 10;',
  'else mount -t tmpfs -o mode=0755 netns-tutor /run || exit 10; mkdir /run/netns || exit 10; fi;',
  'mount -t sysfs sysfs /sys 2>/dev/null;',
  'ip link set dev lo up || exit 11;',
  'echo ready;',
  'while read -r _; do :; done',
].join(' ');

export type SandboxOptions = {
  /** Force a user namespace even as root (tests of the rootless path). */
  readonly rootless?: boolean;
  /**
   * Root only: the lab's user namespace is owned by this unprivileged account
   * (serve), so root inside the lab is that account outside, not root.
   */
  readonly owner?: { readonly uid: number; readonly gid: number };
  /**
   * The most network namespaces the learner may make, enforced by the kernel:
   * the lab sits in a second user namespace under one whose
   * user.max_net_namespaces is set, which root inside the lab cannot raise.
   */
  readonly maxNamespaces?: number;
};

/** Starts a fresh lab. Throws a TutorError (exit 3) when this machine cannot make one. */
export async function startSandbox(opts: SandboxOptions = {}): Promise<Sandbox> {
  const rootless = opts.rootless ?? (process.getuid?.() !== 0 || opts.owner !== undefined);
  const lab = [
    ...(rootless ? ['--user', '--map-root-user'] : []),
    '--net', '--mount', '--pid', '--fork', '--kill-child', '--mount-proc', '--propagation', 'private',
    'sh', '-c', HOLDER_SCRIPT,
  ];
  // With a ceiling: an outer user namespace sets it (its own limit, which the lab's root, one level down, cannot change), then becomes the lab.
  const args = opts.maxNamespaces !== undefined && rootless
    ? ['--user', '--map-root-user', 'sh', '-c', `echo ${opts.maxNamespaces + 1} > /proc/sys/user/max_net_namespaces || exit 12; exec unshare "$@"`, 'unshare', ...lab]
    : lab;
  let child: ChildProcess;
  try {
    child = spawn('unshare', args, { stdio: ['pipe', 'pipe', 'pipe'], ...(opts.owner ? { uid: opts.owner.uid, gid: opts.owner.gid } : {}) });
  } catch (e) {
    throw environmentErrorSaid((w) => [w.lab.cannotStart((e as Error).message)]);
  }
  const unsharePid = await ready(child, rootless);
  const pid = await holderPid(unsharePid);
  // Root entering a lab owned by another account becomes root in the lab's user namespace (that account outside).
  const prefix = ['nsenter', '-t', String(pid), ...(rootless ? ['-U', ...(opts.owner ? [] : ['--preserve-credentials'])] : []), '-n', '-m', '-p', '--'];
  let closed: Promise<void> | null = null;
  return {
    rootless,
    owner: opts.owner ?? null,
    pid,
    prefix,
    servicePrefix: opts.owner ? ['nsenter', '-t', String(pid), '-n', '-m', '-p', '--'] : prefix,
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
function ready(child: ChildProcess, rootless: boolean): Promise<number> {
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
        ? environmentErrorSaid((w) => [w.lab.noUnshare, w.lab.noUnshareHint])
        : environmentErrorSaid((w) => [w.lab.cannotStart(e.message)]));
    });
    child.once('exit', (code) => {
      if (out.includes('ready\n')) return;
      const said = err.trim().split('\n').filter(Boolean).pop() ?? '';
      const knobs = readUsernsKnobs();
      reject(environmentErrorSaid((w, lang) => {
        const advice = labAdvice(err, { rootless, knobs }, lang);
        return [w.lab.cannotMake(said, code, advice.why), advice.next];
      }));
    });
  });
}

/** unshare forks the lab's PID 1; its host PID is unshare's only child. */
async function holderPid(unsharePid: number): Promise<number> {
  for (let i = 0; i < 200; i++) {
    const [holder] = childrenOf(unsharePid);
    if (holder !== undefined) return holder;
    await new Promise((r) => setTimeout(r, 2));
  }
  throw environmentErrorSaid((w) => [w.lab.noHolder]);
}
