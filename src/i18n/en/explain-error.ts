/** The tutor's English words: explain-error (why a command failed, and the fix). */
import { explainErrorIp } from './explain-error-ip.ts';
import { explainErrorPing } from './explain-error-ping.ts';

/** Code in running text (as the explainers write it). */
const code = (s: string): string => `\`${s}\``;

const rules = {
  // The explain subcommand's heading, and where an unknown command ran.
  whyFailed: 'Why it failed:',
  whereUnknown: 'in the namespace where the command ran',

  // A short interface name read as an abbreviated keyword (`ip link add a …`).
  abbrevReadAs: (word: string, kw: string) =>
    `iproute2 read ${code(word)} as the keyword ${code(kw)}: it accepts any abbreviation of its keywords, so ${code(word)} never became the interface's name.`,
  abbrevSayName: (fixed: string) => `Say ${code('name')} before a name that could be read as a keyword: ${code(fixed)}.`,
  kwLladdr: (word: string) =>
    `iproute2 read ${code(word)} as a link-layer (MAC) address, and it is not one: a MAC address is six two-digit hexadecimal numbers joined by colons, such as 02:00:00:00:00:01.`,
  kwLladdrCommandWord: (word: string) =>
    `${code(word)} is a word of the command, so the word before it was taken as the keyword ${code('address')}: iproute2 accepts any abbreviation of its keywords (a, ad, addr, …), and an interface named like one is read as it. Say ${code('name')} before such a name: ${code('ip link add name NAME type veth peer name PEER')}.`,
  kwTxqueuelen: (word: string) =>
    `iproute2 read ${code(word)} as the value of ${code('txqueuelen')} (the transmit queue length, a number): the word before it was taken as that keyword, since iproute2 accepts any abbreviation of its keywords (t, tx, txq, …). Say ${code('name')} before an interface name that could be read as a keyword: ${code('ip link add name NAME type veth peer name PEER')}.`,

  // `either "X" is duplicate, or "Y" is a garbage`: a word iproute2 did not expect.
  garbageOneAddress: (word: string) => `One address per command: iproute2 already had an address when it met ${code(word)}.`,
  garbageAddrDev: (word: string) =>
    `${code('ip addr add')} wants the interface after the word ${code('dev')}: iproute2 took an earlier word as the address and did not know what to do with ${code(word)}.`,
  garbageAddrWrite: (word: string) => `Write ${code(`ip addr add ADDRESS/PREFIX dev ${word}`)}.`,
  garbageAddrTook: (address: string, word: string) =>
    `${code('ip addr add')} wants the interface after the word ${code('dev')}: iproute2 took ${code(address)} as the address and did not know what to do with ${code(word)}.`,
  garbageWrite: (fixed: string) => `Write ${code(fixed)}.`,
  garbageHelpAny: 'ip OBJECT help',
  garbageOrder: (key: string, word: string, help: string) =>
    `iproute2 already had a value for ${code(key)} when it met ${code(word)}, and did not expect another word there. Check the order of the words: ${code(help)} shows it.`,
  garbageAbbrev: `A common cause: an interface name that is also an abbreviation of a keyword (${code('l')} for ${code('link')}, ${code('a')} for ${code('address')}), so iproute2 read it as that keyword. Say ${code('name')} before the name: ${code('ip link add name NAME type veth peer name PEER')}.`,

  // Rights, and programs this machine lacks.
  permNetns: 'Operation not permitted: creating a namespace needs root, because ip netns add mounts it under /run/netns.',
  permNetwork: 'Operation not permitted: the kernel refused because changing network settings needs administrator rights (CAP_NET_ADMIN) in that namespace. Run it as root.',
  installHow: (apt: string, dnf: string) => `To install it: Debian/Ubuntu ${code(`sudo apt-get install ${apt}`)}, Fedora/RHEL ${code(`sudo dnf install ${dnf}`)}.`,
  installAny: 'Install the package that provides it, or pick another command.',
  installMissing: (name: string) =>
    `${code(name)} is not installed on this machine. The lab runs the host's own programs, so it can run only what is installed there.`,

  // `Nexthop has invalid gateway`: a gateway that is no neighbour.
  nexthopUnknown: (gw: string, at: string) =>
    `${gw === '?' ? 'The gateway' : `The gateway ${gw}`} is not in any subnet reached directly ${at}, so the kernel cannot hand packets to it. A gateway must be a neighbour: an address on the subnet of an interface there that is up and has an address in it.`,
  nexthopListDirect: (ip: string) =>
    `${code(`${ip}route`)} lists the subnets reached directly (the routes without ${code('via')}); use the router's address on one of them.`,
  nexthopOnly: (list: string, count: number, inNs: string) => `Only ${list} ${count === 1 ? 'is' : 'are'} reached directly ${inNs}.`,
  nexthopNothing: 'Nothing is reached directly from there yet: no interface is up with an address.',
  nexthopNotNeighbour: (gw: string, at: string) => `The gateway ${gw} is not in any subnet reached directly ${at}, so the kernel cannot hand packets to it.`,
  nexthopMustNeighbour: ' The gateway must be a neighbour on one of those links.',
  nexthopOtherLeg: (p: { gw: string; link: string; ownerIn: string; hereIn: string; hereName: string; ownerName: string; address: string; dev: string; cmd: string }) =>
    `${p.gw} is on ${p.link} ${p.ownerIn}, on another network; ${p.hereIn} the same ${p.ownerName} is reached at ${p.address} (${p.dev}): ${code(p.cmd)}.`,

  // `No route to host` from `ip route get`.
  routeGetRefused: (inNs: string, dst: string) => `No route to host: ${inNs} the route that covers ${dst} refuses packets (an unreachable or prohibit route).`,
  routeGetForward: (dst: string, iif: string, name: string) =>
    `No route to host: a packet for ${dst} arriving on ${iif} is for somebody else, so ${name} would have to forward it.`,
  routeGetForwardWhy: (dst: string, fwd: string) =>
    `Either forwarding is off there (net.ipv4.ip_forward is 0: ${fwd} turns it on), or no route there leads to ${dst}.`,
  routeGetForwardOff: (dst: string, iif: string, name: string) =>
    `No route to host: a packet for ${dst} arriving on ${iif} is for somebody else, so ${name} would have to forward it, and forwarding is off there (net.ipv4.ip_forward is 0).`,
  routeGetForwardOn: (fwd: string) => `Its routes serve only its own packets until forwarding is on: ${fwd}.`,
  routeGetNowhere: (inNs: string, iif: string, dst: string) => `No route to host: ${inNs} no route would take a packet arriving on ${iif} to ${dst}.`,

  // The other messages, each with its one meaning.
  netnsExists: (name: string) => `Namespace ${name} already exists.`,
  netnsExistsFix: (name: string) => `${code('ip netns list')} shows it; ${code(`ip netns del ${name}`)} removes it if you want to start over.`,
  badPrefix: (word: string) =>
    `${word} is not a valid address: each of the four numbers goes from 0 to 255, with an optional /prefix from 0 to 32 (for example 192.0.0.1/24).`,
  execNoProgram: (prog: string) =>
    `There is no program named ${prog}: ip netns exec runs a program inside the namespace, so the word after the namespace's name must be a command, such as ip or ping.`,
  unknownType: 'The kernel does not know this interface type: its module is missing on this machine, or the type is misspelt (veth, bridge, dummy, …).',
  unreachableText: 'Network is unreachable: no route covers the address the command named (the destination of `ip route get`, or the gateway of a route `via` it), so the kernel had nowhere to send a packet for it.',
  unreachableTextFix: 'The routes without a gateway come from interfaces that are up with an address; `ip route` lists them. Bring the interface up, give it an address in that subnet, or add a route.',
  noRouteText: 'No route to host: the route that covers the address refuses packets (an unreachable or prohibit route), or, for `ip route get … iif IF`, the packet would have to be forwarded and forwarding is off (net.ipv4.ip_forward is 0) or leads nowhere.',
  noSuchEntry: 'There is no such entry to delete or change (for a route: no route with exactly that destination).',
  cannotAssign: 'That address is not on that interface, so there is nothing to remove.',
};

export type ExplainErrorRulesWords = typeof rules;

export const explainError = { ...rules, ...explainErrorIp, ...explainErrorPing };

export type ExplainErrorWords = typeof explainError;
