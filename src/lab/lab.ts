/**
 * The one door to the kernel: run a learner's pipeline, probe the state, ping
 * for a check, reset, close. A throwaway sandbox by default; with `host`, the
 * real host stack, removing on close exactly the namespaces and links the
 * session created.
 */
import { environmentError } from '../errors.ts';
import { requirePrograms } from './preflight.ts';
import { probe } from './probe.ts';
import { runPipeline, type RunOptions } from './run.ts';
import type { RunResult } from './run-result.ts';
import { startSandbox, type Sandbox } from './sandbox.ts';
import { ROOT_NS, type Snapshot } from './snapshot.ts';

export type LabRunOptions = Omit<RunOptions, 'prefix'>;

export type Lab = {
  /** `lab`: a throwaway sandbox; `host`: the real host stack. */
  readonly mode: 'lab' | 'host';
  /** Whether the sandbox runs in a user namespace. */
  readonly rootless: boolean;
  /** The argv prefix that enters the lab (empty on the host). */
  readonly prefix: readonly string[];
  run(pipeline: readonly (readonly string[])[], opts?: LabRunOptions): Promise<RunResult>;
  probe(): Promise<Snapshot>;
  /** The checker's own `ping -c 1 -W 1 ADDR` from a namespace (ROOT_NS for the lab's root). */
  ping(fromNetns: string, addr: string): Promise<boolean>;
  fileExists(path: string): Promise<boolean>;
  /** A fresh, empty lab (in host mode: remove what the session created). */
  reset(): Promise<void>;
  /** Ends the lab; in host mode removes what the session created. Safe to call twice. */
  close(): Promise<void>;
};

export type OpenLabOptions = {
  /** Run on the real host stack (root only). */
  readonly host?: boolean;
  /** Force a user namespace even as root. */
  readonly rootless?: boolean;
};

/** The argv that pings once from a namespace. */
export function pingArgv(fromNetns: string, addr: string): string[] {
  const ping = ['ping', '-c', '1', '-W', '1', addr];
  return fromNetns === ROOT_NS ? ping : ['ip', 'netns', 'exec', fromNetns, ...ping];
}

export async function openLab(opts: OpenLabOptions = {}): Promise<Lab> {
  requirePrograms(opts.host === true);
  return opts.host ? openHostLab() : openSandboxLab(opts.rootless);
}

async function openSandboxLab(rootless?: boolean): Promise<Lab> {
  let box: Sandbox = await startSandbox(rootless === undefined ? {} : { rootless });
  const quiet = async (argv: string[]) => (await runPipeline([argv], { prefix: box.prefix, timeoutMs: 5000 })).exitCode === 0;
  return {
    mode: 'lab',
    get rootless() { return box.rootless; },
    get prefix() { return box.prefix; },
    run: (pipeline, o = {}) => runPipeline(pipeline, { ...o, prefix: box.prefix }),
    probe: () => probe(box.prefix),
    ping: (ns, addr) => quiet(pingArgv(ns, addr)),
    fileExists: (path) => quiet(['ls', '-d', path]),
    async reset() {
      const old = box;
      box = await startSandbox({ rootless: old.rootless });
      await old.close();
    },
    close: () => box.close(),
  };
}

async function openHostLab(): Promise<Lab> {
  if (process.getuid?.() !== 0) {
    throw environmentError('--host runs on the real host network stack and needs root.', 'Run it with sudo, or leave out --host to use a throwaway lab (no root needed where user namespaces are allowed).', {
      message: '--host 直接在宿主机真实的网络栈上运行，需要 root 权限。',
      hint: '请用 sudo 运行，或者去掉 --host，改用一次性的实验环境（允许用户命名空间的机器上不需要 root）。',
    });
  }
  const prefix: string[] = [];
  const baseline = await probe(prefix);
  const quiet = async (argv: string[]) => (await runPipeline([argv], { prefix, timeoutMs: 5000 })).exitCode === 0;
  /** Deletes the namespaces and root links that were not there when the session began. */
  const cleanup = async () => {
    const now = await probe(prefix);
    const hadNs = new Set(baseline.namespaces.map((n) => n.name));
    const hadLink = new Set(baseline.root.links.map((l) => l.name));
    for (const ns of now.namespaces) if (!hadNs.has(ns.name)) await quiet(['ip', 'netns', 'delete', ns.name]);
    for (const l of now.root.links) if (!hadLink.has(l.name)) await quiet(['ip', 'link', 'delete', l.name]);
  };
  let closed: Promise<void> | null = null;
  return {
    mode: 'host',
    rootless: false,
    prefix,
    run: (pipeline, o = {}) => runPipeline(pipeline, { ...o, prefix }),
    probe: () => probe(prefix),
    ping: (ns, addr) => quiet(pingArgv(ns, addr)),
    fileExists: (path) => quiet(['ls', '-d', path]),
    reset: cleanup,
    close() { closed ??= cleanup(); return closed; },
  };
}
