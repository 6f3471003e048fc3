/**
 * The one door to the kernel: run a learner's pipeline, probe the state, ping
 * for a check, reset, close. A throwaway sandbox by default; with `host`, the
 * real host stack, removing on close exactly the namespaces and links the
 * session created.
 */
import { environmentErrorSaid } from '../errors.ts';
import { requirePrograms } from './preflight.ts';
import { probe } from './probe.ts';
import { killRunning, runPipeline, type RunOptions } from './run.ts';
import type { RunResult } from '../model/run-result.ts';
import { startSandbox, type Sandbox, type SandboxOptions } from './sandbox.ts';
import { ROOT_NS, type Snapshot } from '../model/snapshot.ts';
import { serviceKeeper, type ServiceSpec } from './services.ts';
import { runSettled } from './settle.ts';

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
  /** The checker's own `ping -c 1 -W 1 ADDR` from a namespace (ROOT_NS for the lab's root), tried once more when no reply came. */
  ping(fromNetns: string, addr: string): Promise<boolean>;
  fileExists(path: string): Promise<boolean>;
  /** A fresh, empty lab (in host mode: remove what the session created). */
  reset(): Promise<void>;
  /**
   * A lesson's background service, running from now on in its namespace
   * unless it already is (lab/services.ts). A fresh lab has none; closing the
   * lab ends them. Rejects when it cannot start (its namespace is missing).
   */
  ensureService(spec: ServiceSpec): Promise<void>;
  /** Ends the lab; in host mode removes what the session created. Safe to call twice. */
  close(): Promise<void>;
};

export type OpenLabOptions = {
  /** Run on the real host stack (root only). */
  readonly host?: boolean;
  /** Force a user namespace even as root. */
  readonly rootless?: boolean;
  /** Root only: an unprivileged account owns the lab's user namespace (sandbox.ts). */
  readonly owner?: SandboxOptions['owner'];
  /** The most network namespaces the learner may make, enforced by the kernel. */
  readonly maxNamespaces?: number;
};

/** The checker's ping from a namespace: `ping -c 1 -W 1 ADDR`. */
export function pingArgv(fromNetns: string, addr: string): string[] {
  const ping = ['ping', '-c', '1', '-W', '1', addr];
  return fromNetns === ROOT_NS ? ping : ['ip', 'netns', 'exec', fromNetns, ...ping];
}

export async function openLab(opts: OpenLabOptions = {}): Promise<Lab> {
  requirePrograms(opts.host === true);
  const p = (opts.host ? openHostLab() : openSandboxLab(opts)).then(track);
  opening.add(p);
  void p.catch(() => {}).finally(() => opening.delete(p));
  return p;
}

/** Labs open now, and labs being opened: what an abrupt end of the tutor has to remove. */
const openLabs = new Set<Lab>();
const opening = new Set<Promise<Lab>>();
/** Set once the tutor is ending abruptly: no learner command starts any more. */
let abandoned = false;

/** Keeps a lab in `openLabs` until it is closed. */
function track(lab: Lab): Lab {
  openLabs.add(lab);
  const close = lab.close.bind(lab);
  const run = lab.run.bind(lab);
  lab.close = () => close().finally(() => { openLabs.delete(lab); });
  // Once the tutor is ending abruptly no learner command starts: one started after the
  // cleanup looked could leave something on the host (--host).
  lab.run = (pipeline, o) => (abandoned ? new Promise<RunResult>(() => {}) : run(pipeline, o));
  return lab;
}

/**
 * Ends the tutor's labs at once, including those still starting: no further
 * command starts, running ones are killed, then each lab is closed and waited
 * for (the sandbox holder has exited; in host mode, what the session created
 * is deleted). For an exit that cannot wait for the subcommand to finish,
 * e.g. when the reader of stdout went away.
 */
export async function closeOpenLabs(): Promise<void> {
  abandoned = true;
  await killRunning();
  await Promise.allSettled([...opening]);
  await Promise.allSettled([...openLabs].map((l) => l.close()));
}

/**
 * What both kinds of lab do the same way through their argv prefix (read on each call: a reset changes
 * it), and their services, started through `servicePrefix`. A learner's command ends the services in
 * the namespaces it deletes first, and returns once the kernel has destroyed those (settle.ts).
 */
function throughPrefix(prefix: () => readonly string[], servicePrefix: () => readonly string[]) {
  /** Runs a command of the tutor's own, quietly: did it succeed? */
  const quiet = async (argv: string[]) => (await runPipeline([argv], { prefix: prefix(), timeoutMs: 5000 })).exitCode === 0;
  const probeHere = () => probe(prefix());
  const services = serviceKeeper(servicePrefix);
  return {
    quiet,
    services,
    run: async (pipeline: readonly (readonly string[])[], o: LabRunOptions = {}) => {
      await services.beforeRun(pipeline);
      return runSettled(pipeline, () => runPipeline(pipeline, { ...o, prefix: prefix() }), probeHere);
    },
    probe: probeHere,
    // A lost first reply is tried once more: just after a fix, a neighbour entry still resolving from the
    // learner's own failed ping can swallow one request, and a fix that works would be told "not yet".
    ping: async (ns: string, addr: string) => (await quiet(pingArgv(ns, addr))) || quiet(pingArgv(ns, addr)),
    fileExists: (path: string) => quiet(['ls', '-d', path]),
  };
}

async function openSandboxLab(o: OpenLabOptions): Promise<Lab> {
  const opts: SandboxOptions = {
    ...(o.rootless === undefined ? {} : { rootless: o.rootless }),
    ...(o.owner ? { owner: o.owner } : {}),
    ...(o.maxNamespaces === undefined ? {} : { maxNamespaces: o.maxNamespaces }),
  };
  let box: Sandbox = await startSandbox(opts);
  const { run, probe: probeLab, ping, fileExists, services } = throughPrefix(() => box.prefix, () => box.servicePrefix);
  // A reset under way when the lab closes: close waits for it, then ends the fresh sandbox too.
  let resetting: Promise<void> | null = null;
  return {
    mode: 'lab',
    get rootless() { return box.rootless; },
    get prefix() { return box.prefix; },
    run,
    probe: probeLab,
    ping,
    fileExists,
    ensureService: (spec) => services.ensure(spec),
    async reset() {
      const r = (async () => {
        const old = box;
        box = await startSandbox({ ...opts, rootless: old.rootless });
        services.stopAll(false);
        await old.close();
      })();
      resetting = r;
      try { await r; } finally { if (resetting === r) resetting = null; }
    },
    async close() {
      await resetting?.catch(() => {});
      services.stopAll(false);
      await box.close();
    },
  };
}

async function openHostLab(): Promise<Lab> {
  if (process.getuid?.() !== 0) {
    throw environmentErrorSaid((w) => [w.lab.hostNeedsRoot, w.lab.hostNeedsRootHint]);
  }
  const prefix: string[] = [];
  const { quiet, run, probe: probeHost, ping, fileExists, services } = throughPrefix(() => prefix, () => prefix);
  const baseline = await probeHost();
  /** Ends the session's services, then deletes the namespaces and root links that were not there when the session began. */
  const cleanup = async () => {
    services.stopAll(true);
    const now = await probeHost();
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
    run,
    probe: probeHost,
    ping,
    fileExists,
    ensureService: (spec) => services.ensure(spec),
    reset: cleanup,
    close() { closed ??= cleanup(); return closed; },
  };
}
