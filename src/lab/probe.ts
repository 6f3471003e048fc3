/**
 * Reads the lab's state: one `sh` inside the lab runs one `ip -j -d` batch per
 * namespace (links with addresses, routes, namespace ids, forwarding), so the
 * cost is one spawn plus one `ip` per namespace.
 */
import { spawn } from 'node:child_process';
import { NS_MARKER, parseProbeOutput } from './parse-probe.ts';
import type { Snapshot } from './snapshot.ts';

/** The probe, as a POSIX sh script. `-force` keeps a batch going past a failing line. */
export const PROBE_SCRIPT = [
  `p() { echo "${NS_MARKER}$1"; shift; printf 'addr\\nroute\\nnetns list\\nnetconf show dev lo\\n' | ip "$@" -force -j -d -b - 2>/dev/null; }`,
  'p ""',
  'for f in /run/netns/*; do [ -e "$f" ] || continue; n=${f##*/}; p "$n" -n "$n"; done',
  'true',
].join('\n');

/** Probes through the given prefix (the sandbox's nsenter, or nothing for the host). */
export async function probe(prefix: readonly string[]): Promise<Snapshot> {
  return parseProbeOutput(await probeRaw(prefix));
}

/** The probe's raw output, as captured for fixtures. */
export function probeRaw(prefix: readonly string[]): Promise<string> {
  const argv = [...prefix, 'sh', '-c', PROBE_SCRIPT];
  return new Promise((resolve, reject) => {
    const child = spawn(argv[0]!, argv.slice(1), { stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    child.stdout.setEncoding('utf8');
    child.stdout.on('data', (d: string) => { out += d; });
    child.stderr.on('data', (d: Buffer) => { err += d.toString(); });
    child.once('error', reject);
    child.once('close', (code) => {
      if (code !== 0 && !out.includes(NS_MARKER)) reject(new Error(`probe failed (${code}): ${err.trim()}`));
      else resolve(out);
    });
  });
}
