import { words } from '../i18n/words.ts';
import { usernsAdvice, type UsernsKnobs } from './userns.ts';

/**
 * Why unshare failed, in a sentence, and what to do next: the same fixes
 * doctor prints, read from the kernel settings that can cause the failure.
 */
export function labAdvice(stderr: string, o: { rootless: boolean; knobs: UsernsKnobs }, lang: 'en' | 'zh'): { why: string; next: string } {
  const say = words(lang).advice;
  const { knobs } = o;
  const lines = (xs: readonly string[]) => [...xs.map((x) => `  → ${x}`), say.doctorChecks].join('\n');
  if (/No space left on device/.test(stderr)) {
    const { fix } = usernsAdvice({ ...knobs, maxUserNs: '0' }, lang);
    return { why: say.usernsOff, next: lines(fix.filter((f) => !/kernel\.unprivileged_userns_clone|apparmor_restrict/.test(f))) };
  }
  if (/Operation not permitted|Permission denied/.test(stderr)) {
    if (!o.rootless) return { why: say.rootRefused, next: lines([usernsAdvice({ ...knobs, container: true }, lang).fix[0]!]) };
    const { why, fix } = usernsAdvice(knobs, lang);
    return { why: say.usernsRefused(why), next: lines(fix) };
  }
  if (/must be superuser|mount:/.test(stderr)) return { why: say.mountFailed, next: lines([say.mountFix]) };
  return { why: '', next: say.doctorChecks };
}
