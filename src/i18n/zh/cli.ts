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
  internalError: (said, where) => `内部错误：${said}。这是导师自身的问题，详情已写入 ${where}`,
  badWidth: (given, max) => `--width ${given}：请给出列数，即 1 到 ${max} 之间的整数`,
  notAWholeNumber: (opt, given, min, max) => `--${opt} ${given}：请给出 ${min} 到 ${max} 之间的整数`,
  badSecret: (opt) => `--${opt}：请使用 4 到 128 个字母、数字、- 或 _`,
  badBind: (bind) => `--bind ${bind}：请给出本机的地址，例如 127.0.0.1 或 0.0.0.0`,
  help: `netns-tutor —— 在一次性的实验环境里敲真实命令，学习 Linux 网络命名空间

用法：
  netns-tutor                          继续上次的课程，或打开课程列表
  netns-tutor start <id|文件.md>       开始（或继续）某一课
  netns-tutor list [--json]            列出课程及进度
  netns-tutor lint <文件|目录>...      检查课程文件，输出 文件:行:列: 信息
  netns-tutor test [<id|文件|目录>...] 验证每一步在执行命令前不通过、执行后通过
  netns-tutor explain [--command CMD]  解释从标准输入读到的命令输出或报错信息
  netns-tutor topology [--host] [--width N]  在新实验环境中运行标准输入里的命令，然后画出拓扑，
                                       宽度不超过 N 列（默认取 $COLUMNS，否则取终端宽度）
  netns-tutor serve [--port N] [--bind 地址] [--class-code C] [--teacher-token T] [--max-learners N]
                                       在浏览器里给全班上课：每个学员一个实验环境，
                                       老师有实时进度表（启动后打印两个链接）
  netns-tutor report 目录 [--json|--csv]  根据学员 --report-dir 写下的文件生成班级进度表
  netns-tutor doctor                   检查本机环境，并说明如何补齐缺少的东西
  netns-tutor progress [--json] [--reset [id]]  查看学习进度

选项：
  --lang en|zh        界面语言（默认取自 LC_ALL、LC_MESSAGES、LANG）
  --lessons 目录      额外从该目录加载课程（可重复）
  --host              直接在宿主机的真实网络栈上运行（需要 root；退出时清理自己创建的东西）
  --plain             逐行的纯文本模式（不在终端中时自动启用）
  --no-color          不使用颜色（也可设置 NO_COLOR=1）
  --report-dir 目录   同时把进度写到 目录/<用户名>.json，供老师汇总
  -h, --help          显示本帮助
  -V, --version       显示版本

示例：
  netns-tutor start netns-basics
  netns-tutor start veth-pair --lang zh
  printf 'ip netns add ns0\\n' | netns-tutor start netns-basics --plain
  netns-tutor lint lessons/ && netns-tutor test lessons/zh/02-veth-pair.md
  ip addr | netns-tutor explain --lang zh
  echo 'ping: connect: 网络不可达' | netns-tutor explain --command 'ip netns exec ns0 ping 127.0.0.1' --lang zh
  printf 'ip netns add ns0\\n' | netns-tutor topology --width 60
  netns-tutor serve --bind 0.0.0.0 --port 8080 --report-dir /srv/class
  netns-tutor doctor

退出码：0 正常，1 检查/lint/测试未通过，2 用法错误或找不到课程，
3 本机无法创建实验环境（见 doctor）。`,
};
