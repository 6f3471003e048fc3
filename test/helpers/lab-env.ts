/** Whether this machine can make labs, and what the host looks like, for integration tests. */
import { execFileSync } from 'node:child_process';
import { startSandbox } from '../../src/lab/sandbox.ts';

/** A reason to skip lab tests, or false when a lab can be made here. */
export async function labSkipReason(): Promise<string | false> {
  if (process.platform !== 'linux') return `labs need Linux; this is ${process.platform}`;
  try {
    const box = await startSandbox();
    await box.close();
    return false;
  } catch (e) {
    return `no lab can be made on this machine (not root and no user namespaces?): ${(e as Error).message}`;
  }
}

/** Whether the tests run as root (needed to switch to an unprivileged user). */
export const isRoot = process.getuid?.() === 0;

/** The host's network namespaces and links, to compare before and after. */
export function hostState(): { netns: string; links: string[] } {
  const netns = execFileSync('ip', ['netns', 'list'], { encoding: 'utf8' });
  const links = (JSON.parse(execFileSync('ip', ['-j', 'link', 'show'], { encoding: 'utf8' })) as { ifname: string }[]).map((l) => l.ifname).sort();
  return { netns, links };
}

/** Whether a process is still alive. */
export function alive(pid: number): boolean {
  try { process.kill(pid, 0); return true; } catch { return false; }
}

/** Polls until fn() is true or the time is up. */
export async function eventually(fn: () => boolean, ms = 3000): Promise<boolean> {
  const end = Date.now() + ms;
  while (Date.now() < end) {
    if (fn()) return true;
    await new Promise((r) => setTimeout(r, 25));
  }
  return fn();
}

export const ARTICLE_COMMANDS = [
  'ip netns add ns0', 'ip netns exec ns0 ip link set lo up', 'ip netns add ns1',
  'ip link add veth7 type veth peer name veth1-peer', 'ip link set veth1-peer netns ns1', 'ip link set veth7 netns ns0',
  'ip netns exec ns0 ip link set veth7 up', 'ip netns exec ns0 ip addr add 192.0.0.1/24 dev veth7',
  'ip netns exec ns1 ip link set veth1-peer up', 'ip netns exec ns1 ip addr add 192.0.0.2/24 dev veth1-peer',
];
