/** The tutor's Chinese words: lab. */
import type { LabWords } from '../en/lab.ts';

export const lab: LabWords = {
  hostNeedsRoot: '--host 直接在宿主机真实的网络栈上运行，需要 root 权限。',
  hostNeedsRootHint: '请用 sudo 运行，或者去掉 --host，改用一次性的实验环境（允许用户命名空间的机器上不需要 root）。',
  notInstalled: (names, one) => `没有安装 ${names}（PATH 里找不到）。没有${one ? '它' : '这些程序'}，课程无法运行：实验环境的每条命令都要用到${one ? '它' : '它们'}。`,
  notInstalledHint: (_one, debian, fedora) => `请先安装（Debian/Ubuntu：sudo apt-get install ${debian}；Fedora/RHEL：sudo dnf install ${fedora}），再运行 \`netns-tutor doctor\` 检查其余条件。`,
  cannotStart: (why) => `无法启动实验环境：${why}`,
  noUnshare: '没有安装 `unshare`，导师无法创建实验环境。',
  noUnshareHint: '请安装 util-linux（Debian/Ubuntu：sudo apt-get install util-linux；Fedora/RHEL：sudo dnf install util-linux），或运行 `netns-tutor doctor`。',
  cannotMake: (said, code, why) => `无法在这台机器上创建实验环境：${said ? `unshare 报错“${said}”` : `unshare 退出码为 ${code}`}。${why}`,
  noHolder: '实验环境已启动，但在 /proc 中找不到它的第一个进程。',
};
