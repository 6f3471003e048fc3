/** Doctor's verdicts: each prerequisite, whether it holds, and the exact fix. Pure over Facts. */
import { usernsAdvice } from '../advice/userns.ts';
import { words } from '../i18n/words.ts';
import { packagesOf } from '../policy/packages.ts';
import type { Facts } from './facts.ts';

export type Finding = {
  readonly name: string;
  /** `ok`, `warn` (lessons still run) or `fail` (they cannot). */
  readonly status: 'ok' | 'warn' | 'fail';
  readonly detail: string;
  /** How to fix it, one line per platform. */
  readonly fix: readonly string[];
};

/** Each prerequisite with its verdict and fix, in the learner's language. */
export function advise(f: Facts, lang: 'en' | 'zh' = 'en'): Finding[] {
  const say = words(lang).doctor;
  const out: Finding[] = [];
  if (f.platform !== 'linux') {
    out.push({ name: say.os, status: 'fail', detail: say.notLinux(f.platform), fix: [say.macFix, say.windowsFix] });
    return out;
  }
  out.push({ name: say.os, status: 'ok', detail: `Linux ${f.kernel}`, fix: [] });
  out.push(f.ipVersion === null
    ? { name: 'ip (iproute2)', status: 'fail', detail: say.notFound, fix: ['Debian/Ubuntu: sudo apt-get install iproute2', 'Fedora/RHEL: sudo dnf install iproute'] }
    : f.ipJson
      ? { name: 'ip (iproute2)', status: 'ok', detail: f.ipVersion, fix: [] }
      : { name: 'ip (iproute2)', status: 'fail', detail: say.ipTooOld(f.ipVersion), fix: ['Debian/Ubuntu: sudo apt-get install --only-upgrade iproute2', 'Fedora/RHEL: sudo dnf upgrade iproute'] });
  out.push(f.ping
    ? { name: 'ping', status: 'ok', detail: say.found, fix: [] }
    : { name: 'ping', status: 'fail', detail: say.notFound, fix: ['Debian/Ubuntu: sudo apt-get install iputils-ping', 'Fedora/RHEL: sudo dnf install iputils'] });
  out.push(f.unshare && f.nsenter
    ? { name: say.utilLinux, status: 'ok', detail: say.found, fix: [] }
    : { name: say.utilLinux, status: 'fail', detail: say.missing([!f.unshare && 'unshare', !f.nsenter && 'nsenter'].filter(Boolean).join(', ')), fix: ['Debian/Ubuntu: sudo apt-get install util-linux', 'Fedora/RHEL: sudo dnf install util-linux'] });

  if (f.isRoot) {
    out.push({ name: say.privileges, status: 'ok', detail: say.root, fix: [] });
  } else {
    const { why, fix } = usernsAdvice(f, lang);
    if (f.usernsTrial === null) out.push({ name: say.userns, status: 'ok', detail: say.usernsWork, fix: [] });
    else out.push({ name: say.userns, status: 'fail', detail: say.usernsFailed(why, f.usernsTrial), fix });
  }
  if (f.labTrial === null) out.push({ name: say.lab, status: 'ok', detail: say.labWorked, fix: [] });
  else if (f.labTrial !== 'not tried') {
    out.push({ name: say.lab, status: 'fail', detail: f.labTrial, fix: [f.container ? words(lang).advice.containerFix : say.labRootFix] });
  }
  for (const t of f.lessonTools ?? []) {
    const pk = packagesOf(t.program);
    out.push(t.found
      ? { name: t.program, status: 'ok', detail: say.lessonToolFound(t.lessons.join(', ')), fix: [] }
      : { name: t.program, status: 'warn', detail: say.lessonToolMissing(t.lessons.join(', ')), fix: pk ? [`Debian/Ubuntu: sudo apt-get install ${pk[0]}`, `Fedora/RHEL: sudo dnf install ${pk[1]}`] : [] });
  }
  if (!f.tty) out.push({ name: say.terminal, status: 'warn', detail: say.notTty, fix: [say.notTtyFix] });
  else if (f.columns !== null && f.columns < 60) out.push({ name: say.terminal, status: 'warn', detail: say.narrow(f.columns), fix: [say.narrowFix] });
  else out.push({ name: say.terminal, status: 'ok', detail: say.columns(f.columns ?? '?'), fix: [] });
  return out;
}

/** Whether lessons can run: no finding failed. */
export function canRunLessons(findings: readonly Finding[]): boolean {
  return findings.every((x) => x.status !== 'fail');
}
