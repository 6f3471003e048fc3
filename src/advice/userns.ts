/** Why user namespaces are refused on this machine and how to allow them. Pure over the kernel settings. */

export const CONTAINER_FIX = {
  en: 'In a container: start it with --cap-add SYS_ADMIN --cap-add NET_ADMIN --security-opt seccomp=unconfined (or --privileged), or run the tutor on the host.',
  zh: '在容器里：用 --cap-add SYS_ADMIN --cap-add NET_ADMIN --security-opt seccomp=unconfined（或 --privileged）启动容器，或者直接在宿主机上运行导师。',
};

/** The kernel settings that decide whether an unprivileged user may create user namespaces. */
export type UsernsKnobs = {
  /** /proc/sys/kernel/unprivileged_userns_clone (Debian before 11 and some kernels), or null when absent. */
  readonly usernsClone: string | null;
  /** /proc/sys/user/max_user_namespaces, or null. */
  readonly maxUserNs: string | null;
  /** /proc/sys/kernel/apparmor_restrict_unprivileged_userns (Ubuntu 23.10+), or null. */
  readonly apparmorRestrict: string | null;
  /** Whether this looks like a container (/.dockerenv, container env, cgroup names). */
  readonly container: boolean;
};

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
