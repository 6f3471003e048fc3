/** Reading a learner's command line: which program runs, in which namespace. Pure. */
import { type IpCommand, parseIp } from '../../iproute/grammar.ts';
import { ROOT_NS } from '../../model/snapshot.ts';
import { pingOperands } from '../../net/ping-args.ts';

/** The program a command line finally runs and where. */
export type Target = {
  /** The namespace it runs in: from `ip netns exec NS` or `ip -n NS`; `ROOT_NS` when neither. */
  readonly ns: string;
  /** Whether a namespace was named on the command line. */
  readonly nsGiven: boolean;
  /** The program's name without its directory (`ip`, `ping`, `ls`), or '' for an empty line. */
  readonly prog: string;
  /** Its words after the program name, with `ip netns exec NS` taken off. */
  readonly args: readonly string[];
  /** For `ip`, how iproute2 reads the words. */
  readonly ip: IpCommand | null;
};

/** Unwraps `sudo`, `ip netns exec NS …` (nested too) and `ip -n NS`. Never throws. */
export function readTarget(argv: readonly string[]): Target {
  let words = [...argv];
  let ns: string | null = null;
  for (let depth = 0; depth < 8; depth += 1) {
    while (words[0] === 'sudo') words = words.slice(1);
    const prog = (words[0] ?? '').split('/').pop() ?? '';
    const args = words.slice(1);
    if (prog !== 'ip') return { ns: ns ?? ROOT_NS, nsGiven: ns !== null, prog, args, ip: null };
    const ip = parseIp(args);
    if (ip.object === 'netns' && ip.command === 'exec' && ip.args.length >= 2) {
      ns = ip.args[0]!;
      words = ip.args.slice(1);
      continue;
    }
    if (ip.netns !== null) ns = ip.netns;
    return { ns: ns ?? ROOT_NS, nsGiven: ns !== null, prog, args, ip };
  }
  return { ns: ns ?? ROOT_NS, nsGiven: ns !== null, prog: '', args: [], ip: null };
}

/** The destination a ping command names: its last operand (iputils reads any before it as hops). */
export function pingTarget(args: readonly string[]): string | null {
  return pingOperands(args).at(-1) ?? null;
}
