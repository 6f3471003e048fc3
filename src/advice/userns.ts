/** Why user namespaces are refused on this machine and how to allow them. Pure over the kernel settings. */
import { words } from '../i18n/words.ts';

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
  const say = words(lang).advice;
  const why: string[] = [];
  const fix: string[] = [];
  if (k.usernsClone === '0') {
    why.push('kernel.unprivileged_userns_clone is 0');
    fix.push(say.usernsCloneFix);
  }
  if (k.maxUserNs === '0') {
    why.push('user.max_user_namespaces is 0');
    fix.push(say.maxUserNsFix);
  }
  if (k.apparmorRestrict === '1') {
    why.push(say.apparmorWhy);
    fix.push(say.apparmorFix);
  }
  if (k.container) fix.push(say.containerFix);
  fix.push(say.orRoot);
  return { why, fix };
}
