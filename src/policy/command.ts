/**
 * What a line typed at the prompt means: a pipeline of argv lists to run in the
 * lab, or a refusal that says why and what is allowed. Parsed with shell-quote,
 * run without a shell. Pure.
 */
import { parse as shellParse } from 'shell-quote';
import { innerProgram } from '../iproute/grammar.ts';
import { checkToolOptions, type OptionRefusal } from './tool-options.ts';
import { didYouMean } from '../text/did-you-mean.ts';

/** Programs the lab runs: networking tools and harmless readers (DESIGN §3). */
export const LAB_TOOLS = ['ip', 'ping', 'bridge', 'ss', 'tc', 'sysctl', 'ethtool', 'iptables', 'nft', 'ls', 'cat', 'echo'] as const;
/** Programs that may follow a `|`. */
export const FILTERS = ['grep', 'head', 'tail', 'wc', 'sort'] as const;
/** Package managers: their install commands are explained, never run. */
const PACKAGE_MANAGERS = ['yum', 'dnf', 'apt', 'apt-get', 'zypper', 'pacman', 'apk', 'brew', 'snap'];
const SHELLS = ['sh', 'bash', 'zsh', 'dash', 'fish', 'ksh', 'csh', 'tcsh', 'busybox', 'env', 'xargs', 'nohup', 'timeout', 'watch', 'strace'];

/** Something the tutor noticed and adjusted before running, shown to the learner. */
export type CommandNote =
  | { readonly kind: 'stripped-prompt' }
  | { readonly kind: 'stripped-sudo' }
  | { readonly kind: 'stripped-comment' };

/** Why a line is not run. */
export type Refusal =
  | { readonly kind: 'operator'; readonly op: string }
  | { readonly kind: 'substitution'; readonly what: '$(…)' | '`…`' | '<(…)' }
  | { readonly kind: 'redirect'; readonly op: string }
  | { readonly kind: 'unbalanced-quote'; readonly quote: string }
  | { readonly kind: 'glob'; readonly pattern: string }
  | { readonly kind: 'program'; readonly program: string; readonly inner: boolean; /** A lab tool one typo away, e.g. `ip` for `ipp`. */ readonly nearest?: string }
  | { readonly kind: 'filter'; readonly program: string }
  | { readonly kind: 'install'; readonly manager: string; readonly packages: readonly string[] }
  | { readonly kind: 'shell-builtin'; readonly program: string }
  /** An option of a lab tool that would write a file, start a program or load one (policy/tool-options.ts). */
  | OptionRefusal
  | { readonly kind: 'too-long'; readonly length: number }
  | { readonly kind: 'control-chars' }
  /** Bytes that were not valid UTF-8 (decoded as U+FFFD): a terminal in another encoding. */
  | { readonly kind: 'not-utf8' };

export type ParsedLine =
  | { readonly kind: 'empty'; readonly notes: readonly CommandNote[] }
  | { readonly kind: 'run'; readonly pipeline: readonly (readonly string[])[]; readonly notes: readonly CommandNote[] }
  | { readonly kind: 'refuse'; readonly refusal: Refusal; readonly notes: readonly CommandNote[] };

/** Longest line the tutor accepts; the kernel's own limit for argv is far larger, a learner's is not. */
export const MAX_LINE = 4096;

/** Options of the policy that a lesson can widen. */
export type Policy = {
  /** Programs the current lesson adds with `requires`. */
  readonly extraTools: readonly string[];
};

export const DEFAULT_POLICY: Policy = { extraTools: [] };

/** Parses one typed line and applies the lab's policy. Never throws. */
export function parseCommandLine(raw: string, policy: Policy = DEFAULT_POLICY): ParsedLine {
  const notes: CommandNote[] = [];
  if (raw.length > MAX_LINE) return { kind: 'refuse', refusal: { kind: 'too-long', length: raw.length }, notes };
  // A trailing CR/LF comes from pasting; tabs are just spaces.
  let line = raw.replace(/[\r\n]+$/g, '').replace(/\t/g, ' ');
  if (/[\x00-\x08\x0b-\x1f\x7f-\x9f]/.test(line)) return { kind: 'refuse', refusal: { kind: 'control-chars' }, notes };
  if (line.includes('\uFFFD')) return { kind: 'refuse', refusal: { kind: 'not-utf8' }, notes };
  line = line.trim();
  if (/^\$\s+/.test(line) || line === '$') {
    line = line.replace(/^\$\s*/, '');
    notes.push({ kind: 'stripped-prompt' });
  }
  if (line === '' || line.startsWith('#')) return { kind: 'empty', notes };

  const scan = scanQuotes(line);
  if (scan) return { kind: 'refuse', refusal: scan, notes };

  let tokens: ReturnType<typeof shellParse>;
  try {
    tokens = shellParse(line, (key) => '$' + key);
  } catch {
    return { kind: 'refuse', refusal: { kind: 'unbalanced-quote', quote: '"' }, notes };
  }

  const pipeline: string[][] = [[]];
  for (const t of tokens) {
    if (typeof t === 'string') { pipeline[pipeline.length - 1]!.push(t); continue; }
    if ('comment' in t) { notes.push({ kind: 'stripped-comment' }); break; }
    if ('op' in t) {
      if (t.op === '|') { pipeline.push([]); continue; }
      if (t.op === 'glob') return { kind: 'refuse', refusal: { kind: 'glob', pattern: (t as { pattern: string }).pattern }, notes };
      // `$(` was caught by scanQuotes: a parenthesis here is a bare one (a subshell).
      if (t.op === '<(') return { kind: 'refuse', refusal: { kind: 'substitution', what: '<(…)' }, notes };
      if (/[<>]/.test(t.op)) return { kind: 'refuse', refusal: { kind: 'redirect', op: t.op }, notes };
      return { kind: 'refuse', refusal: { kind: 'operator', op: t.op }, notes };
    }
  }
  if (pipeline.some((p) => p.length === 0)) {
    if (pipeline.length === 1) return { kind: 'empty', notes };
    return { kind: 'refuse', refusal: { kind: 'operator', op: '|' }, notes };
  }
  if (pipeline[0]![0] === 'sudo') {
    pipeline[0] = stripSudo(pipeline[0]!);
    notes.push({ kind: 'stripped-sudo' });
    if (pipeline[0].length === 0) return { kind: 'empty', notes };
  }
  const first = checkProgram(pipeline[0]!, policy, false);
  if (first) return { kind: 'refuse', refusal: first, notes };
  for (const filter of pipeline.slice(1)) {
    const bad = checkFilter(filter);
    if (bad) return { kind: 'refuse', refusal: bad, notes };
  }
  return { kind: 'run', pipeline, notes };
}

/** `sudo -E ip …` → `ip …`: the lab already runs as its own root. */
function stripSudo(argv: string[]): string[] {
  let i = 1;
  while (i < argv.length && argv[i]!.startsWith('-')) i += argv[i] === '-u' || argv[i] === '-g' ? 2 : 1;
  return argv.slice(i);
}

/** Finds quotes left open and command substitution, which shell-quote would silently accept. */
function scanQuotes(line: string): Refusal | null {
  let quote: '"' | "'" | null = null;
  for (let i = 0; i < line.length; i++) {
    const c = line[i]!;
    if (quote === "'") { if (c === "'") quote = null; continue; }
    if (c === '\\') { i++; continue; }
    if (quote === '"') {
      if (c === '"') quote = null;
      else if (c === '`') return { kind: 'substitution', what: '`…`' };
      else if (c === '$' && line[i + 1] === '(') return { kind: 'substitution', what: '$(…)' };
      continue;
    }
    if (c === '"' || c === "'") quote = c;
    else if (c === '`') return { kind: 'substitution', what: '`…`' };
    else if (c === '$' && line[i + 1] === '(') return { kind: 'substitution', what: '$(…)' };
  }
  return quote ? { kind: 'unbalanced-quote', quote } : null;
}

function baseName(program: string): string {
  return program.split('/').pop() ?? program;
}

/** Whether the lab would run this argv (and whatever it would start in turn). */
export function checkProgram(argv: readonly string[], policy: Policy, inner: boolean): Refusal | null {
  const program = argv[0];
  if (program === undefined) return null;
  const base = baseName(program);
  if (PACKAGE_MANAGERS.includes(base)) {
    return { kind: 'install', manager: base, packages: argv.slice(1).filter((a) => !a.startsWith('-') && a !== 'install') };
  }
  if (['cd', 'export', 'exit', 'logout', 'source', '.', 'alias', 'set', 'unset'].includes(base)) return { kind: 'shell-builtin', program: base };
  const allowed = (LAB_TOOLS as readonly string[]).includes(base) || (FILTERS as readonly string[]).includes(base) || policy.extraTools.includes(base);
  if (SHELLS.includes(base)) return { kind: 'program', program: base, inner };
  if (!allowed) {
    const nearest = nearestTool(base, policy);
    return nearest ? { kind: 'program', program: base, inner, nearest } : { kind: 'program', program: base, inner };
  }
  const option = checkToolOptions(base, argv.slice(1));
  if (option) return option;
  if (base === 'ip') {
    const nested = innerProgram(argv.slice(1));
    if (nested) {
      if (nested.length === 0) return null; // `ip netns exec ns0` alone: ip itself says what is missing
      return checkProgram(nested, policy, true);
    }
  }
  return null;
}

/** The lab tool a mistyped name most likely meant. */
function nearestTool(name: string, policy: Policy): string | undefined {
  // Two-letter names are mostly other real programs (ps, id, ln), not typos.
  if (name.length < 3) return undefined;
  return didYouMean(name, [...LAB_TOOLS, ...policy.extraTools]) ?? undefined;
}

function checkFilter(argv: readonly string[]): Refusal | null {
  const base = baseName(argv[0] ?? '');
  if (!(FILTERS as readonly string[]).includes(base)) return { kind: 'filter', program: base };
  return checkToolOptions(base, argv.slice(1));
}

/** Every program the line would start, for lint: the outer one and what `ip netns exec` runs. */
export function programsOf(argv: readonly string[]): string[] {
  const out: string[] = [];
  let cur: readonly string[] | null = argv;
  while (cur && cur.length > 0) {
    const base = baseName(cur[0]!);
    out.push(base);
    cur = base === 'ip' ? innerProgram(cur.slice(1)) : null;
  }
  return out;
}
