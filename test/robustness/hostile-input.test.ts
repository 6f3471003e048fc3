/**
 * Hostile or broken lines at the prompt, each with its expected outcome, in
 * English and in Chinese, through plain mode: shell tricks, writes to the
 * host's files, programs outside the lab's tools (also hidden behind
 * `ip netns exec`), sysctl keys that are not per namespace, huge lines,
 * control bytes, invalid UTF-8. The tutor refuses or runs each one safely and
 * keeps going: a marker command after every line still runs, and the step's
 * command still passes at the end. Outside the lab nothing changes: the
 * host's namespaces and links, a canary file, /etc/passwd, the host's sysctls.
 * A few of the lines go through the interactive shell too.
 */
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { messages } from '../../src/i18n/messages.ts';
import { onPath } from '../../src/lab/on-path.ts';
import { loose, TmuxServer, tmuxSkipReason } from '../e2e/tmux.ts';
import { lockHostSysctls } from '../helpers/host-lock.ts';
import { hostState, labSkipReason } from '../helpers/lab-env.ts';
import { ensureBuilt, passedSteps, runTutor, tempDir } from '../helpers/tutor.ts';

const skip = await labSkipReason();

const canaryDir = tempDir('nt-canary-');
const CANARY = join(canaryDir, 'canary');
writeFileSync(CANARY, 'untouched\n');
const PAST = new Date('2020-01-01T00:00:00Z');
utimesSync(CANARY, PAST, PAST);

/** The host's first interface other than lo: a line tries to take it down. */
const hostIf = hostState().links.find((l) => l !== 'lo') ?? 'eth0';

type Outcome =
  /** Refused: the refusal (✋) in English and in Chinese. */
  | { readonly refuse: readonly [RegExp, RegExp] }
  /** Run in the lab: what its output shows (same in both languages unless two are given). */
  | { readonly runs: RegExp | readonly [RegExp, RegExp] }
  /** Ignored: no output at all. */
  | { readonly nothing: true };

type Case = { readonly name: string; readonly line: string | Buffer; readonly expect: Outcome };

const refuse = (en: RegExp, zh: RegExp): Outcome => ({ refuse: [en, zh] });
const OPERATOR = (op: string) => refuse(new RegExp(`\`${op.replace(/[|&]/g, '\\$&')}\` is not supported`), new RegExp(`不支持 \`${op.replace(/[|&]/g, '\\$&')}\``));
const SUBST = (what: string) => refuse(new RegExp(`Command substitution \\(${what}\\) is not run here`), new RegExp(`这里不执行命令替换（${what}）`));
const REDIRECT = (op: string) => refuse(new RegExp(`Redirections \\(\`${op}\`\\) are not allowed`), new RegExp(`不允许重定向（\`${op}\`）`));
const NOT_A_TOOL = (p: string, nearest?: string) => refuse(
  new RegExp(`\`${p}\` is not one of the lab's tools\\.${nearest ? ` Did you mean \`${nearest}\`\\?` : ' The lab shares'}`),
  new RegExp(`\`${p}\`不在实验环境允许的工具之列。${nearest ? `你是不是想输入 \`${nearest}\`？` : ''}`));
const INNER = (p: string) => refuse(new RegExp(`That would start \`${p}\` inside a namespace, and it is not one of the lab's tools`), new RegExp(`实验环境会在命名空间里启动 \`${p}\`，但它不在实验环境允许的工具之列`));
const CONTROL = refuse(/That line holds control characters \(shown as \^X\)/, /这一行含有控制字符（显示为 \^X）/);
const NOT_UTF8 = refuse(/That line holds bytes that are not valid UTF-8 \(shown as �\)/, /这一行含有不是合法 UTF-8 的字节（显示为 �）/);
const SYSCTL = (key: string) => refuse(new RegExp(`\`${key}\` is not per network namespace, so changing it would change the host`), new RegExp(`\`${key}\` 不是按网络命名空间隔离的，修改它会改动宿主机`));
const HUGE = Buffer.concat([Buffer.from('ip netns list '), Buffer.alloc(1 << 20, 'x'), Buffer.from('\n')]);

export const CATALOGUE: readonly Case[] = [
  { name: 'a leading ; and rm -rf /', line: '; rm -rf /', expect: OPERATOR(';') },
  { name: 'a valid command ; rm -rf /', line: 'ip netns list; rm -rf /', expect: OPERATOR(';') },
  { name: '$(reboot)', line: '$(reboot)', expect: SUBST('\\$\\(…\\)') },
  { name: 'backticks', line: '`reboot`', expect: SUBST('`…`') },
  { name: '$(…) inside double quotes', line: `ip netns add "$(touch ${CANARY})"`, expect: SUBST('\\$\\(…\\)') },
  { name: '> /etc/passwd', line: 'ip link > /etc/passwd', expect: REDIRECT('>') },
  { name: '>> onto the canary', line: `echo pwned >> ${CANARY}`, expect: REDIRECT('>>') },
  { name: '< from /etc/shadow', line: 'cat < /etc/shadow', expect: REDIRECT('<') },
  { name: '&&', line: 'ip netns list && reboot', expect: OPERATOR('&&') },
  { name: '||', line: `ip netns list || touch ${CANARY}`, expect: OPERATOR('||') },
  { name: 'a trailing &', line: 'ip netns list &', expect: OPERATOR('&') },
  { name: 'an unbalanced double quote', line: 'ip netns add "ns0', expect: refuse(/A " quote is left open/, /有一个 " 引号没有闭合/) },
  { name: 'an unbalanced single quote', line: "echo 'x", expect: refuse(/A ' quote is left open/, /有一个 ' 引号没有闭合/) },
  { name: 'a 1 MB line', line: HUGE, expect: refuse(/That line is 1048590 characters long; the tutor takes lines up to 4096/, /这一行有 1048590 个字符，导师最多接受 4096 个字符/) },
  { name: 'a NUL byte', line: Buffer.from('ip netns\x00 list\n'), expect: CONTROL },
  { name: 'an escape sequence', line: 'ip netns \x1b[31mlist', expect: CONTROL },
  { name: 'BEL and DEL', line: 'ip netns \x07list\x7f', expect: CONTROL },
  { name: 'a C1 control (8-bit CSI)', line: 'ip netns \u009b2J list', expect: CONTROL },
  { name: 'invalid UTF-8 bytes', line: Buffer.from([...Buffer.from('ip netns add '), 0xff, 0xfe, 0x0a]), expect: NOT_UTF8 },
  { name: 'invalid UTF-8 before a parenthesis', line: Buffer.from([...Buffer.from('ip netns add '), 0xc3, 0x28, 0x0a]), expect: NOT_UTF8 },
  { name: 'a subshell in parentheses', line: '( ip netns list )', expect: refuse(/Parentheses are shell syntax \(a subshell\)/, /括号是 shell 的语法（子 shell）/) },
  { name: 'a typo of ip', line: 'ipp netns list', expect: NOT_A_TOOL('ipp', 'ip') },
  { name: 'a command that does not exist', line: 'nosuchcommand --help', expect: NOT_A_TOOL('nosuchcommand') },
  { name: 'rm -rf /', line: 'rm -rf /', expect: NOT_A_TOOL('rm') },
  { name: 'touch the canary', line: `touch ${CANARY}`, expect: NOT_A_TOOL('touch') },
  { name: 'a shell', line: `bash -c 'touch ${CANARY}'`, expect: NOT_A_TOOL('bash') },
  { name: 'an interpreter', line: `python3 -c 'open("${CANARY}", "w")'`, expect: NOT_A_TOOL('python3') },
  { name: 'nsenter into the host', line: `nsenter -t 1 -m -n touch ${CANARY}`, expect: NOT_A_TOOL('nsenter') },
  { name: 'rm hidden behind ip netns exec', line: 'ip netns exec ns0 rm -rf /', expect: INNER('rm') },
  { name: 'touch hidden behind ip netns exec', line: `ip netns exec ns0 touch ${CANARY}`, expect: INNER('touch') },
  { name: 'touch hidden behind ip -all netns exec', line: `ip -all netns exec touch ${CANARY}`, expect: INNER('touch') },
  { name: 'a shell by path behind ip netns exec', line: 'ip netns exec ns0 /bin/sh -c id', expect: INNER('sh') },
  { name: 'sudo rm -rf /', line: 'sudo rm -rf /', expect: NOT_A_TOOL('rm') },
  { name: 'sysctl -w of a key that is not per namespace', line: 'sysctl -w kernel.hostname=pwned', expect: SYSCTL('kernel.hostname') },
  { name: 'sysctl KEY=VALUE without -w', line: 'sysctl kernel.panic=1', expect: SYSCTL('kernel.panic') },
  { name: 'sysctl -w of a key that climbs out of net/', line: 'sysctl -w net/../kernel/hostname=pwned', expect: SYSCTL('net/../kernel/hostname') },
  { name: 'ss -D onto the canary', line: `ss -tD ${CANARY}`, expect: refuse(/`ss -tD` is not allowed in the lab: it would write a file/, /实验环境不允许 `ss -tD`：它会写文件/) },
  { name: 'sysctl -p', line: 'sysctl -p /etc/sysctl.conf', expect: refuse(/Loading sysctl settings from a file/, /从文件加载 sysctl 设置/) },
  { name: 'sysctl -w of a per-namespace key runs in the lab only', line: 'sysctl -w net.ipv4.ip_forward=1', expect: { runs: /^net\.ipv4\.ip_forward = 1$/m } },
  { name: 'ip -batch', line: `ip -batch ${CANARY}`, expect: refuse(/`ip -batch` is not allowed in the lab: commands read from a file .* type them one by one/, /实验环境不允许 `ip -batch`：从文件读入的命令.*请逐条输入/) },
  { name: 'a pipe into a shell', line: 'ip netns list | sh', expect: refuse(/Only grep, head, tail, wc, sort can follow a `\|`; `sh` cannot/, /`\|` 后面只能接 grep、head、tail、wc、sort，不能接 `sh`/) },
  { name: 'sort -o onto the canary', line: `ip netns list | sort -o ${CANARY}`, expect: refuse(/`sort -o` is not allowed in the lab: it would write a file/, /实验环境不允许 `sort -o`：它会写文件/) },
  { name: 'a wildcard', line: 'ls /var/run/netns/*', expect: refuse(/Wildcards like `\/var\/run\/netns\/\*` are not expanded here/, /不会展开 `\/var\/run\/netns\/\*` 这样的通配符/) },
  { name: 'a package install', line: 'yum install -y iproute', expect: refuse(/Nothing needs installing inside the lab: `yum` is not run here/, /实验环境里不需要安装任何东西，这里不会运行 `yum`/) },
  { name: 'exit', line: 'exit', expect: refuse(/`exit` is a shell command, and the tutor has no shell.*To leave, type \/quit/, /`exit` 是 shell 内建命令.*要退出请输入 \/quit/) },
  { name: 'an empty line', line: '', expect: { nothing: true } },
  { name: 'a line of spaces and tabs', line: '  \t  ', expect: { nothing: true } },
  { name: 'a variable is not expanded', line: 'echo $PATH', expect: { runs: /^\$PATH$/m } },
  { name: 'a namespace name that climbs out of /run/netns', line: 'ip netns add ../../etc/netns-tutor-x', expect: { runs: /Invalid netns name "..\/..\/etc\/netns-tutor-x"/ } },
  { name: "taking the host's interface down", line: `ip link set ${hostIf} down`, expect: { runs: new RegExp(`Cannot find device "${hostIf}"`) } },
  { name: "deleting the host's interface", line: `ip link del ${hostIf}`, expect: { runs: new RegExp(`Cannot find device "${hostIf}"`) } },
  { name: 'a ping to the outside world never leaves the lab', line: 'ping -c 1 -W 1 192.0.2.1', expect: { runs: [/connect: Network is unreachable[\s\S]*💡 Network is unreachable/, /connect: Network is unreachable[\s\S]*💡 网络不可达/] } },
  { name: 'endless output is stopped, and says why', line: 'cat /dev/zero', expect: { runs: [/^\$ cat \/dev\/zero\n\nStopped: the command printed more than 1 MiB of output\.$/m, /^\$ cat \/dev\/zero\n\n已停止：这条命令的输出超过了 1 MiB。$/m] } },
  { name: 'a binary file is shown without its control bytes', line: 'cat /bin/true', expect: { runs: /ELF/ } },
  // The lab's host starts with lo up, as a real host does: down, then up again.
  { name: "lo down in the lab's own root namespace", line: 'ip link set lo down', expect: { runs: [/⟳ lo on the host is now down/, /⟳ 主机上的 lo 关闭了/] } },
  { name: "lo up in the lab's own root namespace", line: 'ip link set lo up', expect: { runs: [/⟳ lo on the host is up/, /⟳ 主机上的 lo 启用了/] } },
  { name: 'ping | head ends when head does', line: 'ping -c 50 -i 0.2 127.0.0.1 | head -1', expect: { runs: /^PING 127\.0\.0\.1/m } },
  onPath('ethtool')
    ? { name: 'a lab tool this machine has', line: 'ethtool lo', expect: { runs: /./ } }
    : { name: 'a lab tool this machine lacks', line: 'ethtool lo', expect: { runs: [/`ethtool` is not installed on this machine[\s\S]*sudo apt-get install ethtool/, /这台机器上没有安装 `ethtool`[\s\S]*sudo apt-get install ethtool/] } },
];

/** Every line, each followed by a marker command, then the step's own command and /quit. */
function input(): Buffer {
  const parts: Buffer[] = [];
  CATALOGUE.forEach((c, i) => {
    const line = typeof c.line === 'string' ? Buffer.from(`${c.line}\n`) : c.line;
    parts.push(line, Buffer.from(`echo @@${i}@@\n`));
  });
  parts.push(Buffer.from('ip netns list\n/quit\n'));
  return Buffer.concat(parts);
}

/** The part of the output that answers line i: from its echo up to the marker after it. */
function answers(out: string, lang: 'en' | 'zh'): string[] {
  const blocks: string[] = [];
  let from = out.indexOf(`── ${messages(lang).stepOf(1, 7)}`);
  assert.ok(from >= 0, `step 1 begins: ${out.slice(0, 2000)}`);
  for (let i = 0; i < CATALOGUE.length; i++) {
    const end = out.indexOf(`$ echo @@${i}@@\n`, from);
    assert.ok(end >= 0, `no marker after line ${i} (${CATALOGUE[i]!.name}): the session stopped? ${out.slice(from, from + 2000)}`);
    blocks.push(out.slice(from, end));
    from = end + `$ echo @@${i}@@\n@@${i}@@\n`.length;
    assert.equal(out.slice(end, from), `$ echo @@${i}@@\n@@${i}@@\n`, `the marker after line ${i} ran`);
  }
  return blocks;
}

function checkAnswers(blocks: readonly string[], lang: 'en' | 'zh'): void {
  const k = lang === 'en' ? 0 : 1;
  CATALOGUE.forEach((c, i) => {
    const b = blocks[i]!;
    const e = c.expect;
    const what = `${c.name} (${lang}): ${b.slice(0, 1500)}`;
    if ('nothing' in e) {
      assert.equal(b.replace(/^── [\s\S]*?\n\n(?=\$ |$)/, ''), '', what);
    } else if ('refuse' in e) {
      assert.match(b, /^✋ /m, what);
      assert.match(b, e.refuse[k]!, what);
      assert.equal((b.match(/^✋ /gm) ?? []).length, 1, `one refusal: ${what}`);
    } else {
      const re = e.runs instanceof RegExp ? e.runs : e.runs[k]!;
      assert.doesNotMatch(b, /^✋ /m, `not refused: ${what}`);
      assert.match(b, re, what);
    }
    // What was typed is echoed on one line, cut when huge, with its control bytes made visible.
    const echo = /^\$ (.*)$/m.exec(b);
    if (echo) assert.ok(echo[1]!.length < 400, `the echo of ${c.name} is cut short`);
  });
}

const hostSysctl = () => readFileSync('/proc/sys/net/ipv4/ip_forward', 'utf8');
const mtime = (p: string) => statSync(p).mtimeMs;

// The timeout allows for waiting on the host-settings lock: another test file may hold it for minutes.
test('the catalogue of hostile and broken lines, in English and in Chinese: each refused or run safely, the session goes on, the host is untouched', { skip, timeout: 1_000_000 }, async () => {
  ensureBuilt();
  // Another test switches the host's forwarding on for a while: not while this one watches it.
  const releaseHostSysctls = await lockHostSysctls();
  try {
    await hostileCatalogue();
  } finally {
    releaseHostSysctls();
  }
});

async function hostileCatalogue(): Promise<void> {
  const host = hostState();
  const passwd = mtime('/etc/passwd');
  const forward = hostSysctl();
  const runs = await Promise.all(['en', 'zh'].map((lang) => runTutor(['start', 'netns-basics', '--plain', '--lang', lang], { input: input(), env: { XDG_STATE_HOME: tempDir() }, timeoutMs: 110_000 })));
  for (const [i, lang] of (['en', 'zh'] as const).entries()) {
    const r = runs[i]!;
    assert.equal(r.code, 0, `${lang}: ${r.out.slice(-3000)}${r.err}`);
    assert.equal(r.err, '', `${lang}: nothing on stderr`);
    assert.doesNotMatch(r.out, /\x1b|\x07|\x00|\x9b/, `${lang}: no raw control byte reaches the terminal`);
    assert.doesNotMatch(r.out, /internal error|内部错误|\n\s+at .*\(.*:\d+:\d+\)/, `${lang}: no bug, no stack trace`);
    checkAnswers(answers(r.out, lang), lang);
    assert.equal(passedSteps(r.out), 1, `${lang}: after all that, ip netns list still passes step 1`);
    assert.match(r.out, new RegExp(`✓ ${lang === 'en' ? 'See which namespaces exist' : '查看现有的命名空间'}`));
  }
  assert.deepEqual(hostState(), host, "the host's namespaces and links");
  assert.equal(hostSysctl(), forward, "the host's net.ipv4.ip_forward");
  assert.equal(readFileSync(CANARY, 'utf8'), 'untouched\n');
  assert.equal(mtime(CANARY), PAST.getTime(), "the canary's mtime");
  assert.deepEqual(readdirSync(canaryDir), ['canary']);
  assert.equal(mtime('/etc/passwd'), passwd);
  assert.ok(!existsSync('/etc/netns-tutor-x'));
}

test('a few of them through the interactive shell', { skip: skip || tmuxSkipReason(), timeout: 120_000 }, async () => {
  ensureBuilt();
  const host = hostState();
  const server = new TmuxServer();
  try {
    const pane = server.start(['start', 'netns-basics'], { env: { XDG_STATE_HOME: tempDir() } });
    await pane.waitFor('step 1 of 7 · See which namespaces exist');
    // The shell wraps its transcript, so each expected text may break at any space.
    const lines: [string, string][] = [
      ['; rm -rf /', '✋ The lab runs one command at a time, so `;` is not supported'],
      ['$(reboot)', '✋ Command substitution ($(…)) is not run here'],
      [`ip netns exec ns0 touch ${CANARY}`, '✋ That would start `touch` inside a namespace'],
      ['ip netns add "ns0', '✋ A " quote is left open'],
      ['sysctl -w kernel.hostname=pwned', '✋ `kernel.hostname` is not per network namespace'],
      ['ipp netns list', "✋ `ipp` is not one of the lab's tools. Did you mean `ip`?"],
      ['exit', '✋ `exit` is a shell command'],
    ];
    for (const [line, text] of lines) {
      pane.line(line);
      await pane.waitFor(loose(text), { timeoutMs: 20_000 });
    }
    pane.key('Enter');
    pane.line('ip netns list');
    await pane.waitFor(messages('en').passed('See which namespaces exist'));
    assert.doesNotMatch(pane.screen(), /\[exited/);
    pane.line('/quit');
    assert.equal(await pane.exitCode(), 0);
  } finally {
    server.kill();
  }
  assert.deepEqual(hostState(), host);
  assert.equal(mtime(CANARY), PAST.getTime());
});
