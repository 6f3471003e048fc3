/** The words after `ip OBJECT COMMAND`: names, keywords and their values. Pure. */
import type { Lang } from '../../i18n/lang.ts';
import { words } from '../../i18n/words.ts';
import { type WordMeaning, entry } from './words.ts';
import { rangeOf } from '../../net/ip-address.ts';

function cidrMeaning(word: string, lang: Lang, object: string, command: string | null): string {
  const w = words(lang).explainCommand;
  const r = rangeOf(word);
  const [ip, p] = word.split('/');
  if (object === 'address' && r && p !== undefined) return w.argAddressPrefix(ip!, p, r.first, r.last);
  if (object === 'route' && command === 'get') return w.argLookUp(word);
  if (object === 'route' && r) return w.argNetwork(word);
  return w.argAddress(word);
}

export function explainArgs(object: string, command: string | null, args: readonly string[], lang: Lang): WordMeaning[] {
  const w = words(lang).explainCommand;
  const out: WordMeaning[] = [];
  let afterPeer = false;
  for (let i = 0; i < args.length; i += 1) {
    const word = args[i]!;
    // Keywords that take a value: what the keyword says, and what its value is.
    const valued = entry(w.ipArgs, word);
    const next = args[i + 1];
    if (valued && !(object === 'netns')) {
      let key = valued.key;
      if (word === 'name' && afterPeer) key = w.argPeerName;
      if (word === 'name' && object === 'link' && command === 'set') key = w.argRename;
      out.push({ word, meaning: key });
      if (next !== undefined) {
        const kind = word === 'type' ? entry(w.kinds, next) : undefined;
        const value = kind ?? (word === 'name' && afterPeer ? w.argPeerNameValue : valued.value);
        out.push({ word: next, meaning: value });
        i += 1;
      }
      continue;
    }
    const flag = entry(w.ipFlags, word);
    if (flag) {
      if (word === 'peer') afterPeer = true;
      out.push({ word, meaning: flag });
      continue;
    }
    out.push({ word, meaning: positional(object, command, word, i, lang) });
  }
  return out;
}

/** A word that is not a keyword: a name or an address, by where it stands. */
function positional(object: string, command: string | null, word: string, i: number, lang: Lang): string {
  const w = words(lang).explainCommand;
  if (/^\d+\.\d+\.\d+\.\d+(\/\d+)?$/.test(word) || (word.includes(':') && word.includes('/'))) return cidrMeaning(word, lang, object, command);
  if (object === 'netns') {
    if (command === 'add') return w.argNewNetns;
    if (command === 'delete') return w.argDeleteNetns;
    return w.argNetns;
  }
  if (object === 'link' && i === 0) {
    if (command === 'add') return w.argNewLink;
    if (command === 'set') return w.argSetLink;
    if (command === 'delete') return w.argDeleteLink;
    if (command === 'show') return w.argShowLink;
  }
  return w.anArgument;
}
