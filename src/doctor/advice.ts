/** Doctor's verdicts: each prerequisite, whether it holds, and the exact fix. Pure over Facts. */
import { CONTAINER_FIX, usernsAdvice } from '../advice/userns.ts';
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
  const t = (en: string, zh: string) => (lang === 'zh' ? zh : en);
  const out: Finding[] = [];
  const os = t('Operating system', '操作系统');
  if (f.platform !== 'linux') {
    out.push({
      name: os, status: 'fail', detail: t(`${f.platform}: network namespaces are a Linux kernel feature`, `${f.platform}：网络命名空间是 Linux 内核的功能`),
      fix: [
        t('macOS: run a Linux VM (e.g. `multipass launch` or UTM) and use the tutor inside it.', 'macOS：运行一个 Linux 虚拟机（例如 `multipass launch` 或 UTM），在虚拟机里使用导师。'),
        t('Windows: use WSL2 (`wsl --install -d Debian`), then run the tutor inside WSL.', 'Windows：使用 WSL2（`wsl --install -d Debian`），在 WSL 里运行导师。'),
      ],
    });
    return out;
  }
  const found = t('found', '已安装');
  const notFound = t('not found', '未找到');
  out.push({ name: os, status: 'ok', detail: `Linux ${f.kernel}`, fix: [] });
  out.push(f.ipVersion === null
    ? { name: 'ip (iproute2)', status: 'fail', detail: notFound, fix: ['Debian/Ubuntu: sudo apt-get install iproute2', 'Fedora/RHEL: sudo dnf install iproute'] }
    : f.ipJson
      ? { name: 'ip (iproute2)', status: 'ok', detail: f.ipVersion, fix: [] }
      : { name: 'ip (iproute2)', status: 'fail', detail: t(`${f.ipVersion}: too old to print JSON (-j); 4.13 or newer is needed`, `${f.ipVersion}：版本太旧，不能输出 JSON（-j），需要 4.13 或更新`), fix: ['Debian/Ubuntu: sudo apt-get install --only-upgrade iproute2', 'Fedora/RHEL: sudo dnf upgrade iproute'] });
  out.push(f.ping
    ? { name: 'ping', status: 'ok', detail: found, fix: [] }
    : { name: 'ping', status: 'fail', detail: notFound, fix: ['Debian/Ubuntu: sudo apt-get install iputils-ping', 'Fedora/RHEL: sudo dnf install iputils'] });
  const utils = t('unshare and nsenter (util-linux)', 'unshare 和 nsenter（util-linux）');
  out.push(f.unshare && f.nsenter
    ? { name: utils, status: 'ok', detail: found, fix: [] }
    : { name: utils, status: 'fail', detail: `${t('missing', '缺少')}: ${[!f.unshare && 'unshare', !f.nsenter && 'nsenter'].filter(Boolean).join(', ')}`, fix: ['Debian/Ubuntu: sudo apt-get install util-linux', 'Fedora/RHEL: sudo dnf install util-linux'] });

  if (f.isRoot) {
    out.push({ name: t('Privileges', '权限'), status: 'ok', detail: t('running as root: labs need no user namespace', '以 root 运行：实验环境不需要用户命名空间'), fix: [] });
  } else {
    const { why, fix } = usernsAdvice(f, lang);
    const name = t('User namespaces', '用户命名空间');
    if (f.usernsTrial === null) {
      out.push({ name, status: 'ok', detail: t('unprivileged user namespaces work: labs run without root', '非特权用户命名空间可用：不需要 root 也能运行实验环境'), fix: [] });
    } else {
      const because = why.length ? ` (${why.join('; ')})` : '';
      out.push({ name, status: 'fail', detail: t(`not root, and a trial user namespace failed${because}: ${f.usernsTrial}`, `不是 root，而且试建用户命名空间失败${because}：${f.usernsTrial}`), fix });
    }
  }
  const lab = t('Throwaway lab', '一次性实验环境');
  if (f.labTrial === null) out.push({ name: lab, status: 'ok', detail: t('a trial lab was made and removed', '试建了一个实验环境，并已删除'), fix: [] });
  else if (f.labTrial !== 'not tried') {
    out.push({ name: lab, status: 'fail', detail: f.labTrial, fix: f.container ? [CONTAINER_FIX[lang]] : [t('Run `sudo netns-tutor doctor` to see whether root can make labs here.', '运行 `sudo netns-tutor doctor`，看看 root 能否在这里创建实验环境。')] });
  }
  const term = t('Terminal', '终端');
  if (!f.tty) out.push({ name: term, status: 'warn', detail: t('not an interactive terminal: the tutor will use plain mode (lines in, lines out)', '不是交互式终端：导师会使用纯文本模式（逐行输入、逐行输出）'), fix: [t('Run it in a terminal for the full screen, or pass --plain to choose plain mode yourself.', '在终端里运行可以看到完整界面；也可以用 --plain 主动选择纯文本模式。')] });
  else if (f.columns !== null && f.columns < 60) out.push({ name: term, status: 'warn', detail: t(`${f.columns} columns: narrower than 60, the topology panel hides`, `${f.columns} 列：窄于 60 列，拓扑面板会隐藏`), fix: [t('Widen the window to at least 60 columns (120 or more shows the topology beside the lesson).', '把窗口拉宽到至少 60 列（120 列以上时拓扑图显示在课程旁边）。')] });
  else out.push({ name: term, status: 'ok', detail: t(`${f.columns ?? '?'} columns`, `${f.columns ?? '?'} 列`), fix: [] });
  return out;
}

/** Whether lessons can run: no finding failed. */
export function canRunLessons(findings: readonly Finding[]): boolean {
  return findings.every((x) => x.status !== 'fail');
}
