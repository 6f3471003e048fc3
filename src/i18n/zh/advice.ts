/** The tutor's Chinese words: advice. */
import type { AdviceWords } from '../en/advice.ts';

export const advice: AdviceWords = {
  usernsCloneFix: 'Debian：sudo sysctl -w kernel.unprivileged_userns_clone=1（写进 /etc/sysctl.d/99-userns.conf 可在重启后保留）',
  maxUserNsFix: '所有发行版：sudo sysctl -w user.max_user_namespaces=15000（Fedora/RHEL 7 还要在内核启动参数里加上 user_namespace.enable=1）',
  apparmorWhy: 'AppArmor 限制了非特权用户命名空间（Ubuntu 23.10 起）',
  apparmorFix: 'Ubuntu：sudo sysctl -w kernel.apparmor_restrict_unprivileged_userns=0，或者用 sudo 运行导师',
  containerFix: '在容器里：用 --cap-add SYS_ADMIN --cap-add NET_ADMIN --security-opt seccomp=unconfined（或 --privileged）启动容器，或者直接在宿主机上运行导师。',
  orRoot: '或者以 root 身份运行导师：sudo netns-tutor',
  doctorChecks: '`netns-tutor doctor` 会逐项检查所有前提条件。',
  usernsOff: '这台机器关闭了用户命名空间（user.max_user_namespaces 为 0），实验环境没法使用它。',
  rootRefused: '这里连 root 都不能创建命名空间：看起来是在一个缺少必要权限的容器里。',
  usernsRefused: (why) => `这台机器不允许普通用户创建实验环境所需的用户命名空间${why.length ? `（${why.join('；')}）` : ''}。`,
  mountFailed: '实验环境无法挂载它自己的 /run/netns。',
  mountFix: '请以 root 身份运行导师（sudo netns-tutor），或允许非特权用户命名空间。',
};
