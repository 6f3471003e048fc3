/**
 * Commands that cannot end by themselves: `ping` without a count, the
 * `monitor` commands, `tcpdump` without a count, `cat` of a device that never
 * ends, `tail -f`… A learner stops them with Ctrl-C; as a reference command
 * (what `netns-tutor test` runs unattended) they are a bug. Pure.
 */
import type { LintEndlessWords } from '../i18n/en/lint-endless.ts';
import type { Lang } from '../i18n/lang.ts';
import { words } from '../i18n/words.ts';
import { parseIp, innerProgram } from '../iproute/grammar.ts';

export type Endless = {
  /** The word of the pipeline's first program that makes it endless (an index into that argv). */
  readonly word: number;
  /** What it does, for the author: "`ping` without `-c` or `-w` pings until it is stopped". */
  readonly why: string;
  /** What to write instead. */
  readonly fix: string;
};

/** Devices whose reads never end: continuous output (a `head` after them ends it) or a wait for more. */
const CONTINUOUS_DEVICES = ['/dev/zero', '/dev/urandom', '/dev/random', '/dev/full'];
const WAITING_DEVICES = ['/dev/kmsg', '/proc/kmsg', '/sys/kernel/tracing/trace_pipe', '/sys/kernel/debug/tracing/trace_pipe', '/dev/tty', '/dev/console'];

const baseName = (p: string) => p.split('/').pop() ?? p;

/**
 * The short options a getopt-style program was given, each with the index of
 * the word it is in; `withArg` lists the options that take a value (`-c 3`,
 * `-c3`, `-qc3`). Long options are returned whole (`--follow`).
 */
function shortOptions(argv: readonly string[], withArg: string): { opt: string; at: number }[] {
  const out: { opt: string; at: number }[] = [];
  for (let i = 1; i < argv.length; i++) {
    const w = argv[i]!;
    if (w === '--') break;
    if (w.startsWith('--')) { out.push({ opt: w.split('=')[0]!, at: i }); continue; }
    if (!w.startsWith('-') || w === '-') continue;
    for (let k = 1; k < w.length; k++) {
      const c = w[k]!;
      out.push({ opt: c, at: i });
      if (withArg.includes(c)) {
        if (k === w.length - 1) i++;
        break;
      }
    }
  }
  return out;
}

/** Whether a program that prints without pause is cut short by a `head` after it (it then gets SIGPIPE). */
const endedByHead = (pipeline: readonly (readonly string[])[]) => pipeline.slice(1).some((f) => baseName(f[0] ?? '') === 'head');

/** Why the first program of a pipeline cannot end by itself (worded in `lang`, default English), or null when it can. */
export function endlessCommand(pipeline: readonly (readonly string[])[], lang: Lang = 'en'): Endless | null {
  const first = pipeline[0];
  if (!first || first.length === 0) return null;
  return endlessArgv(first, 0, endedByHead(pipeline), words(lang).lint.endless);
}

function endlessArgv(argv: readonly string[], offset: number, headAfter: boolean, say: LintEndlessWords): Endless | null {
  const prog = baseName(argv[0]!);
  const at = (word: number, why: string, fix: string): Endless => ({ word: offset + word, why, fix });
  switch (prog) {
    case 'ip': {
      const inner = innerProgram(argv.slice(1));
      if (inner && inner.length > 0) return endlessArgv(inner, offset + argv.length - inner.length, headAfter, say);
      const cmd = parseIp(argv.slice(1));
      const objectAt = 1 + cmd.options.length + (cmd.netns !== null ? 2 : 0);
      const monitorAt = cmd.object === 'monitor' ? objectAt : cmd.command === 'monitor' ? objectAt + 1 : -1;
      if (monitorAt < 0) return null;
      return at(monitorAt, say.ipMonitor, say.ipMonitorFix);
    }
    case 'bridge':
    case 'tc':
    case 'nft': {
      const i = argv.findIndex((w, k) => k > 0 && !w.startsWith('-'));
      const w = i > 0 ? argv[i]! : '';
      const isMonitor = prog === 'nft' ? w === 'monitor' : prog === 'bridge' ? w.length >= 2 && 'monitor'.startsWith(w) : w.length >= 1 && 'monitor'.startsWith(w);
      if (!isMonitor) return null;
      return at(i, say.monitor(prog), say.monitorFix(prog));
    }
    case 'ping':
    case 'ping6':
    case 'arping': {
      if (headAfter) return null;
      const opts = shortOptions(argv, prog === 'arping' ? 'cwIsiT' : 'ceFiIlmMNpQsStTwW');
      if (opts.some((o) => o.opt === 'c' || o.opt === 'w' || o.opt === 'V' || o.opt === 'h' || (prog === 'arping' && (o.opt === 'f' || o.opt === 'D')))) return null;
      return at(0, say.ping(prog), say.pingFix(prog));
    }
    case 'tcpdump': {
      const opts = shortOptions(argv, 'BcCEFGiMmrsTVwWyzZ');
      if (opts.some((o) => ['c', 'r', 'D', 'h', '--list-interfaces', '--help', '--version'].includes(o.opt))) return null;
      return at(0, say.tcpdump, say.tcpdumpFix);
    }
    case 'cat': {
      const i = argv.findIndex((w, k) => k > 0 && (WAITING_DEVICES.includes(w) || (!headAfter && CONTINUOUS_DEVICES.includes(w))));
      if (i < 0) return null;
      return at(i, say.cat(argv[i]!), CONTINUOUS_DEVICES.includes(argv[i]!) ? say.catContinuousFix : say.catWaitingFix);
    }
    case 'tail': {
      const f = shortOptions(argv, 'cns').find((o) => o.opt === 'f' || o.opt === 'F' || o.opt === '--follow');
      if (!f) return null;
      return at(f.at, say.tail, say.tailFix);
    }
    case 'ss': {
      const e = shortOptions(argv, 'fAFNK').find((o) => o.opt === 'E' || o.opt === '--events');
      if (!e) return null;
      return at(e.at, say.ss, say.ssFix);
    }
    case 'ethtool': {
      const i = argv.indexOf('--monitor');
      if (i < 0) return null;
      return at(i, say.ethtool, say.ethtoolFix);
    }
    case 'yes':
      if (headAfter) return null;
      return at(0, say.yes, say.yesFix);
    case 'watch':
      return at(0, say.watch, say.watchFix);
    case 'sleep':
      return argv.slice(1).some((w) => /^inf/.test(w)) ? at(0, say.sleep, say.sleepFix) : null;
    default:
      return null;
  }
}

/**
 * Where each word of a command line starts (0-based offsets), with quotes
 * removed from the words: `ip netns exec 'ns 0' ping` → five words.
 */
export function wordsWithOffsets(line: string): { word: string; offset: number }[] {
  const out: { word: string; offset: number }[] = [];
  let i = 0;
  while (i < line.length) {
    while (i < line.length && /\s/.test(line[i]!)) i++;
    if (i >= line.length) break;
    const start = i;
    let word = '';
    let quote: string | null = null;
    for (; i < line.length; i++) {
      const c = line[i]!;
      if (quote) { if (c === quote) quote = null; else word += c; continue; }
      if (c === '"' || c === "'") { quote = c; continue; }
      if (c === '\\' && i + 1 < line.length) { word += line[++i]; continue; }
      if (/\s/.test(c)) break;
      word += c;
    }
    out.push({ word, offset: start });
  }
  return out;
}

/** The offset in `line` of word `index` of `argv` (the first program's words as parsed), or 0 when it cannot be found. */
export function offsetOfWord(line: string, argv: readonly string[], index: number): number {
  const words = wordsWithOffsets(line);
  // The argv may start later than the line (`sudo ip …`): find where it lines up.
  for (let j = 0; j + argv.length <= words.length; j++) {
    if (argv.every((w, k) => words[j + k]!.word === w)) return words[j + index]!.offset;
  }
  return 0;
}
