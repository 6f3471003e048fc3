/**
 * The options of the lab's tools that the lab refuses: those that would write
 * a file on the host (the lab shares the host's files), start another program,
 * load settings from a file, or read commands from one (which would pass the
 * policy by). Options are read as the tool reads them: getopt's bundles
 * (`-qw`) and abbreviated long options (`--wr`), anywhere on the line. Pure.
 */

/** Why an option is refused. */
export type OptionWhy = 'batch' | 'writes' | 'runs' | 'device' | 'curl';

export type OptionRefusal =
  | { readonly kind: 'sysctl-write'; readonly key: string }
  | { readonly kind: 'sysctl-load' }
  | { readonly kind: 'option'; readonly program: string; readonly option: string; readonly why: OptionWhy };

const refuse = (program: string, option: string, why: OptionWhy): OptionRefusal => ({ kind: 'option', program, option, why });

/** The name of a long option (`--name` or `--name=value`), or null. */
function longName(arg: string): string | null {
  if (!arg.startsWith('--') || arg.length === 2) return null;
  return arg.slice(2).split('=')[0]!;
}

/** Whether `typed` is `full` or an abbreviation of it at least `min` letters long (getopt_long). */
const abbreviates = (typed: string, full: string, min = 1) => typed.length >= min && full.startsWith(typed);

/** The letters of a bundle of short options (`-tnD` → t n D), up to the first that takes a value. */
function shortLetters(arg: string, takesValue: string): string[] {
  if (!/^-[^-]/.test(arg)) return [];
  const out: string[] = [];
  for (const c of arg.slice(1)) {
    out.push(c);
    if (takesValue.includes(c)) break;
  }
  return out;
}

/** An option as getopt spells it: `--long` (or an abbreviation of at least `min` letters), or `letter` in a bundle of short ones. */
type OptionSpelling = { readonly long: string; readonly min: number; readonly letter?: string; readonly takesValue?: string };

/** Whether the argument `a` is that option. */
function isOption(a: string, o: OptionSpelling): boolean {
  const name = longName(a);
  if (name !== null) return abbreviates(name, o.long, o.min);
  return o.letter !== undefined && shortLetters(a, o.takesValue ?? '').includes(o.letter);
}

/** The refusal for a lab tool's argv (its base name and arguments), or null. */
export function checkToolOptions(program: string, args: readonly string[]): OptionRefusal | null {
  switch (program) {
    case 'ip': return args.some(isBatch) ? refuse('ip', '-batch', 'batch') : null;
    case 'tc': return checkTc(args);
    case 'sysctl': return checkSysctl(args);
    case 'sort': return checkSort(args);
    case 'ss': return checkSs(args);
    case 'iptables': return checkIptables(args);
    case 'ethtool': return checkEthtool(args);
    case 'curl': return checkCurl(args);
    default: return null;
  }
}

/** iproute2's `-batch FILE` in any of its spellings (`-b`, `--batch`): commands read from a file pass the policy by. */
const isBatch = (a: string) => /^--?b(a(t(ch?)?)?)?$/.test(a);

/** `tc -batch FILE`, and `tc exec bpf … run CMD`, which starts a program. */
function checkTc(args: readonly string[]): OptionRefusal | null {
  if (args.some(isBatch)) return refuse('tc', '-batch', 'batch');
  const exec = args.find((a) => abbreviates(a, 'exec'));
  return exec ? refuse('tc', exec, 'runs') : null;
}

/** sysctl's long options (procps-ng). */
const SYSCTL_LONG = ['all', 'binary', 'deprecated', 'dry-run', 'help', 'ignore', 'load', 'names', 'pattern', 'quiet', 'system', 'values', 'version', 'write'];

/**
 * `sysctl` may write only `net.*` keys: the rest are not per-namespace and would change the host.
 * It may not load files (`-p`, `-f`, `--system`). A key is a path under /proc/sys: sysctl turns
 * `/` into `.` and back, so `net/../kernel/hostname` is kernel.hostname; every part must be a name.
 */
function checkSysctl(args: readonly string[]): OptionRefusal | null {
  let write = false;
  for (const a of args) {
    const name = longName(a);
    if (name !== null) {
      const meant = SYSCTL_LONG.filter((o) => abbreviates(name, o));
      if (meant.includes('load') || meant.includes('system')) return { kind: 'sysctl-load' };
      if (meant.includes('write')) write = true;
      continue;
    }
    const letters = shortLetters(a, 'r');
    if (letters.includes('p') || letters.includes('f')) return { kind: 'sysctl-load' };
    if (letters.includes('w')) write = true;
  }
  for (const a of args) {
    if (a.startsWith('-')) continue;
    if (!write && !a.includes('=')) continue;
    const typed = a.split('=')[0]!;
    const parts = typed.split(/[./]/);
    if (parts[0] === 'net' && parts.length > 1 && !parts.includes('')) continue;
    return { kind: 'sysctl-write', key: parts.includes('') ? typed : typed.replace(/\//g, '.') };
  }
  return null;
}

/** `sort -o FILE` writes a file; `--compress-program=PROG` starts one. */
function checkSort(args: readonly string[]): OptionRefusal | null {
  for (const a of args) {
    if (isOption(a, { long: 'output', min: 1, letter: 'o', takesValue: 'kStT' })) return refuse('sort', a, 'writes');
    if (isOption(a, { long: 'compress-program', min: 2 })) return refuse('sort', a, 'runs');
  }
  return null;
}

/** `ss -D FILE` (`--diag=FILE`) dumps sockets into a file. */
function checkSs(args: readonly string[]): OptionRefusal | null {
  const bad = args.find((a) => isOption(a, { long: 'diag', min: 2, letter: 'D', takesValue: 'fADFN' }));
  return bad ? refuse('ss', bad, 'writes') : null;
}

/** `iptables --modprobe=PROG` (`-M PROG`) starts a program to load kernel modules. */
function checkIptables(args: readonly string[]): OptionRefusal | null {
  const bad = args.find((a) => isOption(a, { long: 'modprobe', min: 2, letter: 'M', takesValue: 'ACDRILSMFZNXEPopsdjiwWtmcg' }));
  return bad ? refuse('iptables', bad, 'runs') : null;
}

/** `ethtool --flash` and `--change-eeprom` write a device's memory; `-w DEV data FILE` writes a file. */
function checkEthtool(args: readonly string[]): OptionRefusal | null {
  const device = args.find((a) => ['-f', '--flash', '-E', '--change-eeprom'].includes(a));
  if (device) return refuse('ethtool', device, 'device');
  const dump = args.find((a) => a === '-w' || a === '--get-dump');
  return dump && args.includes('data') ? refuse('ethtool', `${dump} … data`, 'writes') : null;
}

/**
 * curl runs with the options for fetching a page and showing how it went, and
 * no other: it has many that write files (`-o`, `-O`, `-c`, `--trace`…),
 * read its settings from one (`-K`) or load code (`--engine`). Each allowed
 * option: whether it takes a value.
 */
const CURL_LONG: Readonly<Record<string, boolean>> = {
  silent: false, 'show-error': false, verbose: false, include: false, head: false, location: false, fail: false, 'fail-with-body': false,
  ipv4: false, ipv6: false, insecure: false, 'http1.0': false, 'http1.1': false, http2: false, get: false, globoff: false,
  'no-buffer': false, 'no-keepalive': false, 'no-progress-meter': false, 'progress-bar': false, compressed: false,
  'retry-connrefused': false, 'path-as-is': false, 'tcp-nodelay': false, raw: false, disable: false, help: false, version: false, manual: false,
  'max-time': true, 'connect-timeout': true, header: true, request: true, data: true, 'data-raw': true, 'data-binary': true,
  'data-urlencode': true, json: true, 'user-agent': true, referer: true, user: true, 'write-out': true, output: true,
  'dump-header': true, interface: true, 'local-port': true, noproxy: true, proxy: true, resolve: true, 'connect-to': true,
  retry: true, 'retry-delay': true, 'retry-max-time': true, range: true, url: true, 'max-redirs': true, 'limit-rate': true,
  'speed-limit': true, 'speed-time': true, form: true, 'form-string': true, cookie: true,
};
const CURL_FLAGS = 'sSviILf46kNGgq0#hVM';
const CURL_WITH_VALUE: Readonly<Record<string, string>> = {
  m: 'max-time', H: 'header', X: 'request', d: 'data', A: 'user-agent', e: 'referer', u: 'user', w: 'write-out',
  o: 'output', D: 'dump-header', x: 'proxy', r: 'range', Y: 'speed-limit', y: 'speed-time', F: 'form', b: 'cookie',
};
/** Where `-o` and `-D` may send what they write: the screen, or nowhere. */
const CURL_TO_SCREEN = ['-', '/dev/null'];

/** An allowed long option that `typed` names: itself, `no-` and a switch, or the one allowed option it abbreviates. */
function curlLong(typed: string): string | null {
  if (Object.hasOwn(CURL_LONG, typed)) return typed;
  if (typed.startsWith('no-') && CURL_LONG[typed.slice(3)] === false) return typed.slice(3);
  const meant = Object.keys(CURL_LONG).filter((o) => abbreviates(typed, o));
  return meant.length === 1 ? meant[0]! : null;
}

function checkCurl(args: readonly string[]): OptionRefusal | null {
  const writes = (full: string, value: string | undefined) => (full === 'output' || full === 'dump-header') && value !== undefined && !CURL_TO_SCREEN.includes(value);
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    if (a === '-' || !a.startsWith('-')) continue;
    if (a.startsWith('--')) {
      const full = curlLong(a.slice(2));
      if (full === null) return refuse('curl', a, 'curl');
      if (!CURL_LONG[full]) continue;
      const value = args[++i];
      if (writes(full, value)) return refuse('curl', `${a} ${value}`, 'writes');
      continue;
    }
    for (let j = 1; j < a.length; j++) {
      const c = a[j]!;
      if (CURL_FLAGS.includes(c)) continue;
      const full = CURL_WITH_VALUE[c];
      if (full === undefined) return refuse('curl', `-${c}`, 'curl');
      const value = j + 1 < a.length ? a.slice(j + 1) : args[++i];
      if (writes(full, value)) return refuse('curl', `-${c} ${value}`, 'writes');
      break;
    }
  }
  return null;
}
