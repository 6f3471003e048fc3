/** The tutor's Chinese words: policy. */
import type { PolicyWords } from '../en/policy.ts';

export const policy: PolicyWords = {
  parentheses: '括号是 shell 的语法（子 shell），而导师不经过 shell 运行命令。请去掉括号，或者把含括号的词放进引号里。',
  operator: (op, filters) => `实验环境一次只运行一条命令，不支持 \`${op}\`。请一条一条地输入；可以用一个 \`|\` 接 ${filters.join('、')}。`,
  substitution: (what) => `这里不执行命令替换（${what}）：导师不经过 shell 运行命令。请先单独输入里面那条命令。`,
  redirect: (op) => `不允许重定向（\`${op}\`）：实验环境与宿主机共享文件，不会写入文件。去掉 \`${op}\` 部分即可，输出会直接显示在这里。`,
  unbalancedQuote: (quote) => `有一个 ${quote} 引号没有闭合，补上后再试。`,
  glob: (pattern) => `这里没有 shell，不会展开 \`${pattern}\` 这样的通配符。请直接写出文件或目录名，例如 \`ls /var/run/netns/\`。`,
  program: (program, inner, meant, tools, filters) =>
    `${inner ? `实验环境会在命名空间里启动 \`${program}\`，但它` : `\`${program}\``}不在实验环境允许的工具之列。${meant}实验环境与宿主机共享文件，所以只运行网络工具和只读的小工具：${tools}（以及 \`|\` 之后的 ${filters.join('、')}）。`,
  didYouMean: (nearest) => `你是不是想输入 \`${nearest}\`？`,
  filter: (program, filters) => `\`|\` 后面只能接 ${filters.join('、')}，不能接 \`${program}\`。`,
  install: (manager, packages) =>
    `实验环境里不需要安装任何东西，这里不会运行 \`${manager}\`。原文安装 iproute${packages.length ? `（${packages.join(' ')}）` : ''}，是因为精简系统可能没有 \`ip\`；\`netns-tutor doctor\` 会检查本机，缺什么就给出准确的安装命令。`,
  shellBuiltin: (program) => `\`${program}\` 是 shell 内建命令，而导师不经过 shell，每行命令都是独立运行的。要退出请输入 /quit。`,
  sysctlWrite: (key) => `\`${key}\` 不是按网络命名空间隔离的，修改它会改动宿主机。实验环境只允许 sysctl 写 net.* 开头的参数。`,
  sysctlLoad: '从文件加载 sysctl 设置会改动不按命名空间隔离的参数。请一次设置一个 net.* 参数，例如 `sysctl -w net.ipv4.ip_forward=1`。',
  option: (program, option, why) => `实验环境不允许 \`${program} ${option}\`：${why}。`,
  optionWhy: {
    batch: '从文件读入的命令不会像手动输入的命令那样受到检查，请逐条输入',
    writes: '它会写文件，而实验环境与宿主机共用文件',
    runs: '它会启动别的程序，而实验环境只运行自己的工具',
    device: '它会改写设备自身的存储',
    curl: '这里的 curl 只支持取网页的常用选项（-s、-S、-v、-i、-I、-L、-f、-m、-H、-X、-d、-w、-o /dev/null），不支持写文件或读取配置的选项',
  },
  tooLong: (length) => `这一行有 ${length} 个字符，导师最多接受 4096 个字符。`,
  controlChars: '这一行含有控制字符（显示为 ^X），这里的命令都用不到它们。请以纯文本重新输入或粘贴。',
  notUtf8: '这一行含有不是合法 UTF-8 的字节（显示为 �）：终端可能用的是别的编码。请把终端设为 UTF-8，或者手动重新输入这一行，不要粘贴。',
  strippedPrompt: '去掉了开头的 `$ `：那是文章里的提示符，不是命令的一部分。',
  strippedSudo: '去掉了 `sudo`：在实验环境里你已经是 root。',
  strippedComment: '去掉了行尾的 `# …` 注释。',
};
