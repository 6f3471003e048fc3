/**
 * A lab that behaves as it would on a host with other kernel settings.
 *
 * A new network namespace copies its IPv4 settings (`net.ipv4.ip_forward`,
 * `net.ipv4.conf.all.*`, `net.ipv4.conf.default.*`) from the host's initial
 * namespace, not from its parent (`net.core.devconf_inherit_init_net` is 0
 * by default). So the lab's root and every namespace made in it start with
 * whatever the host has: forwarding on a Docker host, strict or loose
 * reverse-path filtering, and so on. To try lessons as on another host
 * without touching this one, `asOnHost` writes the given settings into the
 * lab's root when it starts (and after a reset) and into every named
 * namespace right after the command that created it, before any other
 * command runs. Settings that only apply to interfaces made afterwards
 * (`conf.default.*`) miss the new namespace's `lo`; the `conf.all.*` twin
 * covers it where the kernel combines the two (as for rp_filter).
 */
import type { Lab, LabRunOptions } from './lab.ts';

/** `net.*` keys with the values to give them, in order, e.g. `[['net.ipv4.ip_forward', '1']]`. */
export type HostSettings = readonly (readonly [key: string, value: string])[];

/** The argv that writes the settings in one namespace ('' for the lab's root). */
export function writeSettingsArgv(ns: string, settings: HostSettings): string[] {
  const sysctl = ['sysctl', '-q', '-w', ...settings.map(([k, v]) => `${k}=${v}`)];
  return ns === '' ? sysctl : ['ip', 'netns', 'exec', ns, ...sysctl];
}

/** Wraps a fresh sandbox lab; every command then runs as on a host with these settings. */
export async function asOnHost(lab: Lab, settings: HostSettings): Promise<Lab> {
  for (const [k] of settings) if (!/^net\.[a-z0-9_.-]+$/i.test(k)) throw new Error(`not a per-namespace net.* key: ${k}`);
  if (lab.mode !== 'lab') throw new Error('host settings are simulated in a throwaway lab only');
  const done = new Set<string>();
  const write = async (ns: string) => {
    const r = await lab.run([writeSettingsArgv(ns, settings)], { timeoutMs: 10_000 });
    if (r.exitCode !== 0) throw new Error(`could not write ${settings.map(([k, v]) => `${k}=${v}`).join(' ')} in ${ns || "the lab's root"}: ${r.stderr.trim()}`);
  };
  /** Writes the settings into every named namespace not seen yet. */
  const catchUp = async () => {
    const r = await lab.run([['ip', '-j', 'netns', 'list']], { timeoutMs: 10_000 });
    const names = r.stdout.trim() ? (JSON.parse(r.stdout) as { name: string }[]).map((n) => n.name) : [];
    for (const n of names) {
      if (done.has(n)) continue;
      done.add(n);
      await write(n);
    }
    // A name deleted and made again is a new namespace.
    for (const n of [...done]) if (!names.includes(n)) done.delete(n);
  };
  await write('');
  await catchUp();
  const run = async (pipeline: readonly (readonly string[])[], o?: LabRunOptions) => {
    const r = await lab.run(pipeline, o);
    await catchUp();
    return r;
  };
  const reset = async () => {
    await lab.reset();
    done.clear();
    await write('');
  };
  return new Proxy(lab, {
    get(target, prop) {
      if (prop === 'run') return run;
      if (prop === 'reset') return reset;
      const v: unknown = Reflect.get(target, prop, target);
      return typeof v === 'function' ? v.bind(target) : v;
    },
  });
}
