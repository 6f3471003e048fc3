import { usernsAdvice, type UsernsKnobs } from './userns.ts';

/**
 * Why unshare failed, in a sentence, and what to do next: the same fixes
 * doctor prints, read from the kernel settings that can cause the failure.
 */
export function labAdvice(stderr: string, o: { rootless: boolean; knobs: UsernsKnobs }, lang: 'en' | 'zh'): { why: string; next: string } {
  const en = lang === 'en';
  const { knobs } = o;
  const doctor = en ? '`netns-tutor doctor` checks every prerequisite.' : '`netns-tutor doctor` 会逐项检查所有前提条件。';
  const lines = (xs: readonly string[]) => [...xs.map((x) => `  → ${x}`), doctor].join('\n');
  if (/No space left on device/.test(stderr)) {
    const { fix } = usernsAdvice({ ...knobs, maxUserNs: '0' }, lang);
    return {
      why: en ? 'User namespaces are switched off here (user.max_user_namespaces is 0), so the lab has none to use.'
        : '这台机器关闭了用户命名空间（user.max_user_namespaces 为 0），实验环境没法使用它。',
      next: lines(fix.filter((f) => !/kernel\.unprivileged_userns_clone|apparmor_restrict/.test(f))),
    };
  }
  if (/Operation not permitted|Permission denied/.test(stderr)) {
    if (!o.rootless) {
      return {
        why: en ? 'Even root may not create namespaces here: this looks like a container without the privileges a lab needs.'
          : '这里连 root 都不能创建命名空间：看起来是在一个缺少必要权限的容器里。',
        next: lines([usernsAdvice({ ...knobs, container: true }, lang).fix[0]!]),
      };
    }
    const { why, fix } = usernsAdvice(knobs, lang);
    return {
      why: en ? `This machine does not let an unprivileged user create the user namespace a lab needs${why.length ? ` (${why.join('; ')})` : ''}.`
        : `这台机器不允许普通用户创建实验环境所需的用户命名空间${why.length ? `（${why.join('；')}）` : ''}。`,
      next: lines(fix),
    };
  }
  if (/must be superuser|mount:/.test(stderr)) {
    return {
      why: en ? 'The lab could not mount its private /run/netns.' : '实验环境无法挂载它自己的 /run/netns。',
      next: lines([en ? 'Run the tutor as root (sudo netns-tutor), or allow unprivileged user namespaces.' : '请以 root 身份运行导师（sudo netns-tutor），或允许非特权用户命名空间。']),
    };
  }
  return { why: '', next: doctor };
}
