/**
 * Reads the lab's state: one `sh` inside the lab runs one `ip -j -d` batch per
 * namespace (links with addresses, routes, forwarding; the root also lists the
 * namespace ids), so the cost is one spawn plus one `ip` per namespace. Only
 * when veth peers cannot be told apart by ifindex does a second pass ask the
 * namespaces concerned for their own ids.
 */
import { spawn } from 'node:child_process';
import { NS_MARKER, namespacesNeedingIds, parseProbeOutput, parseProbeSections } from '../model/parse-probe.ts';
import type { Snapshot } from '../model/snapshot.ts';

/** The probe, as a POSIX sh script. `-force` keeps a batch going past a failing line. */
export const PROBE_SCRIPT = [
  `p() { echo "${NS_MARKER}$1"; shift; printf "$B" | ip "$@" -force -j -d -b - 2>/dev/null; }`,
  `B='addr\\nroute\\nnetns list\\nnetconf show dev lo\\n' p ""`,
  'for f in /run/netns/*; do [ -e "$f" ] || continue; n=${f##*/}; B=\'addr\\nroute\\nnetconf show dev lo\\n\' p "$n" -n "$n"; done',
  'true',
].join('\n');

/** The second pass: each named namespace's own view of namespace ids. */
export const IDS_SCRIPT = `for n in "$@"; do echo "${NS_MARKER}$n"; ip -n "$n" -j netns list 2>/dev/null; done; true`;

/** Probes through the given prefix (the sandbox's nsenter, or nothing for the host). */
export async function probe(prefix: readonly string[]): Promise<Snapshot> {
  return parseProbeOutput(await probeRaw(prefix));
}

/** The probe's raw output (both passes), as captured for fixtures. */
export async function probeRaw(prefix: readonly string[]): Promise<string> {
  const first = await runSh(prefix, PROBE_SCRIPT, []);
  const need = namespacesNeedingIds(parseProbeSections(first));
  return need.length ? first + (await runSh(prefix, IDS_SCRIPT, need)) : first;
}

function runSh(prefix: readonly string[], script: string, args: readonly string[]): Promise<string> {
  const argv = [...prefix, 'sh', '-c', script, 'probe', ...args];
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
