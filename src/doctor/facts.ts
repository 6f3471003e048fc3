/** What doctor looks at on this machine: the only part of doctor with side effects, each through src/lab/. */
import { release } from 'node:os';
import type { UsernsKnobs } from '../advice/userns.ts';
import { onPath } from '../lab/on-path.ts';
import { runQuick } from '../lab/run-quick.ts';
import { startSandbox } from '../lab/sandbox.ts';
import { readUsernsKnobs } from '../lab/userns-knobs.ts';

/** The machine's facts; the user-namespace settings among them. */
export type Facts = UsernsKnobs & {
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
  /** A trial `unshare --user --map-root-user true`: null when it worked, else its message. */
  readonly usernsTrial: string | null;
  /** A trial lab: null when one was made and removed, else its message. */
  readonly labTrial: string | null;
  readonly tty: boolean;
  readonly columns: number | null;
  /** Programs some lessons need beyond the lab's own (their `requires`), whether each is here, and which lessons need it. */
  readonly lessonTools?: readonly { readonly program: string; readonly found: boolean; readonly lessons: readonly string[] }[];
};

/** `needs`: program → the ids of the lessons that require it. */
export async function gatherFacts(needs: Readonly<Record<string, readonly string[]>> = {}): Promise<Facts> {
  const ip = onPath('ip') ? runQuick('ip', ['-V']) : null;
  const ipJson = ip !== null && runQuick('ip', ['-j', 'link', 'show', 'lo']).out.startsWith('[');
  const isRoot = process.getuid?.() === 0;
  const unshare = onPath('unshare');
  let usernsTrial: string | null = null;
  if (unshare) {
    const t = runQuick('unshare', ['--user', '--map-root-user', 'true']);
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
    lessonTools: Object.entries(needs).map(([program, lessons]) => ({ program, found: onPath(program), lessons })),
    tty: Boolean(process.stdout.isTTY && process.stdin.isTTY),
    columns: process.stdout.columns ?? null,
  };
}
