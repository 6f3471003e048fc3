/** The tutor's Chinese words: explain-error, the errors of `ip` about its objects. */
import type { ExplainErrorIpWords } from '../en/explain-error-ip.ts';

const code = (s: string): string => `\`${s}\``;

export const explainErrorIp: ExplainErrorIpWords = {
  didYouMean: (guess) => `是不是想写 ${guess}？`,

  devMissing: (name, where) =>
    `${where}没有 ${name}：要么它从来没创建过，要么已经被移到别的命名空间去了（一个接口只能属于一个命名空间，命令也只能看到它所在的命名空间）。`,
  devMissingBridge: (name, cmd) => `如果 ${name} 应该是一个网桥，先创建它：${code(cmd)}。`,
  devMissingList: (cmd) => `${code(cmd)} 列出那里的接口；${code('ip -all netns exec ip -br link')} 能看出每个接口在哪个命名空间里。`,
  devPortElsewhere: (name, here, there, bridge) =>
    `${name} 不${here}：它${there}。网桥和它的端口必须在同一个命名空间里，而 ${bridge} ${here}。`,
  devPlugEnd: (end, name, peerIn, cmd) => `把留在这里的那一端插上去，也就是 ${end}（${peerIn}的 ${name} 的另一端）：${code(cmd)}。`,
  devPlugHere: (here, cmd) => `插一个${here}的接口：${code(cmd)} 可以列出它们。`,
  devElsewhere: (name, here, there) =>
    `${name} 不${here}：它现在${there}。一个接口只属于一个命名空间，命令也只能看到它所在的命名空间。`,
  devRunThere: (cmd) => `到那里去执行：${code(cmd)}。`,
  devNoBridge: (name, inNs, cmd) => `${inNs}没有名为 ${name} 的网桥。先创建它：${code(cmd)}。`,
  devNowhere: (name) => `整个实验里都没有名为 ${name} 的接口：它还没创建，或者已经被删除了。`,
  devListThere: (cmd) => `${code(cmd)} 可以列出那里的接口。`,

  netnsHave: (list) => `实验里现有的是 ${list}。`,
  netnsHaveNone: '实验里还没有任何有名字的命名空间。',
  netnsNoneToDelete: (name) => `没有名为 ${name} 的命名空间可删。`,
  netnsNone: (name) => `没有名为 ${name} 的命名空间：要先创建它，才能在里面执行命令或把接口移进去。`,
  netnsCreate: (name) => `用 ${code(`ip netns add ${name}`)} 创建它。`,
  netnsSep: '',

  existsEither: (first, peer, inNs) => `${inNs}已经有名为 ${first} 或 ${peer} 的接口了（内核没说是哪一个），同一命名空间里接口名不能重复。`,
  existsEitherFix: (ip) =>
    `${code(`${ip}link`)} 能看出是哪一个。换一个名字，或者先删掉旧的（${code(`${ip}link del 名字`)}；删掉 veth 的一端，另一端也会一起消失）。如果旧的那一端本该在别的命名空间里，也可以把它移过去：${code(`${ip}link set 名字 netns 命名空间`)}。`,
  existsOldEnd: (peer, inNs, otherEnd) =>
    `${inNs}已经有名为 ${peer} 的接口了：它是之前那对 veth 的一端（另一端是 ${otherEnd}），还没有被移走。接口名只需要在同一个命名空间里唯一。`,
  existsOldEndFix: (ip, peer, first) =>
    `先把它移到它的命名空间（${code(`${ip}link set ${peer} netns 命名空间`)}），或者让新的一端直接诞生在它的命名空间里：${code(`${ip}link add ${first} type veth peer name ${peer} netns 命名空间`)}。`,
  existsLinks: (list, _count, inNs) => `${inNs}已经有名为 ${list} 的接口了，同一命名空间里接口名不能重复。`,
  existsLinksFix: (cmd) => `换一个名字，或者先删掉旧的：${code(cmd)}（删掉 veth 的一端，另一端也会一起消失）。`,
  existsDefaultRoute: (inNs) => `${inNs}已经有一条默认路由了，只能有一条。`,
  existsRoute: (dst, inNs) => `${inNs}已经有一条去往 ${dst} 的路由了，同一目的地只能有一条。`,
  existsRouteFix: (replace, del) => `要修改它，用 ${code(replace)}，或者先用 ${code(del)} 删除。`,
  existsAny: '内核说它已经存在：这条命令要创建的东西已经有了。',
  existsAnyFix: `接口名在同一命名空间里唯一，路由在同一张表里唯一（每个目的地一条），地址在同一个接口上唯一。用 ${code('ip link')}、${code('ip route')} 或 ${code('ip addr')} 看看已经有什么；先删掉它、换个名字，或者用 ${code('ip route replace')} 修改路由。`,

  assignedAny: (where) => `${where}那个接口上已经有这个地址了，再加一次不会有任何变化。`,
  assignedAnyFix: `用 ${code('ip addr show dev 接口')} 可以看到它。要修改，先删除：${code('ip addr del 地址/前缀 dev 接口')}。`,
  assigned: (cidr, dev, inNs) => `${inNs}的 ${dev} 上已经有 ${cidr} 了，再加一次不会有任何变化。`,
  assignedFix: (show, del) => `用 ${code(show)} 可以看到它。要修改，先删除：${code(del)}。`,

  unknownObject: (word) =>
    `ip 不认识 ${word}。紧跟在 ip 后面的是对象：${code('link')}、${code('address')}、${code('route')}、${code('neigh')}、${code('netns')}，也可以只写开头几个字母（${code('l')}、${code('a')}、${code('r')}）。`,
  unknownCommandAny: (object, word) => `ip ${object || '对象'} 没有 ${word} 这个命令。${code(`ip ${object || '对象'} help`)} 会列出它的命令（add、show、set、del……）。`,
  unknownCommand: (object, word, list) => `ip ${object} 没有 ${word} 这个命令。它的命令有：${list}。`,
};
