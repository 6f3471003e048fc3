/**
 * Which reference commands rebuild the lab's state: those that change it.
 * Looking (`ip a`, `ls`, `ping`) is left out, so a replay is quick. Pure.
 */
import { canonicalWords } from '../iproute/grammar.ts';
import { parseCommandLine } from '../policy/command.ts';
import type { RunResult } from '../model/run-result.ts';
import type { Snapshot } from '../model/snapshot.ts';
import type { Lesson } from '../lesson/model.ts';

const READ_ONLY_PROGRAMS = new Set(['ping', 'ls', 'cat', 'echo', 'grep', 'head', 'tail', 'wc', 'sort', 'ss', 'ethtool', 'curl', 'nc', 'wget']);
const READ_ONLY_IP = new Set(['show', 'list', 'get', 'identify', 'pids', 'monitor', 'list-id', 'showdump', 'save']);

/** Whether running this line could change the kernel's state. */
export function changesState(argv: readonly string[]): boolean {
  const words = canonicalWords(argv);
  const prog = words[0];
  if (prog === undefined || READ_ONLY_PROGRAMS.has(prog)) return false;
  if (prog === 'sysctl') return argv.some((a) => a.includes('=') || a === '-w');
  // Listing firewall rules changes nothing (`iptables -L`, `-S`; `nft list …`).
  if (prog === 'iptables' || prog === 'ip6tables') return !argv.some((a) => /^(-[a-zA-Z]*[LS][a-zA-Z]*|--list|--list-rules)$/.test(a));
  if (prog === 'nft') return !argv.slice(1).includes('list');
  if (prog === 'bridge') return !READ_ONLY_IP.has(words[2] ?? 'show');
  if (prog !== 'ip') return true;
  if (words[1] === 'netns' && words[2] === 'exec') return changesState(words.slice(4));
  return !READ_ONLY_IP.has(words[2] ?? 'show');
}

/** `ip` objects whose whole state the probe reads: a change to them shows in the snapshot. */
const PROBED_IP_OBJECTS = new Set(['link', 'address', 'route', 'netns']);

/**
 * Whether a learner's command changed the lab, judged from what ran and the
 * snapshots before and after it: it ended well (exit 0, not stopped), it is
 * a command that can change state, and, where the probe sees everything it
 * can change (`ip link`, `ip addr`, `ip route`, `ip netns`), the snapshot
 * did change. Elsewhere (`sysctl -w`, `ip neigh`, `tc`, `iptables`…) a
 * successful change counts as one. Pure.
 */
export function changedLab(result: RunResult, before: Snapshot | null, after: Snapshot): boolean {
  const argv = result.argv[0] ?? [];
  if (result.exitCode !== 0 || result.interrupted || result.timedOut || !changesState(argv)) return false;
  let words = canonicalWords(argv);
  if (words[0] === 'ip' && words[1] === 'netns' && words[2] === 'exec') words = words.slice(4);
  const probed = words[0] === 'ip' && PROBED_IP_OBJECTS.has(words[1] ?? '');
  return !probed || before === null || JSON.stringify(before) !== JSON.stringify(after);
}

/**
 * The command lines that rebuild the lab as it is when step `upto` (0-based)
 * begins: setup, then each earlier step's own setup and changes, then this
 * step's setup.
 */
export function replayCommands(lesson: Lesson, upto: number): string[] {
  const lines = [...lesson.setup.map((c) => c.text)];
  for (const step of lesson.steps.slice(0, upto)) lines.push(...step.setup.map((c) => c.text), ...stepChanges(lesson, step.commands));
  lines.push(...(lesson.steps[upto]?.setup ?? []).map((c) => c.text));
  return lines;
}

/** The commands a step runs when it begins (its ```setup block). */
export function stepSetup(lesson: Lesson, index: number): string[] {
  return (lesson.steps[index]?.setup ?? []).map((c) => c.text);
}

/** The state-changing commands of one step (those expected to fail are left out). */
export function stepChanges(lesson: Lesson, commands: readonly { text: string; expectFail: boolean }[]): string[] {
  return commands.filter((c) => {
    if (c.expectFail) return false;
    const p = parseCommandLine(c.text, { extraTools: lesson.requires });
    return p.kind === 'run' && changesState(p.pipeline[0]!);
  }).map((c) => c.text);
}
