/** `netns-tutor --help`, in English and Chinese. */
import type { Lang } from '../i18n/lang.ts';

const EN = `netns-tutor — learn Linux network namespaces by typing real commands in a throwaway lab

Usage:
  netns-tutor                          resume the last lesson, or open the lesson picker
  netns-tutor start <id|file.md>       start (or resume) one lesson
  netns-tutor list [--json]            lessons with progress
  netns-tutor lint <file|dir>...       check lesson files; prints file:line:col: message
  netns-tutor test [<id|file|dir>...]  prove every step fails before and passes after its commands
  netns-tutor explain [--command CMD]  explain command output, or an error message, read from stdin
  netns-tutor topology [--host] [--width N]  run commands from stdin in a fresh lab, then draw it
                                       no wider than N columns (default: $COLUMNS, else the terminal)
  netns-tutor serve [--port N] [--bind ADDR] [--class-code C] [--teacher-token T] [--max-learners N]
                                       the tutor in the browser for a class: one lab per learner,
                                       a live table for the teacher (prints both links)
  netns-tutor report DIR [--json|--csv]  class table from learners' --report-dir files
  netns-tutor doctor                   check this machine and say how to fix what is missing
  netns-tutor progress [--json] [--reset [id]]  what you have done

Options:
  --lang en|zh        language (default from LC_ALL, LC_MESSAGES, LANG)
  --lessons DIR       also load lessons from DIR (repeatable)
  --host              run on the real host network stack (root only; cleans up what it made)
  --plain             plain lines instead of the full screen (automatic when not a terminal)
  --no-color          no colours (also NO_COLOR=1)
  --report-dir DIR    also write your progress to DIR/<user>.json for a teacher
  -h, --help          this help
  -V, --version       the version

Examples:
  netns-tutor start netns-basics
  netns-tutor start veth-pair --lang zh
  printf 'ip netns add ns0\\n' | netns-tutor start netns-basics --plain
  netns-tutor lint lessons/ && netns-tutor test lessons/en/02-veth-pair.md
  ip addr | netns-tutor explain
  echo 'Cannot find device "veth7"' | netns-tutor explain --command 'ip link set veth7 up'
  printf 'ip netns add ns0\\n' | netns-tutor topology --width 60
  netns-tutor serve --bind 0.0.0.0 --port 8080 --report-dir /srv/class
  netns-tutor doctor

Exit codes: 0 ok, 1 a check/lint/test failed, 2 usage error or unknown lesson,
3 this machine cannot run a lab (see doctor).`;

const ZH = `netns-tutor —— 在一次性的实验环境里敲真实命令，学习 Linux 网络命名空间

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
3 本机无法创建实验环境（见 doctor）。`;

export function helpText(lang: Lang): string {
  return lang === 'zh' ? ZH : EN;
}
