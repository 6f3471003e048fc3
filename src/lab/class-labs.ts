/**
 * How a classroom server makes its learners' labs. As root, each lab's user
 * namespace is owned by an unprivileged account (nobody), so root inside a
 * lab is nobody outside; where this machine forbids that (user namespaces
 * closed to unprivileged accounts), labs run as root without one, and the
 * server says why. Not root: the usual rootless labs.
 */
import { readFileSync } from 'node:fs';
import type { OpenLabOptions } from './lab.ts';
import { startSandbox } from './sandbox.ts';

export type ClassLabs = {
  /** What every learner's lab is opened with. */
  readonly options: OpenLabOptions;
  readonly mode: 'owner' | 'root' | 'rootless';
  /** The owning account's name (mode `owner`). */
  readonly user: string | null;
  /** Why labs run as root without a user namespace (mode `root`). */
  readonly why: string | null;
};

/** The account `nobody` from /etc/passwd, else the conventional 65534. */
export function nobody(passwd = readPasswd()): { readonly name: string; readonly uid: number; readonly gid: number } {
  const line = passwd.split('\n').find((l) => l.startsWith('nobody:'));
  const [, , uid, gid] = line?.split(':') ?? [];
  const u = Number(uid);
  const g = Number(gid);
  return Number.isInteger(u) && u > 0 && Number.isInteger(g) && g > 0 ? { name: 'nobody', uid: u, gid: g } : { name: 'nobody', uid: 65534, gid: 65534 };
}

function readPasswd(): string {
  try { return readFileSync('/etc/passwd', 'utf8'); } catch { return ''; }
}

/** Tries a lab owned by nobody; falls back to root's own labs when the machine refuses it. */
export async function chooseClassLabs(maxNamespaces: number): Promise<ClassLabs> {
  if (process.getuid?.() !== 0) return { options: { maxNamespaces }, mode: 'rootless', user: null, why: null };
  const owner = nobody();
  try {
    const trial = await startSandbox({ owner, maxNamespaces });
    await trial.close();
    return { options: { owner: { uid: owner.uid, gid: owner.gid }, maxNamespaces }, mode: 'owner', user: owner.name, why: null };
  } catch (e) {
    const said = ((e as Error)?.message ?? String(e)).split('\n')[0]!.replace(/[.\s]+$/, '');
    return { options: {}, mode: 'root', user: null, why: said };
  }
}
