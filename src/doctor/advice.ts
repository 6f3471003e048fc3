/** Doctor's verdicts: each prerequisite, whether it holds, and the exact fix. Pure over Facts. */
import type { Facts } from './facts.ts';

export type Finding = {
  readonly name: string;
  /** `ok`, `warn` (lessons still run) or `fail` (they cannot). */
  readonly status: 'ok' | 'warn' | 'fail';
  readonly detail: string;
  /** How to fix it, one line per platform. */
  readonly fix: readonly string[];
};

const CONTAINER_FIX = {
  en: 'In a container: start it with --cap-add SYS_ADMIN --cap-add NET_ADMIN --security-opt seccomp=unconfined (or --privileged), or run the tutor on the host.',
  zh: '在容器里：用 --cap-add SYS_ADMIN --cap-add NET_ADMIN --security-opt seccomp=unconfined（或 --privileged）启动容器，或者直接在宿主机上运行导师。',
};

/** The kernel settings that decide whether an unprivileged user may create user namespaces. */
export type UsernsKnobs = Pick<Facts, 'usernsClone' | 'maxUserNs' | 'apparmorRestrict' | 'container'>;

/**
 * Why user namespaces are refused and the exact fix for each cause, in one
 * language: doctor shows these, and so does the tutor when a lab cannot be made.
 */
export function usernsAdvice(k: UsernsKnobs, lang: 'en' | 'zh' = 'en'): { why: string[]; fix: string[] } {
  const en = lang === 'en';
  const why: string[] = [];
  const fix: string[] = [];
  if (k.usernsClone === '0') {
    why.push('kernel.unprivileged_userns_clone is 0');
    fix.push(en
      ? 'Debian: sudo sysctl -w kernel.unprivileged_userns_clone=1 (and add it to /etc/sysctl.d/99-userns.conf to keep it)'
      : 'Debian：sudo sysctl -w kernel.unprivileged_userns_clone=1（写进 /etc/sysctl.d/99-userns.conf 可在重启后保留）');
  }
  if (k.maxUserNs === '0') {
    why.push('user.max_user_namespaces is 0');
    fix.push(en
      ? 'All distributions: sudo sysctl -w user.max_user_namespaces=15000 (Fedora/RHEL 7: also add user_namespace.enable=1 to the kernel command line)'
      : '所有发行版：sudo sysctl -w user.max_user_namespaces=15000（Fedora/RHEL 7 还要在内核启动参数里加上 user_namespace.enable=1）');
  }
  if (k.apparmorRestrict === '1') {
    why.push(en ? 'AppArmor restricts unprivileged user namespaces (Ubuntu 23.10+)' : 'AppArmor 限制了非特权用户命名空间（Ubuntu 23.10 起）');
    fix.push(en
      ? 'Ubuntu: sudo sysctl -w kernel.apparmor_restrict_unprivileged_userns=0, or run the tutor with sudo'
      : 'Ubuntu：sudo sysctl -w kernel.apparmor_restrict_unprivileged_userns=0，或者用 sudo 运行导师');
  }
  if (k.container) fix.push(CONTAINER_FIX[lang]);
  fix.push(en ? 'Or run the tutor as root: sudo netns-tutor' : '或者以 root 身份运行导师：sudo netns-tutor');
  return { why, fix };
}

export function advise(f: Facts): Finding[] {
  const out: Finding[] = [];
  if (f.platform !== 'linux') {
    out.push({
      name: 'Operating system', status: 'fail', detail: `${f.platform}: network namespaces are a Linux kernel feature`,
      fix: ['macOS: run a Linux VM (e.g. `multipass launch` or UTM) and use the tutor inside it.', 'Windows: use WSL2 (`wsl --install -d Debian`), then run the tutor inside WSL.'],
    });
    return out;
  }
  out.push({ name: 'Operating system', status: 'ok', detail: `Linux ${f.kernel}`, fix: [] });
  out.push(f.ipVersion === null
    ? { name: 'ip (iproute2)', status: 'fail', detail: 'not found', fix: ['Debian/Ubuntu: sudo apt-get install iproute2', 'Fedora/RHEL: sudo dnf install iproute'] }
    : f.ipJson
      ? { name: 'ip (iproute2)', status: 'ok', detail: f.ipVersion, fix: [] }
      : { name: 'ip (iproute2)', status: 'fail', detail: `${f.ipVersion}: too old to print JSON (-j); 4.13 or newer is needed`, fix: ['Debian/Ubuntu: sudo apt-get install --only-upgrade iproute2', 'Fedora/RHEL: sudo dnf upgrade iproute'] });
  out.push(f.ping
    ? { name: 'ping', status: 'ok', detail: 'found', fix: [] }
    : { name: 'ping', status: 'fail', detail: 'not found', fix: ['Debian/Ubuntu: sudo apt-get install iputils-ping', 'Fedora/RHEL: sudo dnf install iputils'] });
  out.push(f.unshare && f.nsenter
    ? { name: 'unshare and nsenter (util-linux)', status: 'ok', detail: 'found', fix: [] }
    : { name: 'unshare and nsenter (util-linux)', status: 'fail', detail: `missing: ${[!f.unshare && 'unshare', !f.nsenter && 'nsenter'].filter(Boolean).join(', ')}`, fix: ['Debian/Ubuntu: sudo apt-get install util-linux', 'Fedora/RHEL: sudo dnf install util-linux'] });

  if (f.isRoot) {
    out.push({ name: 'Privileges', status: 'ok', detail: 'running as root: labs need no user namespace', fix: [] });
  } else {
    const { why, fix } = usernsAdvice(f);
    if (f.usernsTrial === null) {
      out.push({ name: 'User namespaces', status: 'ok', detail: 'unprivileged user namespaces work: labs run without root', fix: [] });
    } else {
      out.push({ name: 'User namespaces', status: 'fail', detail: `not root, and a trial user namespace failed${why.length ? ` (${why.join('; ')})` : ''}: ${f.usernsTrial}`, fix });
    }
  }
  if (f.labTrial === null) out.push({ name: 'Throwaway lab', status: 'ok', detail: 'a trial lab was made and removed', fix: [] });
  else if (f.labTrial !== 'not tried') {
    out.push({ name: 'Throwaway lab', status: 'fail', detail: f.labTrial, fix: f.container ? [CONTAINER_FIX.en] : ['Run `sudo netns-tutor doctor` to see whether root can make labs here.'] });
  }
  if (!f.tty) out.push({ name: 'Terminal', status: 'warn', detail: 'not an interactive terminal: the tutor will use plain mode (lines in, lines out)', fix: ['Run it in a terminal for the full screen, or pass --plain to choose plain mode yourself.'] });
  else if (f.columns !== null && f.columns < 60) out.push({ name: 'Terminal', status: 'warn', detail: `${f.columns} columns: narrower than 60, the topology panel hides`, fix: ['Widen the window to at least 60 columns (80 or more shows the topology beside the lesson).'] });
  else out.push({ name: 'Terminal', status: 'ok', detail: `${f.columns ?? '?'} columns`, fix: [] });
  return out;
}

/** Whether lessons can run: no finding failed. */
export function canRunLessons(findings: readonly Finding[]): boolean {
  return findings.every((x) => x.status !== 'fail');
}
