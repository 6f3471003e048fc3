/** The tutor's English words: explain-command (what each word of a command line does). */
import { explainCommandTables } from './explain-command-tables.ts';

const sentences = {
  // Shared by the tools.
  theNamespace: 'the namespace',
  anArgument: 'an argument of this command',
  sudo: 'run what follows as root',

  // `ip [OPTIONS] OBJECT COMMAND [ARGUMENTS]`.
  ipTool: "iproute2's tool for the kernel's network settings; its grammar is ip [OPTIONS] OBJECT COMMAND [ARGUMENTS]",
  ipNetnsOption: (ns: string) => `option: run this ip command inside namespace ${ns} (the same as ip netns exec ${ns} ip …)`,
  ipOption: 'an option of ip',
  ipNotObject: 'not an object ip knows (link, address, route, neigh, netns, …)',
  ipObjectShort: (word: string, object: string) => ` (${word} is short for ${object}: ip accepts any prefix, the first match wins)`,
  ipObjectDefault: (command: string) => `; with no command, ip runs ${command}`,
  ipObject: (object: string, meaning: string | undefined, short: string, dflt: string) => `object: ${object}, ${meaning ?? 'what the command acts on'}${short}${dflt}`,
  ipCommandShort: (command: string) => ` (short for ${command})`,
  ipNotCommand: (object: string) => `not a command of ip ${object}`,
  ipCommand: (meaning: string | undefined, command: string, short: string) => `command: ${meaning ?? command}${short}`,
  execNs: 'the namespace to run it in',
  execProgramThen: (ns: string, meaning: string) => `the program to run inside ${ns}; it and everything after it run there. ${meaning}`,
  execProgram: (ns: string) => `the program to run inside ${ns}`,
  execArgument: 'an argument of that program',

  // The words after `ip OBJECT COMMAND` that are no keyword: names and addresses.
  argPeerName: "the other end's name follows",
  argRename: 'rename it to the name that follows',
  argPeerNameValue: "the other end's name",
  argAddressPrefix: (ip: string, prefix: string, first: string, last: string) =>
    `the address ${ip} with prefix /${prefix}: ${first}–${last} become reachable directly through the interface`,
  argLookUp: (address: string) => `the address to look up: which route would the kernel use for ${address}?`,
  argNetwork: (network: string) => `the destination network ${network}`,
  argAddress: (address: string) => `the address ${address}`,
  argNewNetns: 'the new namespace\'s name',
  argDeleteNetns: 'the namespace to delete',
  argNetns: 'a namespace',
  argNewLink: 'the new interface\'s name (a bare first word is read as the name, unless it looks like a keyword such as a for address)',
  argSetLink: 'the interface to change',
  argDeleteLink: 'the interface to delete (for a veth, both ends go)',
  argShowLink: 'show only this interface',

  // `ping`.
  pingTool: 'send ICMP echo requests and report the replies',
  pingValue: 'its value',
  pingQuiet: 'option: print only the statistics',
  pingFamily: (version: string | undefined) => `option: IPv${version} only`,
  pingOption: 'an option of ping',
  pingAddress: (loopback: boolean) => `the address to send the requests to${loopback ? ' (loopback: this namespace itself)' : ''}`,

  // `ls`.
  lsTool: 'list the files in a directory',
  lsNetnsDir: 'the directory where ip netns add keeps one file per named namespace (/var/run is a link to /run)',
  lsOption: 'an option of ls',
  lsFile: 'a file or directory to list',

  // `bridge [OPTIONS] OBJECT [COMMAND [ARGS]]`.
  bridgeTool: "iproute2's tool for bridges: their ports, forwarding database and VLANs; its grammar is bridge [OPTIONS] OBJECT COMMAND",
  bridgeNetnsOption: 'option: run it inside the namespace that follows',
  bridgeDetails: 'option: show details (for ports: learning, flooding, …)',
  bridgeStats: 'option: show statistics (for fdb entries: when last used)',
  bridgeJson: 'option: print JSON, for programs',
  bridgeOption: 'an option of bridge',
  bridgeNotObject: 'not an object bridge knows (link, fdb, mdb, vlan)',
  bridgeObject: (object: string, meaning: string) => `object: ${object}, ${meaning}`,
  bridgeCommand: (meaning: string) => `command: ${meaning}`,
  macAddress: 'a MAC address',

  // `sysctl [OPTIONS] KEY[=VALUE]…`.
  sysctlTool: 'read or change kernel settings (the files under /proc/sys)',
  sysctlWrite: 'option: write: set each KEY to the value after =',
  sysctlValueOnly: 'option: print only the value',
  sysctlAll: 'option: show every setting',
  sysctlOption: 'an option of sysctl',
  sysctlForwardKey: 'whether this namespace forwards IPv4 packets between its interfaces, like a router (1) or not (0); a new namespace starts with the value of the machine\'s initial namespace',
  sysctlNetKey: 'a network setting; net.* settings belong to the namespace it runs in',
  sysctlKey: 'a kernel setting',
  sysctlForwardOn: 'this namespace forwards IPv4 packets between its interfaces from now on, like a router',
  sysctlForwardOff: 'this namespace stops forwarding IPv4 packets between its interfaces',
  sysctlSet: (key: string, value: string, meaning: string) => `set ${key} to ${value}: ${meaning}`,
  sysctlRead: (meaning: string) => `the setting to read: ${meaning}`,
};

export type ExplainCommandSentencesWords = typeof sentences;

export const explainCommand = { ...sentences, ...explainCommandTables };

export type ExplainCommandWords = typeof explainCommand;
