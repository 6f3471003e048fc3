/** Explains a command line word by word, with iproute2's grammar: ip [OPTIONS] OBJECT COMMAND [ARGUMENTS]. Pure. */
import { defaultCommand, resolveCommand, resolveObject } from '../../iproute/grammar.ts';
import type { Lang } from '../../i18n/lang.ts';
import { COMMANDS, OBJECTS, OPTIONS, type WordMeaning, optionName } from './words.ts';
import { explainArgs } from './ip-args.ts';
import { bridgeWords, sysctlWords } from './bridge-sysctl.ts';
import { neverThrow } from '../shared/never-throw.ts';
import { tr } from '../shared/wording.ts';

function ipWords(words: readonly string[], lang: Lang, depth: number): WordMeaning[] {
  const out: WordMeaning[] = [{ word: words[0] ?? 'ip', meaning: tr(lang,
    "iproute2's tool for the kernel's network settings; its grammar is ip [OPTIONS] OBJECT COMMAND [ARGUMENTS]",
    'iproute2 的工具，用来查看和修改内核的网络设置；语法是 ip [选项] {对象} {命令} [参数]') }];
  let i = 1;
  while (i < words.length && words[i]!.startsWith('-')) {
    const w = words[i]!;
    if (/^--?n(e(t(ns?)?)?)?$/.test(w)) {
      const ns = words[i + 1] ?? '';
      out.push({ word: w, meaning: tr(lang, `option: run this ip command inside namespace ${ns} (the same as ip netns exec ${ns} ip …)`, `选项：在命名空间 ${ns} 里执行这条 ip 命令（相当于 ip netns exec ${ns} ip ……）`) });
      if (i + 1 < words.length) out.push({ word: ns, meaning: tr(lang, 'the namespace', '命名空间的名字') });
      i += 2;
      continue;
    }
    const opt = optionName(w);
    const known = opt ? OPTIONS[opt] : undefined;
    out.push({ word: w, meaning: known ? tr(lang, known[0], known[1]) : tr(lang, 'an option of ip', 'ip 的一个选项') });
    i += 1;
  }
  const objWord = words[i];
  if (objWord === undefined) return out;
  const object = resolveObject(objWord);
  if (!object) return [...out, { word: objWord, meaning: tr(lang, 'not an object ip knows (link, address, route, neigh, netns, …)', 'ip 不认识的对象（应为 link、address、route、neigh、netns 等）') }];
  const what = OBJECTS[object];
  const abbrev = objWord !== object ? tr(lang, ` (${objWord} is short for ${object}: ip accepts any prefix, the first match wins)`, `（${objWord} 是 ${object} 的缩写：ip 接受任意前缀，先匹配到的优先）`) : '';
  const cmdWord = words[i + 1];
  const dflt = cmdWord === undefined ? tr(lang, `; with no command, ip runs ${defaultCommand(object)}`, `；没写命令时默认执行 ${defaultCommand(object)}`) : '';
  out.push({ word: objWord, meaning: tr(lang, `object: ${object}, ${what?.[0] ?? 'what the command acts on'}${abbrev}${dflt}`, `对象：${object}，${what?.[1] ?? '命令作用的对象'}${abbrev}${dflt}`) });
  if (cmdWord === undefined) return out;
  const command = resolveCommand(object, cmdWord);
  const cm = command ? COMMANDS[object]?.[command] : undefined;
  const cabbrev = command && cmdWord !== command ? tr(lang, ` (short for ${command})`, `（${command} 的缩写）`) : '';
  out.push({ word: cmdWord, meaning: command === null
    ? tr(lang, `not a command of ip ${object}`, `ip ${object} 没有这个命令`)
    : tr(lang, `command: ${cm?.[0] ?? command}${cabbrev}`, `命令：${cm?.[1] ?? command}${cabbrev}`) });
  const args = words.slice(i + 2);
  if (object === 'netns' && command === 'exec' && args.length > 0) {
    const ns = args[0]!;
    out.push({ word: ns, meaning: tr(lang, 'the namespace to run it in', '要在其中运行程序的命名空间') });
    const inner = explainCommandAt(args.slice(1), lang, depth + 1);
    const first = inner[0];
    if (first) inner[0] = { word: first.word, meaning: tr(lang, `the program to run inside ${ns}; it and everything after it run there. ${first.meaning}`, `要在 ${ns} 里运行的程序；它和后面的所有词都在那里执行。${first.meaning}`) };
    else if (args[1] !== undefined) inner.push({ word: args[1], meaning: tr(lang, `the program to run inside ${ns}`, `要在 ${ns} 里运行的程序`) });
    for (const w of args.slice(1 + Math.max(inner.length, 1))) inner.push({ word: w, meaning: tr(lang, "an argument of that program", '那个程序的参数') });
    return [...out, ...inner];
  }
  return [...out, ...explainArgs(object, command, args, lang)];
}

function pingWords(words: readonly string[], lang: Lang): WordMeaning[] {
  const out: WordMeaning[] = [{ word: words[0] ?? 'ping', meaning: tr(lang, 'send ICMP echo requests and report the replies', '发送 ICMP 回显请求并报告应答') }];
  const withValue: Record<string, [string, string]> = {
    '-c': ['option: stop after this many requests (without it, ping runs until Ctrl-C)', '选项：发这么多个请求后停止（不加的话 ping 会一直运行，直到按 Ctrl-C）'],
    '-i': ['option: seconds to wait between requests', '选项：两次请求之间的间隔秒数'],
    '-W': ['option: seconds to wait for each reply', '选项：每个应答最多等待的秒数'],
    '-w': ['option: stop after this many seconds in all', '选项：总共运行这么多秒后停止'],
    '-I': ['option: send from this interface or address', '选项：从这个接口或地址发出'],
    '-s': ['option: bytes of data per request', '选项：每个请求的数据字节数'],
    '-t': ['option: the TTL to send with', '选项：发送时的 TTL'],
  };
  for (let i = 1; i < words.length; i += 1) {
    const w = words[i]!;
    const known = Object.hasOwn(withValue, w) ? withValue[w] : undefined;
    if (known) {
      out.push({ word: w, meaning: tr(lang, known[0], known[1]) });
      if (i + 1 < words.length) out.push({ word: words[i + 1]!, meaning: tr(lang, 'its value', '它的取值') });
      i += 1;
    } else if (w.startsWith('-')) {
      out.push({ word: w, meaning: w === '-q' ? tr(lang, 'option: print only the statistics', '选项：只打印统计') : w === '-4' || w === '-6' ? tr(lang, `option: IPv${w[1]} only`, `选项：只用 IPv${w[1]}`) : tr(lang, 'an option of ping', 'ping 的一个选项') });
    } else {
      const lo = /^127\./.test(w) || w === '::1' || w === 'localhost';
      out.push({ word: w, meaning: tr(lang, `the address to send the requests to${lo ? ' (loopback: this namespace itself)' : ''}`, `要 ping 的地址${lo ? '（回环地址，就是本命名空间自己）' : ''}`) });
    }
  }
  return out;
}

function lsWords(words: readonly string[], lang: Lang): WordMeaning[] {
  return [{ word: words[0] ?? 'ls', meaning: tr(lang, 'list the files in a directory', '列出目录里的文件') },
    ...words.slice(1).map((w) => ({ word: w, meaning: /netns/.test(w)
      ? tr(lang, 'the directory where ip netns add keeps one file per named namespace (/var/run is a link to /run)', 'ip netns add 为每个有名字的命名空间存放一个文件的目录（/var/run 链接到 /run）')
      : w.startsWith('-') ? tr(lang, 'an option of ls', 'ls 的一个选项') : tr(lang, 'a file or directory to list', '要列出的文件或目录') }))];
}

function explainCommandAt(argv: readonly string[], lang: Lang, depth: number): WordMeaning[] {
  if (depth > 8 || argv.length === 0) return [];
  const [first, ...rest] = argv;
  if (first === 'sudo') return [{ word: 'sudo', meaning: tr(lang, 'run what follows as root', '以 root 身份运行后面的命令') }, ...explainCommandAt(rest, lang, depth)];
  const prog = first!.split('/').pop()!;
  if (prog === 'ip') return ipWords(argv, lang, depth);
  if (prog === 'ping' || prog === 'ping6') return pingWords(argv, lang);
  if (prog === 'ls') return lsWords(argv, lang);
  if (prog === 'bridge') return bridgeWords(argv, lang);
  if (prog === 'sysctl') return sysctlWords(argv, lang);
  return [];
}

/** Like `explainCommand`, but lets a bug throw (for tests). */
export function explainCommandStrict(argv: readonly string[], lang: Lang): WordMeaning[] {
  return explainCommandAt(argv, lang, 0);
}

/** Each word of a command line with what it means; [] for programs it has no notes on. Never throws. */
export function explainCommand(argv: readonly string[], lang: Lang): WordMeaning[] {
  return neverThrow(() => explainCommandStrict(argv, lang), []);
}

