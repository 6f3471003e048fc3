/** The tutor's English words: explain-error, the errors of `ip` about its objects (interfaces, namespaces, routes, addresses, words). */

/** Code in running text (as the explainers write it). */
const code = (s: string): string => `\`${s}\``;

export const explainErrorIp = {
  didYouMean: (guess: string) => `Did you mean ${guess}?`,

  // A device that is not there: never created, elsewhere, or a bridge to create.
  devMissing: (name: string, where: string) =>
    `${name} does not exist ${where}: either it was never created, or it was moved to another namespace (an interface lives in exactly one, and a command sees only the namespace it runs in).`,
  devMissingBridge: (name: string, cmd: string) => `If ${name} is meant to be a bridge, create it first: ${code(cmd)}.`,
  devMissingList: (cmd: string) => `${code(cmd)} lists the interfaces there; ${code('ip -all netns exec ip -br link')} shows which namespace holds which.`,
  devPortElsewhere: (name: string, here: string, there: string, bridge: string) =>
    `${name} is not ${here}: it is ${there}. A bridge and its ports live in the same namespace, and ${bridge} is ${here}.`,
  devPlugEnd: (end: string, name: string, peerIn: string, cmd: string) =>
    `Plug in the end of the cable that stayed here, ${end} (the other end of ${name} ${peerIn}): ${code(cmd)}.`,
  devPlugHere: (here: string, cmd: string) => `Plug in an interface that is ${here}: ${code(cmd)} lists them.`,
  devElsewhere: (name: string, here: string, there: string) =>
    `${name} is not ${here}: it is ${there} now. An interface lives in exactly one namespace, and a command sees only the namespace it runs in.`,
  devRunThere: (cmd: string) => `Run it there: ${code(cmd)}.`,
  devNoBridge: (name: string, inNs: string, cmd: string) => `There is no bridge named ${name} ${inNs}. Create it first: ${code(cmd)}.`,
  devNowhere: (name: string) => `No interface named ${name} exists anywhere in the lab: it has not been created yet, or it was deleted.`,
  devListThere: (cmd: string) => `${code(cmd)} lists the interfaces there.`,

  // A namespace that is not there.
  netnsHave: (list: string) => `The lab has ${list}.`,
  netnsHaveNone: 'The lab has no named namespace yet.',
  netnsNoneToDelete: (name: string) => `There is no namespace named ${name} to delete.`,
  netnsNone: (name: string) => `There is no namespace named ${name}: it must exist before you can run commands in it or move an interface into it.`,
  netnsCreate: (name: string) => `Create it with ${code(`ip netns add ${name}`)}.`,
  /** Between what the lab has and the fix, in one note. */
  netnsSep: ' ',

  // `File exists`: an interface, a route or an address already there.
  existsEither: (first: string, peer: string, inNs: string) =>
    `An interface named ${first} or ${peer} already exists ${inNs} (the kernel does not say which), and names must be unique within a namespace.`,
  existsEitherFix: (ip: string) =>
    `${code(`${ip}link`)} shows which. Pick another name, or delete the old one first (${code(`${ip}link del NAME`)}; deleting one end of a veth deletes both). An old end that is meant for another namespace can be moved there instead: ${code(`${ip}link set NAME netns NS`)}.`,
  existsOldEnd: (peer: string, inNs: string, otherEnd: string) =>
    `An interface named ${peer} already exists ${inNs}: the end of an earlier pair (its other end is ${otherEnd}) that has not been moved yet. A name must be unique only within a namespace.`,
  existsOldEndFix: (ip: string, peer: string, first: string) =>
    `Move it to its namespace first (${code(`${ip}link set ${peer} netns NS`)}), or let the new end be born in its namespace: ${code(`${ip}link add ${first} type veth peer name ${peer} netns NS`)}.`,
  existsLinks: (list: string, count: number, inNs: string) => (count > 1
    ? `Interfaces named ${list} already exist ${inNs}, and names must be unique within a namespace.`
    : `An interface named ${list} already exists ${inNs}, and names must be unique within a namespace.`),
  existsLinksFix: (cmd: string) => `Pick another name, or delete the old one first: ${code(cmd)} (deleting one end of a veth deletes both).`,
  existsDefaultRoute: (inNs: string) => `A default route already exists ${inNs}; there can be only one.`,
  existsRoute: (dst: string, inNs: string) => `A route to ${dst} already exists ${inNs}; the table holds one per destination.`,
  existsRouteFix: (replace: string, del: string) => `To change it, use ${code(replace)}, or delete it first with ${code(del)}.`,
  existsAny: 'The kernel says this already exists: the command tries to create something that is already there.',
  existsAnyFix: `An interface name is unique within a namespace, a route within its table (one per destination), an address within its interface. ${code('ip link')}, ${code('ip route')} or ${code('ip addr')} shows what is there; delete it first, pick another name, or change a route with ${code('ip route replace')}.`,

  // `Address already assigned`.
  assignedAny: (where: string) => `The address is already on that interface ${where}: adding it again changes nothing.`,
  assignedAnyFix: `${code('ip addr show dev IF')} shows it. To change it, remove it first: ${code('ip addr del ADDRESS/PREFIX dev IF')}.`,
  assigned: (cidr: string, dev: string, inNs: string) => `${cidr} is already on ${dev} ${inNs}: adding it again changes nothing.`,
  assignedFix: (show: string, del: string) => `${code(show)} shows it. To change it, remove it first: ${code(del)}.`,

  // `Object "X" is unknown`, `Command "X" is unknown`.
  unknownObject: (word: string) =>
    `${word} is not something ip knows. Objects come right after ip: ${code('link')}, ${code('address')}, ${code('route')}, ${code('neigh')}, ${code('netns')}, or a prefix of one (${code('l')}, ${code('a')}, ${code('r')}).`,
  unknownCommandAny: (object: string, word: string) =>
    `ip ${object || 'OBJECT'} has no command ${word}. ${code(`ip ${object || 'OBJECT'} help`)} lists its commands (add, show, set, del, …).`,
  unknownCommand: (object: string, word: string, list: string) => `ip ${object} has no command ${word}. Its commands: ${list}.`,
};

export type ExplainErrorIpWords = typeof explainErrorIp;
