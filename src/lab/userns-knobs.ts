/** Reads the kernel settings behind "may this user create namespaces?". File reads only, no spawn. */
import { readFileSync } from 'node:fs';
import type { UsernsKnobs } from '../advice/userns.ts';

const read = (p: string) => { try { return readFileSync(p, 'utf8').trim(); } catch { return null; } };

export function readUsernsKnobs(env: NodeJS.ProcessEnv = process.env): UsernsKnobs {
  const cgroup = read('/proc/1/cgroup') ?? '';
  return {
    usernsClone: read('/proc/sys/kernel/unprivileged_userns_clone'),
    maxUserNs: read('/proc/sys/user/max_user_namespaces'),
    apparmorRestrict: read('/proc/sys/kernel/apparmor_restrict_unprivileged_userns'),
    container: Boolean(read('/.dockerenv') !== null || env.container || /docker|containerd|kubepods|lxc/.test(cgroup)),
  };
}
