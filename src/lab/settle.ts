/**
 * `ip netns delete` returns before the kernel has destroyed the namespace:
 * it removes the name, and the namespace itself goes a moment later, in the
 * kernel's own cleanup work, which every namespace on the machine being
 * destroyed goes through one after another. Until then the interfaces inside
 * live on, and so does the other end of each veth pair that left the
 * namespace: `ip link` in the host still shows `veth-ctr1 … master docker0`.
 * On a busy machine that moment lasts long enough for the next command, or
 * the check after it, to see them (measured: one listing in ten while other
 * namespaces were being destroyed).
 *
 * So after a command that deletes namespaces the lab waits, for a bounded
 * time, until no veth end has appeared whose other end is in a namespace
 * without a name: what the learner would see after a breath is what the
 * verdict, the explanation and the next command see at once. Ends that were
 * already like that before the command (a Docker host's containers, seen in
 * --host mode) are not waited for.
 */
import { deletedNamespaces } from '../iproute/netns-deletes.ts';
import type { RunResult } from '../model/run-result.ts';
import { allNamespaces, type Snapshot } from '../model/snapshot.ts';

/** The longest the lab waits for deleted namespaces to be destroyed. */
export const SETTLE_LIMIT_MS = 5_000;
/** How often it looks again meanwhile. */
const SETTLE_EVERY_MS = 20;

/** Veth ends whose other end is in a namespace without a name, as `namespace/name#ifindex`. Pure. */
export function endsIntoUnnamedNamespaces(s: Snapshot): string[] {
  const out: string[] = [];
  for (const ns of allNamespaces(s)) {
    for (const l of ns.links) if (l.kind === 'veth' && l.peer !== null && l.peer.netns === null) out.push(`${ns.name}/${l.name}#${l.ifindex}`);
  }
  return out;
}

/**
 * Runs the pipeline; when it deletes namespaces, returns once the kernel has
 * destroyed them (no new veth end pointing into a namespace without a name),
 * or after `limitMs`. A probe that fails ends the wait: the result stands.
 */
export async function runSettled(
  pipeline: readonly (readonly string[])[],
  run: () => Promise<RunResult>,
  probe: () => Promise<Snapshot>,
  limitMs = SETTLE_LIMIT_MS,
): Promise<RunResult> {
  if (!pipeline.some((argv) => deletedNamespaces(argv).length > 0)) return run();
  const before = await probe().then((s) => new Set(endsIntoUnnamedNamespaces(s)), () => null);
  const result = await run();
  if (before === null) return result;
  const deadline = Date.now() + limitMs;
  for (;;) {
    const now = await probe().then(endsIntoUnnamedNamespaces, () => null);
    if (now === null || now.every((end) => before.has(end)) || Date.now() >= deadline) return result;
    await new Promise((r) => setTimeout(r, SETTLE_EVERY_MS));
  }
}
