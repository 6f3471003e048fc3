/** Errors of `ip` about its objects: interfaces, namespaces, routes and addresses that exist or not, and words it does not know. Pure. */
import { IP_COMMANDS, IP_OBJECTS } from '../../iproute/grammar.ts';
import { words } from '../../i18n/words.ts';
import { allNamespaces, findNetns, whereIsLink } from '../../model/snapshot.ts';
import { didYouMean } from '../../text/did-you-mean.ts';
import { type ErrorContext, ipCommandIn, namespaceNames, whereRan } from './context.ts';
import { atNs, code, inNs, ipIn, joinList } from '../shared/wording.ts';

/** `Cannot find device "X"`, `Device "X" does not exist.`, `argument "X" is wrong: Device does not exist`. */
export function missingDevice(c: ErrorContext, name: string): string[] {
  const { lang, snapshot: s, target: t } = c;
  const w = words(lang).explainError;
  const ns = t.ns;
  const isMaster = t.ip?.args.includes('master') && t.ip.args[t.ip.args.indexOf('master') + 1] === name;
  if (!s) {
    // No lab state to look in: the misconception, and how to find out.
    const where = whereRan(c);
    const ip = c.known ? ipIn(ns) : 'ip ';
    return [w.devMissing(name, where), isMaster ? w.devMissingBridge(name, `${ip}link add ${name} type bridge`) : w.devMissingList(`${ip}link`)];
  }
  const elsewhere = whereIsLink(s, name).filter((n) => n !== ns);
  if (elsewhere.length > 0 && isMaster !== true && t.ip?.args.includes('master')) {
    const bridge = t.ip.args[t.ip.args.indexOf('master') + 1] ?? '?';
    const here = findNetns(s, ns);
    const end = here?.links.find((l) => l.peer?.name === name && l.peer.netns !== null && elsewhere.includes(l.peer.netns));
    // (In English, `atNs` is `inNs`: Chinese alone says 在 here.)
    const first = w.devPortElsewhere(name, atNs(ns, lang), atNs(elsewhere[0]!, lang), bridge);
    return [first, end
      ? w.devPlugEnd(end.name, name, inNs(end.peer!.netns!, lang), `${ipIn(ns)}link set ${end.name} master ${bridge}`)
      : w.devPlugHere(atNs(ns, lang), `${ipIn(ns)}link`)];
  }
  if (elsewhere.length > 0) {
    const other = elsewhere[0]!;
    return [w.devElsewhere(name, atNs(ns, lang), atNs(other, lang)), w.devRunThere(ipCommandIn(t, other))];
  }
  if (isMaster) return [w.devNoBridge(name, inNs(ns, lang), `${ipIn(ns)}link add ${name} type bridge`)];
  const all = allNamespaces(s).flatMap((n) => n.links.map((l) => l.name));
  const guess = didYouMean(name, all);
  return [w.devNowhere(name), guess ? w.didYouMean(guess) : w.devListThere(`${ipIn(ns)}link`)];
}

/** `Cannot open network namespace "X"`, `Invalid "netns" value`, `Cannot remove namespace file`. */
export function missingNetns(c: ErrorContext, name: string, deleting: boolean): string[] {
  const { lang, snapshot: s } = c;
  const w = words(lang).explainError;
  const names = namespaceNames(s);
  const have = s ? (names.length > 0 ? w.netnsHave(joinList(names, lang)) : w.netnsHaveNone) : '';
  const guess = didYouMean(name, names);
  const first = deleting ? w.netnsNoneToDelete(name) : w.netnsNone(name);
  const fix = guess ? w.didYouMean(guess) : deleting ? '' : w.netnsCreate(name);
  return [first, [have, fix].filter(Boolean).join(w.netnsSep)].filter(Boolean);
}

/** `RTNETLINK answers: File exists`, read against what the command tried to create. */
export function alreadyExists(c: ErrorContext): string[] {
  const { lang, snapshot: s, target: t } = c;
  const w = words(lang).explainError;
  const ip = t.ip;
  const ns = t.ns;
  if (ip?.object === 'link' && ip.command === 'add') {
    const a = ip.args;
    const nameAt = a.indexOf('name');
    const first = nameAt === 0 ? a[1] : a[0];
    const peerAt = a.indexOf('peer');
    const peerName = peerAt >= 0 && a[peerAt + 1] === 'name' ? a[peerAt + 2] : undefined;
    const taken = [first, peerName].filter((n): n is string => !!n && (!s || whereIsLink(s, n).includes(ns)));
    const names = taken.length > 0 ? taken : [first ?? '?'];
    if (!s && peerName && first) return [w.existsEither(first, peerName, inNs(ns, lang)), w.existsEitherFix(ipIn(ns))];
    const old = s && taken.length === 1 && taken[0] === peerName ? findNetns(s, ns)?.links.find((l) => l.name === peerName) : undefined;
    if (old?.kind === 'veth' && old.peer?.netns === ns && peerName && first) {
      return [w.existsOldEnd(peerName, inNs(ns, lang), old.peer.name ?? '?'), w.existsOldEndFix(ipIn(ns), peerName, first)];
    }
    // (A list of one is the name alone.)
    return [w.existsLinks(joinList(names, lang), names.length, inNs(ns, lang)), w.existsLinksFix(`${ipIn(ns)}link del ${names[0]}`)];
  }
  if (ip?.object === 'route' && (ip.command === 'add' || ip.command === 'append')) {
    const dst = ip.args[0] ?? '?';
    return [dst === 'default' ? w.existsDefaultRoute(inNs(ns, lang)) : w.existsRoute(dst, inNs(ns, lang)),
      w.existsRouteFix(`${ipIn(ns)}route replace ${ip.args.join(' ')}`, `${ipIn(ns)}route del ${dst}`)];
  }
  if (ip?.object === 'address') return addressAssigned(c);
  return [w.existsAny, w.existsAnyFix];
}

/** `Error: ipv4: Address already assigned.` */
export function addressAssigned(c: ErrorContext): string[] {
  const { lang, target: t } = c;
  const w = words(lang).explainError;
  const a = t.ip?.args ?? [];
  const cidr = a.find((x) => /^\d+\.\d+\.\d+\.\d+(\/\d+)?$/.test(x));
  const dev = a.includes('dev') ? a[a.indexOf('dev') + 1] : undefined;
  const ns = t.ns;
  if (!cidr || !dev) return [w.assignedAny(whereRan(c)), w.assignedAnyFix];
  return [w.assigned(cidr, dev, inNs(ns, lang)), w.assignedFix(`${ipIn(ns)}addr show dev ${dev}`, `${ipIn(ns)}addr del ${cidr} dev ${dev}`)];
}

/** `Object "X" is unknown` and `Command "X" is unknown`. */
export function unknownWord(c: ErrorContext, kind: 'object' | 'command', word: string, objectInText?: string): string[] {
  const { lang } = c;
  const w = words(lang).explainError;
  if (kind === 'object') {
    const guess = didYouMean(word, IP_OBJECTS.slice());
    return [w.unknownObject(word), ...(guess ? [w.didYouMean(guess)] : [])];
  }
  // iproute2 names the object in its hint (`try "ip link help"`) when the command line is not at hand.
  const object = c.target.ip?.object ?? objectInText ?? '';
  const commands = [...new Set(IP_COMMANDS[object] ?? [])].filter((x) => x !== 'lst');
  const guess = didYouMean(word, commands);
  if (commands.length === 0) return [w.unknownCommandAny(object, word)];
  return [w.unknownCommand(object, word, joinList(commands.map(code), lang)), ...(guess ? [w.didYouMean(guess)] : [])];
}
