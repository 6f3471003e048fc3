/**
 * A lesson's background services in a lab: started by the tutor (never a
 * shell `&`), inside a namespace of the lab and its PID namespace, so they end
 * with the lab; a fresh lab (reset) has none until they are started again.
 * The program is the tutor itself (`_service`, services/whoami-http.ts), run
 * by the same Node as the tutor. `serviceKeeper` is each lab's list of them:
 * one per namespace, name and port, ended before a command deletes their
 * namespace.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ALL_NAMESPACES, deletedNamespaces } from '../iproute/netns-deletes.ts';
import { childrenOf } from './run.ts';

export type ServiceSpec = { readonly name: string; readonly ns: string; readonly port: number };

/** How to start the tutor again: the bundle (dist/cli.js), or the sources through tsx in development. */
export function tutorArgv(): string[] {
  const here = fileURLToPath(import.meta.url);
  if (/[\\/]dist[\\/]cli\.js$/.test(here)) return [process.execPath, here];
  // nsenter starts the program in / : tsx is named by its full address, not looked up from the directory.
  return [process.execPath, '--import', import.meta.resolve('tsx'), join(dirname(here), '..', 'cli.ts')];
}

/**
 * How long a service may take to say it listens. The bundle starts in a tenth of a second; from the
 * sources (tsx) on a machine busy with other labs it has taken several seconds, so the limit is generous:
 * it only tells a service that will never listen.
 */
export const SERVICE_START_LIMIT_MS = 30_000;

/** Starts a service through the lab's argv prefix; resolves once it listens, rejects with what it said if it cannot. */
export function startService(prefix: readonly string[], s: ServiceSpec): Promise<ChildProcess> {
  const argv = [...prefix, 'ip', 'netns', 'exec', s.ns, ...tutorArgv(), '_service', 'http', String(s.port), s.name, s.ns];
  const child = spawn(argv[0]!, argv.slice(1), { stdio: ['ignore', 'pipe', 'pipe'], cwd: dirname(fileURLToPath(import.meta.url)) });
  return new Promise((resolve, reject) => {
    let out = '';
    let err = '';
    const timer = setTimeout(() => { child.kill('SIGKILL'); reject(new Error(`the service ${s.name} did not start in ${SERVICE_START_LIMIT_MS / 1000} s: ${err.trim()}`)); }, SERVICE_START_LIMIT_MS);
    child.stdout!.setEncoding('utf8').on('data', (d: string) => {
      out += d;
      if (out.includes('ready\n')) { clearTimeout(timer); child.stdout!.resume(); resolve(child); }
    });
    child.stderr!.setEncoding('utf8').on('data', (d: string) => { err += d; });
    child.once('error', (e) => { clearTimeout(timer); reject(e); });
    child.once('exit', (code) => { clearTimeout(timer); reject(new Error(`the service ${s.name} ended (${code}): ${err.trim()}`)); });
  });
}

/** A process's descendants, deepest first. */
function processTree(pid: number): number[] {
  const out: number[] = [];
  for (const c of childrenOf(pid)) out.push(...processTree(c), c);
  return out;
}

/** Whether a process still runs (a zombie has let go of its namespaces: it counts as gone). */
function isAlive(pid: number): boolean {
  try { return !/^\S+ \(.*\) Z/.test(readFileSync(`/proc/${pid}/stat`, 'utf8')); } catch { return false; }
}

/** The services a lab runs, by name: started once, again after a reset, ended with the lab. */
export function serviceKeeper(prefix: () => readonly string[]) {
  /** By namespace, name and port: the same service asked for again is the one already running. */
  let running = new Map<string, { readonly ns: string; readonly child: Promise<ChildProcess> }>();
  return {
    ensure(spec: ServiceSpec): Promise<void> {
      const key = JSON.stringify([spec.ns, spec.name, spec.port]);
      const known = running.get(key);
      if (known) return known.child.then(() => {});
      const entry = { ns: spec.ns, child: startService(prefix(), spec) };
      running.set(key, entry);
      const forget = () => { if (running.get(key) === entry) running.delete(key); };
      entry.child.then((child) => { child.once('exit', forget); }, forget);
      return entry.child.then(() => {});
    },
    /**
     * Before a command that deletes namespaces (`ip netns delete NS`, any spelling), ends the
     * services in them: a service is what lives in its namespace, as a container's processes
     * are, and one left running would keep the namespace and its veth ends alive.
     */
    async beforeRun(pipeline: readonly (readonly string[])[]): Promise<void> {
      const gone = new Set(pipeline.flatMap(deletedNamespaces));
      if (gone.size === 0) return;
      for (const [key, { ns, child: started }] of running) {
        if (!gone.has(ALL_NAMESPACES) && !gone.has(ns)) continue;
        running.delete(key);
        const child = await started.catch(() => null);
        if (child && child.exitCode === null && child.signalCode === null) {
          // The service and everything it started (tsx's esbuild in development): each holds the namespace alive until it has exited.
          const tree = processTree(child.pid!);
          const exited = new Promise((r) => child.once('exit', r));
          for (const pid of tree) { try { process.kill(pid, 'SIGKILL'); } catch { /* gone */ } }
          child.kill('SIGKILL');
          await exited;
          for (let i = 0; i < 200 && tree.some(isAlive); i++) await new Promise((r) => setTimeout(r, 5));
        }
      }
    },
    /** Forgets them (a fresh sandbox ended them with the old one) or ends them (host mode, closing). */
    stopAll(kill: boolean): void {
      if (kill) for (const { child } of running.values()) void child.then((c) => c.kill('SIGKILL'), () => {});
      running = new Map();
    },
  };
}
