/** What doctor looks at on this machine. The only part of doctor with side effects. */
import { spawnSync } from 'node:child_process';
import { release } from 'node:os';
import { onPath } from '../lab/on-path.ts';
import { outputText } from '../lab/run-result.ts';
import { startSandbox } from '../lab/sandbox.ts';
import { readUsernsKnobs } from './userns-knobs.ts';

export type Facts = {
  readonly platform: NodeJS.Platform;
  readonly kernel: string;
  readonly isRoot: boolean;
  /** `ip -V` output, or null when `ip` is missing. */
  readonly ipVersion: string | null;
  /** Whether `ip -j link` prints JSON (iproute2 4.13+). */
  readonly ipJson: boolean;
  readonly ping: boolean;
  readonly unshare: boolean;
  readonly nsenter: boolean;
  /** /proc/sys/kernel/unprivileged_userns_clone (Debian before 11 and some kernels), or null when absent. */
  readonly usernsClone: string | null;
  /** /proc/sys/user/max_user_namespaces, or null. */
  readonly maxUserNs: string | null;
  /** /proc/sys/kernel/apparmor_restrict_unprivileged_userns (Ubuntu 23.10+), or null. */
  readonly apparmorRestrict: string | null;
  /** A trial `unshare --user --map-root-user true`: null when it worked, else its message. */
  readonly usernsTrial: string | null;
  /** A trial lab: null when one was made and removed, else its message. */
  readonly labTrial: string | null;
  readonly tty: boolean;
  readonly columns: number | null;
  /** Whether this looks like a container (/.dockerenv, container env, cgroup names). */
  readonly container: boolean;
};

const runs = (cmd: string, args: string[]) => {
  const r = spawnSync(cmd, args, { encoding: 'utf8', timeout: 5000 });
  return { ok: !r.error && r.status === 0, out: outputText({ stdout: r.stdout ?? '', stderr: r.stderr ?? '' }).trim() };
};

export async function gatherFacts(): Promise<Facts> {
  const ip = onPath('ip') ? runs('ip', ['-V']) : null;
  const ipJson = ip !== null && runs('ip', ['-j', 'link', 'show', 'lo']).out.startsWith('[');
  const isRoot = process.getuid?.() === 0;
  const unshare = onPath('unshare');
  let usernsTrial: string | null = null;
  if (unshare) {
    const t = runs('unshare', ['--user', '--map-root-user', 'true']);
    usernsTrial = t.ok ? null : t.out || 'failed';
  } else usernsTrial = 'unshare is missing';
  let labTrial: string | null = null;
  if (process.platform === 'linux' && unshare) {
    try {
      const box = await startSandbox();
      await box.close();
    } catch (e) {
      labTrial = (e as Error).message;
    }
  } else labTrial = 'not tried';
  const knobs = readUsernsKnobs();
  return {
    platform: process.platform,
    kernel: release(),
    isRoot,
    ipVersion: ip === null ? null : ip.out,
    ipJson,
    ping: onPath('ping'),
    unshare,
    nsenter: onPath('nsenter'),
    ...knobs,
    usernsTrial,
    labTrial,
    tty: Boolean(process.stdout.isTTY && process.stdin.isTTY),
    columns: process.stdout.columns ?? null,
  };
}
