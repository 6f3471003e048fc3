/** The tutor's Chinese words: cli. */
import type { CliWords } from '../en/cli.ts';

export const cli: CliWords = {
  usageHint: '运行 `netns-tutor --help` 查看命令和选项。',
  environmentHint: '运行 `netns-tutor doctor` 查看缺少什么、如何修复。',
  cannotRead: (path, why) => `无法读取 ${path}：${why}`,
  noSuchPath: (path) => `没有这个文件或目录：${path}`,
  noSuchLessonFile: (ref) => `没有这个课程文件：${ref}`,
  notALesson: (ref, at) => `${ref} 不是有效的课程${at}`,
  lintIt: (ref) => `运行 \`netns-tutor lint ${ref}\` 查看全部问题。`,
  unknownLesson: (ref) => `没有这个课程：${ref}`,
  knownLessons: (ids) => `已有的课程：${ids || '（无）'}。运行 \`netns-tutor list\` 查看。`,
  noLessonsDir: (dir) => `--lessons ${dir}：没有这个目录。`,
  brokenLesson: (file, at) => `${file} 不是有效的课程（${at}）；\`netns-tutor lint ${file}\` 会列出全部问题。`,
  progressCleared: (id) => `已清除课程 ${id} 的进度。`,
  allProgressCleared: '已清除全部进度。',
  noProgress: '还没有任何进度。运行 netns-tutor 开始第一课。',
  progressLine: (done, steps, time, hints, attempts, completedAt) =>
    `    完成 ${done}/${steps} 步 · 用时 ${time} · 提示 ${hints} 次 · 命令 ${attempts} 条${completedAt ? ` · 完成于 ${completedAt}` : ''}`,
  explainNothing: '认不出这段输出：支持 ip addr/link、ip netns list、ls /var/run/netns、ping、ip route、ip route get、ip neigh、bridge link 和 bridge fdb 的输出，以及 ip 和 ping 的报错（报错时用 --command 给出命令，解释会更具体）。',
};
