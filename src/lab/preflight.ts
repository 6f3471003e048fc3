/**
 * Before a lab starts: are the programs it needs on PATH? A missing one is
 * named with the package that provides it (exit 3), instead of every command
 * failing later with "No such file or directory".
 */
import { environmentError } from '../errors.ts';
import { onPath } from './on-path.ts';
import { PACKAGES } from '../policy/packages.ts';

/** Throws a TutorError (exit 3) naming every missing program and how to install it. */
export function requirePrograms(host: boolean, env: NodeJS.ProcessEnv = process.env): void {
  const needed = host ? ['ip', 'ping'] : ['ip', 'ping', 'unshare', 'nsenter'];
  const missing = needed.filter((p) => !onPath(p, env));
  if (missing.length === 0) return;
  const names = missing.map((p) => `\`${p}\``).join(', ');
  const debian = [...new Set(missing.map((p) => PACKAGES[p]![0]))].join(' ');
  const fedora = [...new Set(missing.map((p) => PACKAGES[p]![1]))].join(' ');
  const one = missing.length === 1;
  throw environmentError(
    `${names} ${one ? 'is' : 'are'} not installed (not found on PATH). The lessons cannot run without ${one ? 'it' : 'them'}: the lab needs ${one ? 'it' : 'them'} for every command.`,
    `Install ${one ? 'it' : 'them'} (Debian/Ubuntu: sudo apt-get install ${debian}; Fedora/RHEL: sudo dnf install ${fedora}), then run \`netns-tutor doctor\` to check the rest.`,
    {
      message: `没有安装 ${names}（PATH 里找不到）。没有${one ? '它' : '这些程序'}，课程无法运行：实验环境的每条命令都要用到${one ? '它' : '它们'}。`,
      hint: `请先安装（Debian/Ubuntu：sudo apt-get install ${debian}；Fedora/RHEL：sudo dnf install ${fedora}），再运行 \`netns-tutor doctor\` 检查其余条件。`,
    },
  );
}
