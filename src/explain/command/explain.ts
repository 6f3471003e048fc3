/** Explains a command line word by word, with iproute2's grammar: ip [OPTIONS] OBJECT COMMAND [ARGUMENTS]. Pure. */
import { defaultCommand, resolveCommand, resolveObject } from '../../iproute/grammar.ts';
import type { Lang } from '../../i18n/lang.ts';
import { words } from '../../i18n/words.ts';
import { type WordMeaning, entry, optionName } from './words.ts';
import { explainArgs } from './ip-args.ts';
import { bridgeWords, sysctlWords } from './bridge-sysctl.ts';
import { neverThrow } from '../shared/never-throw.ts';

function ipWords(argv: readonly string[], lang: Lang, depth: number): WordMeaning[] {
  const w = words(lang).explainCommand;
  const out: WordMeaning[] = [{ word: argv[0] ?? 'ip', meaning: w.ipTool }];
  let i = 1;
  while (i < argv.length && argv[i]!.startsWith('-')) {
    const word = argv[i]!;
    if (/^--?n(e(t(ns?)?)?)?$/.test(word)) {
      const ns = argv[i + 1] ?? '';
      out.push({ word, meaning: w.ipNetnsOption(ns) });
      if (i + 1 < argv.length) out.push({ word: ns, meaning: w.theNamespace });
      i += 2;
      continue;
    }
    const opt = optionName(word);
    const known = opt ? entry(w.options, opt) : undefined;
    out.push({ word, meaning: known ?? w.ipOption });
    i += 1;
  }
  const objWord = argv[i];
  if (objWord === undefined) return out;
  const object = resolveObject(objWord);
  if (!object) return [...out, { word: objWord, meaning: w.ipNotObject }];
  const what = entry(w.objects, object);
  const abbrev = objWord !== object ? w.ipObjectShort(objWord, object) : '';
  const cmdWord = argv[i + 1];
  const dflt = cmdWord === undefined ? w.ipObjectDefault(defaultCommand(object)) : '';
  out.push({ word: objWord, meaning: w.ipObject(object, what, abbrev, dflt) });
  if (cmdWord === undefined) return out;
  const command = resolveCommand(object, cmdWord);
  const commands = entry(w.commands, object);
  const cm = command && commands ? entry<string>(commands, command) : undefined;
  const cabbrev = command && cmdWord !== command ? w.ipCommandShort(command) : '';
  out.push({ word: cmdWord, meaning: command === null ? w.ipNotCommand(object) : w.ipCommand(cm, command, cabbrev) });
  const args = argv.slice(i + 2);
  if (object === 'netns' && command === 'exec' && args.length > 0) {
    const ns = args[0]!;
    out.push({ word: ns, meaning: w.execNs });
    const inner = explainCommandAt(args.slice(1), lang, depth + 1);
    const first = inner[0];
    if (first) inner[0] = { word: first.word, meaning: w.execProgramThen(ns, first.meaning) };
    else if (args[1] !== undefined) inner.push({ word: args[1], meaning: w.execProgram(ns) });
    for (const x of args.slice(1 + Math.max(inner.length, 1))) inner.push({ word: x, meaning: w.execArgument });
    return [...out, ...inner];
  }
  return [...out, ...explainArgs(object, command, args, lang)];
}

function pingWords(argv: readonly string[], lang: Lang): WordMeaning[] {
  const w = words(lang).explainCommand;
  const out: WordMeaning[] = [{ word: argv[0] ?? 'ping', meaning: w.pingTool }];
  for (let i = 1; i < argv.length; i += 1) {
    const word = argv[i]!;
    // The options that take a value.
    const known = entry(w.pingOptions, word);
    if (known) {
      out.push({ word, meaning: known });
      if (i + 1 < argv.length) out.push({ word: argv[i + 1]!, meaning: w.pingValue });
      i += 1;
    } else if (word.startsWith('-')) {
      out.push({ word, meaning: word === '-q' ? w.pingQuiet : word === '-4' || word === '-6' ? w.pingFamily(word[1]) : w.pingOption });
    } else {
      const lo = /^127\./.test(word) || word === '::1' || word === 'localhost';
      out.push({ word, meaning: w.pingAddress(lo) });
    }
  }
  return out;
}

function lsWords(argv: readonly string[], lang: Lang): WordMeaning[] {
  const w = words(lang).explainCommand;
  return [{ word: argv[0] ?? 'ls', meaning: w.lsTool },
    ...argv.slice(1).map((x) => ({ word: x, meaning: /netns/.test(x) ? w.lsNetnsDir : x.startsWith('-') ? w.lsOption : w.lsFile }))];
}

function explainCommandAt(argv: readonly string[], lang: Lang, depth: number): WordMeaning[] {
  if (depth > 8 || argv.length === 0) return [];
  const [first, ...rest] = argv;
  if (first === 'sudo') return [{ word: 'sudo', meaning: words(lang).explainCommand.sudo }, ...explainCommandAt(rest, lang, depth)];
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

