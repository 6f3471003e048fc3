/** What the tutor says when it will not run a line, or adjusted it first. Pure. */
import type { Lang } from '../i18n/lang.ts';
import { FILTERS, LAB_TOOLS, type CommandNote, type Refusal } from './command.ts';

const tools = (extra: readonly string[]) => [...new Set([...LAB_TOOLS, ...extra])].join(', ');

/** One or two friendly sentences: what was refused, why, and what to do instead. */
export function describeRefusal(r: Refusal, lang: Lang, extraTools: readonly string[] = []): string {
  const en = lang === 'en';
  switch (r.kind) {
    case 'operator':
      if (r.op === '(' || r.op === ')') {
        return en
          ? 'Parentheses are shell syntax (a subshell), and the tutor runs each command without a shell. Leave them out, or put the word that holds them in quotes.'
          : '括号是 shell 的语法（子 shell），而导师不经过 shell 运行命令。请去掉括号，或者把含括号的词放进引号里。';
      }
      return en
        ? `The lab runs one command at a time, so \`${r.op}\` is not supported. Type the commands one after another; a single \`|\` into ${FILTERS.join(', ')} is fine.`
        : `实验环境一次只运行一条命令，不支持 \`${r.op}\`。请一条一条地输入；可以用一个 \`|\` 接 ${FILTERS.join('、')}。`;
    case 'substitution':
      return en
        ? `Command substitution (${r.what}) is not run here: the tutor runs each command without a shell. Type the inner command on its own first.`
        : `这里不执行命令替换（${r.what}）：导师不经过 shell 运行命令。请先单独输入里面那条命令。`;
    case 'redirect':
      return en
        ? `Redirections (\`${r.op}\`) are not allowed: the lab shares the host's files and never writes them. Leave out the \`${r.op}\` part; the output appears here.`
        : `不允许重定向（\`${r.op}\`）：实验环境与宿主机共享文件，不会写入文件。去掉 \`${r.op}\` 部分即可，输出会直接显示在这里。`;
    case 'unbalanced-quote':
      return en ? `A ${r.quote} quote is left open. Close it and try again.` : `有一个 ${r.quote} 引号没有闭合，补上后再试。`;
    case 'glob':
      return en
        ? `Wildcards like \`${r.pattern}\` are not expanded here (there is no shell). Name the file or directory itself, e.g. \`ls /var/run/netns/\`.`
        : `这里没有 shell，不会展开 \`${r.pattern}\` 这样的通配符。请直接写出文件或目录名，例如 \`ls /var/run/netns/\`。`;
    case 'program': {
      const meant = r.nearest ? (en ? ` Did you mean \`${r.nearest}\`?` : `你是不是想输入 \`${r.nearest}\`？`) : '';
      return en
        ? `${r.inner ? `That would start \`${r.program}\` inside a namespace, and it` : `\`${r.program}\``} is not one of the lab's tools.${meant} The lab shares the host's files, so it runs only networking tools and harmless readers: ${tools(extraTools)} (and ${FILTERS.join(', ')} after a \`|\`).`
        : `${r.inner ? `实验环境会在命名空间里启动 \`${r.program}\`，但它` : `\`${r.program}\``}不在实验环境允许的工具之列。${meant}实验环境与宿主机共享文件，所以只运行网络工具和只读的小工具：${tools(extraTools)}（以及 \`|\` 之后的 ${FILTERS.join('、')}）。`;
    }
    case 'filter':
      return en
        ? `Only ${FILTERS.join(', ')} can follow a \`|\`; \`${r.program}\` cannot.`
        : `\`|\` 后面只能接 ${FILTERS.join('、')}，不能接 \`${r.program}\`。`;
    case 'install':
      return en
        ? `Nothing needs installing inside the lab: \`${r.manager}\` is not run here. The article installs iproute${r.packages.length ? ` (${r.packages.join(' ')})` : ''} because a bare system may lack \`ip\`; \`netns-tutor doctor\` checks this machine and prints the exact install command if anything is missing.`
        : `实验环境里不需要安装任何东西，这里不会运行 \`${r.manager}\`。原文安装 iproute${r.packages.length ? `（${r.packages.join(' ')}）` : ''}，是因为精简系统可能没有 \`ip\`；\`netns-tutor doctor\` 会检查本机，缺什么就给出准确的安装命令。`;
    case 'shell-builtin':
      return en
        ? `\`${r.program}\` is a shell command, and the tutor has no shell: each line runs on its own. To leave, type /quit.`
        : `\`${r.program}\` 是 shell 内建命令，而导师不经过 shell，每行命令都是独立运行的。要退出请输入 /quit。`;
    case 'sysctl-write':
      return en
        ? `\`${r.key}\` is not per network namespace, so changing it would change the host. The lab lets sysctl write only net.* keys.`
        : `\`${r.key}\` 不是按网络命名空间隔离的，修改它会改动宿主机。实验环境只允许 sysctl 写 net.* 开头的参数。`;
    case 'sysctl-load':
      return en
        ? 'Loading sysctl settings from a file would change keys that are not per namespace. Set one net.* key at a time: `sysctl -w net.ipv4.ip_forward=1`.'
        : '从文件加载 sysctl 设置会改动不按命名空间隔离的参数。请一次设置一个 net.* 参数，例如 `sysctl -w net.ipv4.ip_forward=1`。';
    case 'option':
      return en
        ? `\`${r.program} ${r.option}\` is not allowed in the lab${r.option === '-batch' ? ': type the commands one by one' : ': it would write a file'}.`
        : `实验环境不允许 \`${r.program} ${r.option}\`${r.option === '-batch' ? '，请逐条输入命令' : '：它会写文件'}。`;
    case 'too-long':
      return en ? `That line is ${r.length} characters long; the tutor takes lines up to 4096.` : `这一行有 ${r.length} 个字符，导师最多接受 4096 个字符。`;
    case 'control-chars':
      return en
        ? 'That line holds control characters (shown as ^X), which no command here needs. Type or paste it again as plain text.'
        : '这一行含有控制字符（显示为 ^X），这里的命令都用不到它们。请以纯文本重新输入或粘贴。';
    case 'not-utf8':
      return en
        ? 'That line holds bytes that are not valid UTF-8 (shown as �): the terminal may be set to another encoding. Set it to UTF-8, or type the line again instead of pasting it.'
        : '这一行含有不是合法 UTF-8 的字节（显示为 �）：终端可能用的是别的编码。请把终端设为 UTF-8，或者手动重新输入这一行，不要粘贴。';
  }
}

/** A short line about an adjustment made before running. */
export function describeNote(n: CommandNote, lang: Lang): string {
  const en = lang === 'en';
  switch (n.kind) {
    case 'stripped-prompt':
      return en ? 'Left out the leading `$ `: it is the prompt in the article, not part of the command.' : '去掉了开头的 `$ `：那是文章里的提示符，不是命令的一部分。';
    case 'stripped-sudo':
      return en ? 'Left out `sudo`: inside the lab you are already root.' : '去掉了 `sudo`：在实验环境里你已经是 root。';
    case 'stripped-comment':
      return en ? 'Left out the `# …` comment at the end.' : '去掉了行尾的 `# …` 注释。';
  }
}
