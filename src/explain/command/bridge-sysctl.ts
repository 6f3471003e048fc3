/** Word by word for the other tools the lessons use: `bridge` and `sysctl`. Pure. */
import type { Lang } from '../../i18n/lang.ts';
import { words } from '../../i18n/words.ts';
import { type WordMeaning, entry } from './words.ts';

/** `bridge`'s objects and commands, in the order a prefix is matched. */
const BRIDGE_OBJECTS = ['link', 'fdb', 'mdb', 'vlan'] as const;
const BRIDGE_COMMANDS = ['show', 'add', 'del', 'replace', 'set'] as const;

/** `bridge [OPTIONS] OBJECT [COMMAND [ARGS]]`. */
export function bridgeWords(argv: readonly string[], lang: Lang): WordMeaning[] {
  const w = words(lang).explainCommand;
  const out: WordMeaning[] = [{ word: argv[0] ?? 'bridge', meaning: w.bridgeTool }];
  let i = 1;
  for (; i < argv.length && argv[i]!.startsWith('-'); i += 1) {
    const word = argv[i]!;
    if (/^-+(n|netns)$/.test(word)) {
      out.push({ word, meaning: w.bridgeNetnsOption });
      if (argv[i + 1] !== undefined) out.push({ word: argv[++i]!, meaning: w.theNamespace });
    } else if (/^-+d/.test(word)) out.push({ word, meaning: w.bridgeDetails });
    else if (/^-+s/.test(word)) out.push({ word, meaning: w.bridgeStats });
    else if (/^-+j/.test(word)) out.push({ word, meaning: w.bridgeJson });
    else out.push({ word, meaning: w.bridgeOption });
  }
  const objWord = argv[i];
  if (objWord === undefined) return out;
  const object = BRIDGE_OBJECTS.find((o) => o.startsWith(objWord));
  if (!object) return [...out, { word: objWord, meaning: w.bridgeNotObject }];
  out.push({ word: objWord, meaning: w.bridgeObject(object, w.bridgeObjects[object]) });
  const cmdWord = argv[i + 1];
  if (cmdWord === undefined) return out;
  const command = BRIDGE_COMMANDS.find((c) => c.startsWith(cmdWord));
  out.push({ word: cmdWord, meaning: command ? w.bridgeCommand(w.bridgeCommands[command]) : w.anArgument });
  for (let k = i + 2; k < argv.length; k += 1) {
    const word = argv[k]!;
    const key = entry(w.bridgeArgs, word);
    if (key) {
      out.push({ word, meaning: key });
      const value = entry(w.bridgeArgValues, word);
      if (value && argv[k + 1] !== undefined) out.push({ word: argv[++k]!, meaning: value });
    } else if (/^[0-9a-f]{2}(:[0-9a-f]{2}){5}$/i.test(word)) out.push({ word, meaning: w.macAddress });
    else out.push({ word, meaning: w.anArgument });
  }
  return out;
}

/** What a sysctl key means, for the keys the lessons use. */
function keyMeaning(key: string, lang: Lang): string {
  const w = words(lang).explainCommand;
  if (key === 'net.ipv4.ip_forward') return w.sysctlForwardKey;
  if (key.startsWith('net.')) return w.sysctlNetKey;
  return w.sysctlKey;
}

/** `sysctl [OPTIONS] KEY[=VALUE]…`. */
export function sysctlWords(argv: readonly string[], lang: Lang): WordMeaning[] {
  const w = words(lang).explainCommand;
  const out: WordMeaning[] = [{ word: argv[0] ?? 'sysctl', meaning: w.sysctlTool }];
  for (const word of argv.slice(1)) {
    if (word === '-w') out.push({ word, meaning: w.sysctlWrite });
    else if (word === '-n') out.push({ word, meaning: w.sysctlValueOnly });
    else if (word === '-a') out.push({ word, meaning: w.sysctlAll });
    else if (word.startsWith('-')) out.push({ word, meaning: w.sysctlOption });
    else if (word.includes('=')) {
      const [key = '', value = ''] = word.split('=');
      const fwd = key === 'net.ipv4.ip_forward' && (value === '0' || value === '1');
      const what = fwd ? (value === '1' ? w.sysctlForwardOn : w.sysctlForwardOff) : keyMeaning(key, lang);
      out.push({ word, meaning: w.sysctlSet(key, value, what) });
    } else out.push({ word, meaning: w.sysctlRead(keyMeaning(word, lang)) });
  }
  return out;
}
