/** Errors of `ip` about its objects: interfaces, namespaces, routes and addresses that exist or not, and words it does not know. Pure. */
import { IP_COMMANDS, IP_OBJECTS } from '../../iproute/grammar.ts';
import { allNamespaces, findNetns, whereIsLink } from '../../model/snapshot.ts';
import { didYouMean } from '../../text/did-you-mean.ts';
import { type ErrorContext, ipCommandIn, namespaceNames, whereRan } from './context.ts';
import { atNs, code, inNs, ipIn, joinList, tr } from '../shared/wording.ts';

/** `Cannot find device "X"`, `Device "X" does not exist.`, `argument "X" is wrong: Device does not exist`. */
export function missingDevice(c: ErrorContext, name: string): string[] {
  const { lang, snapshot: s, target: t } = c;
  const ns = t.ns;
  const isMaster = t.ip?.args.includes('master') && t.ip.args[t.ip.args.indexOf('master') + 1] === name;
  if (!s) {
    // No lab state to look in: the misconception, and how to find out.
    const where = whereRan(c);
    const ip = c.known ? ipIn(ns) : 'ip ';
    return [tr(lang,
      `${name} does not exist ${where}: either it was never created, or it was moved to another namespace (an interface lives in exactly one, and a command sees only the namespace it runs in).`,
      `${where}没有 ${name}：要么它从来没创建过，要么已经被移到别的命名空间去了（一个接口只能属于一个命名空间，命令也只能看到它所在的命名空间）。`),
    isMaster
      ? tr(lang, `If ${name} is meant to be a bridge, create it first: ${code(`${ip}link add ${name} type bridge`)}.`,
        `如果 ${name} 应该是一个网桥，先创建它：${code(`${ip}link add ${name} type bridge`)}。`)
      : tr(lang, `${code(`${ip}link`)} lists the interfaces there; ${code('ip -all netns exec ip -br link')} shows which namespace holds which.`,
        `${code(`${ip}link`)} 列出那里的接口；${code('ip -all netns exec ip -br link')} 能看出每个接口在哪个命名空间里。`)];
  }
  const elsewhere = whereIsLink(s, name).filter((n) => n !== ns);
  if (elsewhere.length > 0 && isMaster !== true && t.ip?.args.includes('master')) {
    const bridge = t.ip.args[t.ip.args.indexOf('master') + 1] ?? '?';
    const here = findNetns(s, ns);
    const end = here?.links.find((l) => l.peer?.name === name && l.peer.netns !== null && elsewhere.includes(l.peer.netns));
    const first = tr(lang,
      `${name} is not ${inNs(ns, lang)}: it is ${inNs(elsewhere[0]!, lang)}. A bridge and its ports live in the same namespace, and ${bridge} is ${inNs(ns, lang)}.`,
      `${name} 不${atNs(ns, lang)}：它${atNs(elsewhere[0]!, lang)}。网桥和它的端口必须在同一个命名空间里，而 ${bridge} ${atNs(ns, lang)}。`);
    return [first, end
      ? tr(lang, `Plug in the end of the cable that stayed here, ${end.name} (the other end of ${name} ${inNs(end.peer!.netns!, lang)}): ${code(`${ipIn(ns)}link set ${end.name} master ${bridge}`)}.`,
        `把留在这里的那一端插上去，也就是 ${end.name}（${inNs(end.peer!.netns!, lang)}的 ${name} 的另一端）：${code(`${ipIn(ns)}link set ${end.name} master ${bridge}`)}。`)
      : tr(lang, `Plug in an interface that is ${inNs(ns, lang)}: ${code(`${ipIn(ns)}link`)} lists them.`, `插一个${atNs(ns, lang)}的接口：${code(`${ipIn(ns)}link`)} 可以列出它们。`)];
  }
  if (elsewhere.length > 0) {
    const other = elsewhere[0]!;
    return [tr(lang,
      `${name} is not ${inNs(ns, lang)}: it is ${inNs(other, lang)} now. An interface lives in exactly one namespace, and a command sees only the namespace it runs in.`,
      `${name} 不${atNs(ns, lang)}：它现在${atNs(other, lang)}。一个接口只属于一个命名空间，命令也只能看到它所在的命名空间。`),
    tr(lang, `Run it there: ${code(ipCommandIn(t, other))}.`, `到那里去执行：${code(ipCommandIn(t, other))}。`)];
  }
  if (isMaster) return [tr(lang,
    `There is no bridge named ${name} ${inNs(ns, lang)}. Create it first: ${code(`${ipIn(ns)}link add ${name} type bridge`)}.`,
    `${inNs(ns, lang)}没有名为 ${name} 的网桥。先创建它：${code(`${ipIn(ns)}link add ${name} type bridge`)}。`)];
  const all = allNamespaces(s).flatMap((n) => n.links.map((l) => l.name));
  const guess = didYouMean(name, all);
  return [tr(lang,
    `No interface named ${name} exists anywhere in the lab: it has not been created yet, or it was deleted.`,
    `整个实验里都没有名为 ${name} 的接口：它还没创建，或者已经被删除了。`),
  guess ? tr(lang, `Did you mean ${guess}?`, `是不是想写 ${guess}？`)
    : tr(lang, `${code(`${ipIn(ns)}link`)} lists the interfaces there.`, `${code(`${ipIn(ns)}link`)} 可以列出那里的接口。`)];
}

/** `Cannot open network namespace "X"`, `Invalid "netns" value`, `Cannot remove namespace file`. */
export function missingNetns(c: ErrorContext, name: string, deleting: boolean): string[] {
  const { lang, snapshot: s } = c;
  const names = namespaceNames(s);
  const have = s ? (names.length > 0
    ? tr(lang, `The lab has ${joinList(names, lang)}.`, `实验里现有的是 ${joinList(names, lang)}。`)
    : tr(lang, 'The lab has no named namespace yet.', '实验里还没有任何有名字的命名空间。')) : '';
  const guess = didYouMean(name, names);
  const first = deleting
    ? tr(lang, `There is no namespace named ${name} to delete.`, `没有名为 ${name} 的命名空间可删。`)
    : tr(lang, `There is no namespace named ${name}: it must exist before you can run commands in it or move an interface into it.`,
      `没有名为 ${name} 的命名空间：要先创建它，才能在里面执行命令或把接口移进去。`);
  const fix = guess ? tr(lang, `Did you mean ${guess}?`, `是不是想写 ${guess}？`)
    : deleting ? '' : tr(lang, `Create it with ${code(`ip netns add ${name}`)}.`, `用 ${code(`ip netns add ${name}`)} 创建它。`);
  return [first, [have, fix].filter(Boolean).join(lang === 'zh' ? '' : ' ')].filter(Boolean);
}

/** `RTNETLINK answers: File exists`, read against what the command tried to create. */
export function alreadyExists(c: ErrorContext): string[] {
  const { lang, snapshot: s, target: t } = c;
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
    if (!s && peerName && first) return [tr(lang,
      `An interface named ${first} or ${peerName} already exists ${inNs(ns, lang)} (the kernel does not say which), and names must be unique within a namespace.`,
      `${inNs(ns, lang)}已经有名为 ${first} 或 ${peerName} 的接口了（内核没说是哪一个），同一命名空间里接口名不能重复。`),
    tr(lang,
      `${code(`${ipIn(ns)}link`)} shows which. Pick another name, or delete the old one first (${code(`${ipIn(ns)}link del NAME`)}; deleting one end of a veth deletes both). An old end that is meant for another namespace can be moved there instead: ${code(`${ipIn(ns)}link set NAME netns NS`)}.`,
      `${code(`${ipIn(ns)}link`)} 能看出是哪一个。换一个名字，或者先删掉旧的（${code(`${ipIn(ns)}link del 名字`)}；删掉 veth 的一端，另一端也会一起消失）。如果旧的那一端本该在别的命名空间里，也可以把它移过去：${code(`${ipIn(ns)}link set 名字 netns 命名空间`)}。`)];
    const old = s && taken.length === 1 && taken[0] === peerName ? findNetns(s, ns)?.links.find((l) => l.name === peerName) : undefined;
    if (old?.kind === 'veth' && old.peer?.netns === ns && peerName && first) return [tr(lang,
      `An interface named ${peerName} already exists ${inNs(ns, lang)}: the end of an earlier pair (its other end is ${old.peer.name ?? '?'}) that has not been moved yet. A name must be unique only within a namespace.`,
      `${inNs(ns, lang)}已经有名为 ${peerName} 的接口了：它是之前那对 veth 的一端（另一端是 ${old.peer.name ?? '?'}），还没有被移走。接口名只需要在同一个命名空间里唯一。`),
    tr(lang,
      `Move it to its namespace first (${code(`${ipIn(ns)}link set ${peerName} netns NS`)}), or let the new end be born in its namespace: ${code(`${ipIn(ns)}link add ${first} type veth peer name ${peerName} netns NS`)}.`,
      `先把它移到它的命名空间（${code(`${ipIn(ns)}link set ${peerName} netns 命名空间`)}），或者让新的一端直接诞生在它的命名空间里：${code(`${ipIn(ns)}link add ${first} type veth peer name ${peerName} netns 命名空间`)}。`)];
    return [tr(lang,
      names.length > 1
        ? `Interfaces named ${joinList(names, lang)} already exist ${inNs(ns, lang)}, and names must be unique within a namespace.`
        : `An interface named ${names[0]} already exists ${inNs(ns, lang)}, and names must be unique within a namespace.`,
      `${inNs(ns, lang)}已经有名为 ${joinList(names, lang)} 的接口了，同一命名空间里接口名不能重复。`),
    tr(lang,
      `Pick another name, or delete the old one first: ${code(`${ipIn(ns)}link del ${names[0]}`)} (deleting one end of a veth deletes both).`,
      `换一个名字，或者先删掉旧的：${code(`${ipIn(ns)}link del ${names[0]}`)}（删掉 veth 的一端，另一端也会一起消失）。`)];
  }
  if (ip?.object === 'route' && (ip.command === 'add' || ip.command === 'append')) {
    const dst = ip.args[0] ?? '?';
    return [dst === 'default'
      ? tr(lang, `A default route already exists ${inNs(ns, lang)}; there can be only one.`, `${inNs(ns, lang)}已经有一条默认路由了，只能有一条。`)
      : tr(lang, `A route to ${dst} already exists ${inNs(ns, lang)}; the table holds one per destination.`, `${inNs(ns, lang)}已经有一条去往 ${dst} 的路由了，同一目的地只能有一条。`),
    tr(lang,
      `To change it, use ${code(`${ipIn(ns)}route replace ${ip.args.join(' ')}`)}, or delete it first with ${code(`${ipIn(ns)}route del ${dst}`)}.`,
      `要修改它，用 ${code(`${ipIn(ns)}route replace ${ip.args.join(' ')}`)}，或者先用 ${code(`${ipIn(ns)}route del ${dst}`)} 删除。`)];
  }
  if (ip?.object === 'address') return addressAssigned(c);
  return [tr(lang, 'The kernel says this already exists: the command tries to create something that is already there.', '内核说它已经存在：这条命令要创建的东西已经有了。'),
    tr(lang,
      `An interface name is unique within a namespace, a route within its table (one per destination), an address within its interface. ${code('ip link')}, ${code('ip route')} or ${code('ip addr')} shows what is there; delete it first, pick another name, or change a route with ${code('ip route replace')}.`,
      `接口名在同一命名空间里唯一，路由在同一张表里唯一（每个目的地一条），地址在同一个接口上唯一。用 ${code('ip link')}、${code('ip route')} 或 ${code('ip addr')} 看看已经有什么；先删掉它、换个名字，或者用 ${code('ip route replace')} 修改路由。`)];
}

/** `Error: ipv4: Address already assigned.` */
export function addressAssigned(c: ErrorContext): string[] {
  const { lang, target: t } = c;
  const a = t.ip?.args ?? [];
  const cidr = a.find((w) => /^\d+\.\d+\.\d+\.\d+(\/\d+)?$/.test(w));
  const dev = a.includes('dev') ? a[a.indexOf('dev') + 1] : undefined;
  const ns = t.ns;
  if (!cidr || !dev) return [tr(lang,
    `The address is already on that interface ${whereRan(c)}: adding it again changes nothing.`,
    `${whereRan(c)}那个接口上已经有这个地址了，再加一次不会有任何变化。`),
  tr(lang,
    `${code('ip addr show dev IF')} shows it. To change it, remove it first: ${code('ip addr del ADDRESS/PREFIX dev IF')}.`,
    `用 ${code('ip addr show dev 接口')} 可以看到它。要修改，先删除：${code('ip addr del 地址/前缀 dev 接口')}。`)];
  return [tr(lang,
    `${cidr} is already on ${dev} ${inNs(ns, lang)}: adding it again changes nothing.`,
    `${inNs(ns, lang)}的 ${dev} 上已经有 ${cidr} 了，再加一次不会有任何变化。`),
  tr(lang,
    `${code(`${ipIn(ns)}addr show dev ${dev}`)} shows it. To change it, remove it first: ${code(`${ipIn(ns)}addr del ${cidr} dev ${dev}`)}.`,
    `用 ${code(`${ipIn(ns)}addr show dev ${dev}`)} 可以看到它。要修改，先删除：${code(`${ipIn(ns)}addr del ${cidr} dev ${dev}`)}。`)];
}

/** `Object "X" is unknown` and `Command "X" is unknown`. */
export function unknownWord(c: ErrorContext, kind: 'object' | 'command', word: string, objectInText?: string): string[] {
  const { lang } = c;
  if (kind === 'object') {
    const guess = didYouMean(word, IP_OBJECTS.slice());
    return [tr(lang,
      `${word} is not something ip knows. Objects come right after ip: ${code('link')}, ${code('address')}, ${code('route')}, ${code('neigh')}, ${code('netns')}, or a prefix of one (${code('l')}, ${code('a')}, ${code('r')}).`,
      `ip 不认识 ${word}。紧跟在 ip 后面的是对象：${code('link')}、${code('address')}、${code('route')}、${code('neigh')}、${code('netns')}，也可以只写开头几个字母（${code('l')}、${code('a')}、${code('r')}）。`),
    ...(guess ? [tr(lang, `Did you mean ${guess}?`, `是不是想写 ${guess}？`)] : [])];
  }
  // iproute2 names the object in its hint (`try "ip link help"`) when the command line is not at hand.
  const object = c.target.ip?.object ?? objectInText ?? '';
  const commands = [...new Set(IP_COMMANDS[object] ?? [])].filter((x) => x !== 'lst');
  const guess = didYouMean(word, commands);
  if (commands.length === 0) return [tr(lang,
    `ip ${object || 'OBJECT'} has no command ${word}. ${code(`ip ${object || 'OBJECT'} help`)} lists its commands (add, show, set, del, …).`,
    `ip ${object || '对象'} 没有 ${word} 这个命令。${code(`ip ${object || '对象'} help`)} 会列出它的命令（add、show、set、del……）。`)];
  return [tr(lang,
    `ip ${object} has no command ${word}. Its commands: ${joinList(commands.map(code), lang)}.`,
    `ip ${object} 没有 ${word} 这个命令。它的命令有：${joinList(commands.map(code), lang)}。`),
  ...(guess ? [tr(lang, `Did you mean ${guess}?`, `是不是想写 ${guess}？`)] : [])];
}
