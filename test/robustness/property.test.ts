/**
 * Properties over hostile input that the unit properties (test/unit/…/
 * property*.test.ts, lesson/parse.test.ts) do not cover: the command-line
 * parser over arbitrary strings (control bytes, lone surrogates, invalid
 * UTF-8 as a terminal decodes it, huge lines) and the safety of what it lets
 * run; the lesson parser over decoded bytes, with every error located inside
 * the file and every bad check line reported at its own line; the explainers
 * over arbitrary argv and error text and over random pairs of lab states; the
 * topology's change keys over those pairs. Never a throw: a result or a
 * located error.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { parseCheckLine } from '../../src/check/parse.ts';
import { detectFamily, explainChange, explainCommand, explainError, explainOutput, renderExplanation } from '../../src/explain/index.ts';
import { explainChangeStrict } from '../../src/explain/change/explain.ts';
import { explainCommandStrict } from '../../src/explain/command/explain.ts';
import { explainErrorStrict } from '../../src/explain/error/explain.ts';
import { explainOutputStrict } from '../../src/explain/output/explain.ts';
import { FILTERS, LAB_TOOLS, MAX_LINE, parseCommandLine, programsOf, type Policy } from '../../src/policy/command.ts';
import { describeNote, describeRefusal } from '../../src/policy/refusal-text.ts';
import type { Addr, Link, Netns, Route, Snapshot } from '../../src/model/snapshot.ts';
import { parseLesson } from '../../src/lesson/parse.ts';
import { visibleLine, visibleOutput } from '../../src/render/entry-text.ts';
import { changedKeys, layoutReport, renderPlain, textWidth } from '../../src/topology/index.ts';

const RUNS = Number(process.env.PROPERTY_RUNS ?? 1000);
const decode = (bytes: Uint8Array) => new TextDecoder('utf-8', { fatal: false }).decode(bytes);

/** Bytes as a terminal would send them, decoded the way Node's readline does: invalid UTF-8 becomes U+FFFD. */
const decodedBytes = fc.uint8Array({ maxLength: 120 }).map(decode);

/** Words a hostile line is made of: shell syntax, programs inside and outside the lab, controls. */
const HOSTILE = [
  'ip', 'netns', 'exec', 'ns0', 'add', 'list', 'link', 'set', 'lo', 'up', '-n', '-all', '-b', '-batch', '--batch', 'ping', '-c', '1', 'sysctl', '-w', '-p',
  'net.ipv4.ip_forward=1', 'net/../kernel/hostname=x', '-qw', '-ep', '--wr', '--sys', 'ss', '-tD', '--diag=x', 'iptables', '-M', '--modprobe=sh', 'curl', '-O', '-K', '--outp', '/dev/null', 'tc', 'exec', 'kernel.panic=1', 'kernel/hostname=x', 'vm.swappiness', 'cat', 'echo', 'ls', 'grep', 'head', 'sort', '-o', '--output=x', 'rm', '-rf',
  '/', 'sh', '/bin/sh', 'bash', 'env', 'xargs', 'python3', 'nsenter', 'touch', 'sudo', '-u', 'root', 'yum', 'install', 'exit', 'cd', ';', '&&', '||', '&', '|',
  '>', '>>', '<', '2>', '>&', '<(', '$(', ')', '(', '`', '"', "'", '\\', '$', '$HOME', '${X}', '*', '?', '[a]', '#', '~', '\x00', '\x1b[31m', '\x07', '\x7f', '\t',
  '\r', '\n', '\u009b', '\uFFFD', '\uD800', '我', '😀', '',
];
const hostileLine = fc.array(fc.constantFrom(...HOSTILE), { maxLength: 14 }).chain((ws) => fc.constantFrom(' ', '', '  ').map((sep) => ws.join(sep)));

const anyLine = fc.oneof(
  fc.string({ maxLength: 200 }),
  fc.string({ unit: 'binary', maxLength: 200 }),
  fc.string({ unit: 'grapheme', maxLength: 60 }),
  decodedBytes,
  hostileLine,
  fc.tuple(hostileLine, decodedBytes).map(([a, b]) => a + b),
  fc.integer({ min: MAX_LINE - 3, max: MAX_LINE + 3 }).chain((n) => fc.constantFrom('x', ';', ' ', '"').map((c) => `ip netns add ${c.repeat(Math.max(0, n - 13))}`)),
);

const policy: fc.Arbitrary<Policy> = fc.constantFrom<Policy>({ extraTools: [] }, { extraTools: ['bridge', 'python3'] }, { extraTools: ['sh'] }, { extraTools: ['curl'] });
const SHELLS = ['sh', 'bash', 'zsh', 'dash', 'fish', 'ksh', 'csh', 'tcsh', 'busybox', 'env', 'xargs', 'nohup', 'timeout', 'watch', 'strace'];
const CONTROL = /[\x00-\x08\x0a-\x1f\x7f-\x9f]/;
const base = (p: string) => p.split('/').pop()!;

test('parseCommandLine never throws, and what it lets run is only the lab\'s tools with plain words', () => {
  fc.assert(fc.property(anyLine, policy, (line, pol) => {
    const r = parseCommandLine(line, pol);
    assert.ok(r.kind === 'empty' || r.kind === 'run' || r.kind === 'refuse');
    assert.deepEqual(parseCommandLine(line, pol), r, 'deterministic');
    if (line.length > MAX_LINE) assert.deepEqual(r.kind === 'refuse' && r.refusal, { kind: 'too-long', length: line.length });
    if (r.kind !== 'run') return;
    const allowed = new Set<string>([...LAB_TOOLS, ...FILTERS, ...pol.extraTools]);
    for (const p of programsOf(r.pipeline[0]!)) {
      assert.ok(allowed.has(p) && !SHELLS.includes(p), `${JSON.stringify(line)} would start ${p}`);
    }
    for (const f of r.pipeline.slice(1)) assert.ok((FILTERS as readonly string[]).includes(base(f[0]!)), `${JSON.stringify(line)} pipes into ${f[0]}`);
    for (const argv of r.pipeline) {
      assert.ok(argv.length > 0);
      for (const w of argv) {
        assert.doesNotMatch(w, CONTROL, `${JSON.stringify(line)}: a control character reaches argv`);
        assert.ok(!w.includes('\uFFFD'), `${JSON.stringify(line)}: invalid UTF-8 reaches argv`);
      }
      if (base(argv[0]!) === 'sysctl') {
        const opts = argv.slice(1).filter((x) => x.startsWith('-'));
        const writes = opts.some((o) => /^-[^-r]*w/.test(o) || (o.length > 2 && 'write'.startsWith(o.slice(2).split('=')[0]!)));
        assert.ok(!opts.some((o) => /^-[^-r]*[pf]/.test(o) || o === '--system' || o.startsWith('--load')), `${JSON.stringify(line)} loads a file`);
        for (const a of argv.slice(1).filter((x) => !x.startsWith('-'))) {
          if (a.includes('=') || writes) assert.match(a.split('=')[0]!, /^net([./][^./]+)+$/, `${JSON.stringify(line)} writes ${a}`);
        }
      }
      if (base(argv[0]!) === 'ip') assert.ok(!argv.some((a) => /^--?b(a(t(ch?)?)?)?$/.test(a)), 'no ip -batch');
      if (base(argv[0]!) === 'sort') assert.ok(!argv.some((a) => a === '-o' || a.startsWith('--output')), 'no sort -o');
      if (base(argv[0]!) === 'ss') assert.ok(!argv.some((a) => /^-[a-zA-Z]*D/.test(a) || a.startsWith('--di')), `${JSON.stringify(line)}: no ss -D`);
      if (base(argv[0]!) === 'iptables') assert.ok(!argv.some((a) => a === '-M' || a.startsWith('--mo')), `${JSON.stringify(line)}: no iptables --modprobe`);
      if (base(argv[0]!) === 'tc') assert.ok(!argv.includes('exec'), `${JSON.stringify(line)}: no tc exec`);
      if (base(argv[0]!) === 'curl') {
        assert.ok(!argv.some((a) => ['-O', '-K', '--config'].includes(a)), `${JSON.stringify(line)}: curl writes or reads settings`);
        argv.forEach((a, i) => { if (a === '-o' || a === '--output' || a === '--outp') assert.ok(argv[i + 1] === undefined || ['-', '/dev/null'].includes(argv[i + 1]!), `${JSON.stringify(line)}: curl -o to a file`); });
      }
    }
  }), { numRuns: RUNS * 5 });
});

test('every refusal and note reads as a sentence in both languages; the echo of any line is one visible line', () => {
  fc.assert(fc.property(anyLine, (line) => {
    const r = parseCommandLine(line);
    for (const lang of ['en', 'zh'] as const) {
      if (r.kind === 'refuse') {
        const text = describeRefusal(r.refusal, lang);
        assert.ok(text.length > 10);
        // What the refusal quotes from the line (a program's name may say `null`) is left out of the search.
        const quoted = Object.values(r.refusal).flat().filter((v): v is string => typeof v === 'string' && v.length > 0);
        assert.doesNotMatch(quoted.reduce((t, q) => t.split(q).join(''), text), /undefined|null|NaN|\[object/, text);
      }
      for (const n of r.notes) assert.ok(describeNote(n, lang).length > 10);
    }
    const echo = visibleLine(line);
    assert.doesNotMatch(echo, CONTROL, 'no control byte in the echo');
    assert.ok([...echo].length <= 201);
  }), { numRuns: RUNS * 2 });
});

test('a shell operator, redirection or substitution after a valid command is always refused', () => {
  const valid = fc.constantFrom('ip netns list', 'ip netns exec ns0 ip a', 'ping -c 1 127.0.0.1', 'ls /var/run/netns/', 'echo hi', 'sysctl net.ipv4.ip_forward');
  const tail = fc.constantFrom('; rm -rf /', ';rm -rf /', '&& reboot', '&&reboot', '|| touch x', '& ', '&', '> /etc/passwd', '>/etc/passwd', '>> x', '2> x', '< /etc/shadow',
    '$(reboot)', '"$(reboot)"', '`id`', '"`id`"', '<(ls)', '| sh', '| bash -c x', '| xargs rm', '| tee x', '| sort -o x');
  fc.assert(fc.property(valid, fc.constantFrom(' ', '', '\t'), tail, (v, sep, t) => {
    const r = parseCommandLine(`${v}${sep}${t}`);
    assert.equal(r.kind, 'refuse', `${v}${sep}${t}: ${JSON.stringify(r)}`);
  }), { numRuns: RUNS });
});

test('a leading `$ ` or `sudo ` never changes whether a line runs', () => {
  // (A line that starts with `-` would be read as sudo's own options.)
  fc.assert(fc.property(anyLine.filter((l) => !/^\s*(\$|sudo|-)(\s|$)/.test(l) && !/^\s*-/.test(l) && l.length < MAX_LINE - 10), fc.constantFrom('$ ', 'sudo ', '$ sudo '), (line, prefix) => {
    const plain = parseCommandLine(line);
    const prefixed = parseCommandLine(prefix + line);
    if (plain.kind === 'run') {
      assert.equal(prefixed.kind, 'run', `${prefix}${line}`);
      assert.deepEqual(prefixed.kind === 'run' && prefixed.pipeline, plain.pipeline);
    }
    if (plain.kind === 'refuse' && prefixed.kind === 'run') assert.fail(`${JSON.stringify(prefix + line)} runs but ${JSON.stringify(line)} is refused`);
  }), { numRuns: RUNS });
});

/** Program output: colours kept, every other control byte made visible, nothing dropped. */
test('visibleOutput keeps text and colours and shows every other control character', () => {
  fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 300 }), (text) => {
    const shown = visibleOutput(text);
    assert.doesNotMatch(shown.replace(/\x1b\[[0-9;]*m/g, ''), /[\x00-\x08\x0b-\x1f\x7f-\x9f]/);
    const letters = (s: string) => s.replace(/\x1b\[[0-9;]*m|[\x00-\x1f\x7f-\x9f^\\x0-9a-f?@[\]_A-Z]/gi, '');
    assert.equal(letters(shown), letters(text), 'no printable character is lost');
  }), { numRuns: RUNS });
});

// ── Lessons ──────────────────────────────────────────────────────────────────

test('the lesson parser over decoded bytes, BOMs and mixed line ends: a lesson, or an error inside the file', () => {
  const GOOD = '---\nid: x\ntitle: T\nlang: en\n---\n\nIntro.\n\n## Step\n\n```sh\nip netns list\n```\n\n```check\nran ip netns list\n```\n';
  const mangled = fc.oneof(
    fc.uint8Array({ maxLength: 600 }).map(decode),
    fc.tuple(fc.nat(GOOD.length), fc.uint8Array({ maxLength: 20 })).map(([at, bytes]) => GOOD.slice(0, at) + decode(bytes) + GOOD.slice(at)),
    fc.constantFrom('\r\n', '\r', '\n\r', '\u2028').map((eol) => GOOD.replace(/\n/g, eol)),
    fc.constantFrom('\uFEFF', '\uFEFF\uFEFF', '\x00', '   ').map((pre) => pre + GOOD),
    fc.nat(GOOD.length).map((n) => GOOD.slice(0, n)),
  );
  fc.assert(fc.property(mangled, (text) => {
    const r = parseLesson(text, 'x.md');
    const lines = text.split(/\r\n|\r|\n/).length;
    for (const d of r.diagnostics) {
      assert.ok(d.message.length > 0);
      assert.ok(Number.isInteger(d.line) && d.line >= 1 && d.line <= lines + 1, `line ${d.line} of ${lines}: ${d.message}`);
      assert.ok(Number.isInteger(d.col) && d.col >= 1, `col ${d.col}`);
    }
    if (!r.lesson) assert.ok(r.diagnostics.some((d) => d.severity === 'error'), 'no lesson means an error');
    else for (const s of r.lesson.steps) for (const c of s.commands) assert.ok(c.line >= 1 && c.line <= lines);
  }), { numRuns: RUNS });
});

test('every check line that does not parse is reported at its own line and column in the lesson file', () => {
  const checkWords = fc.constantFrom('netns', 'link', 'veth', 'addr', 'route', 'ping', 'ran', 'exit', 'output', 'file', 'not', 'ns0', 'lo', 'is', 'up', 'in', 'exists', 'lnk', '"', '/', '/(/', '1.2.3.4/99', '');
  const checkLine = fc.oneof(fc.array(checkWords, { minLength: 1, maxLength: 6 }).map((w) => w.join(' ')), fc.string({ maxLength: 30 }), decodedBytes)
    .map((l) => l.replace(/[\r\n\u2028\u2029\u0085]/g, ' '))
    .filter((l) => !/^\s*(`{3}|~{3})/.test(l));
  fc.assert(fc.property(fc.array(checkLine, { minLength: 1, maxLength: 8 }), (checks) => {
    const head = ['---', 'id: x', 'title: T', 'lang: en', '---', '', 'Intro.', '', '## Step', '', '```sh', 'ip netns list', '```', '', '```check'];
    const text = [...head, ...checks, '```', ''].join('\n');
    const r = parseLesson(text, 'x.md');
    checks.forEach((c, i) => {
      const line = head.length + i + 1;
      const alone = parseCheckLine(c, line);
      if (c.trim() === '' || c.trim().startsWith('#') || !('error' in alone)) return;
      assert.ok(r.diagnostics.some((d) => d.line === line && d.severity === 'error'), `${JSON.stringify(c)} at line ${line}: ${JSON.stringify(r.diagnostics)}`);
    });
  }), { numRuns: RUNS });
});

test('parseCheckLine over decoded bytes and huge lines: a check or an error inside the line', () => {
  fc.assert(fc.property(fc.oneof(decodedBytes, fc.nat(5000).map((n) => `output contains "${'a'.repeat(n)}`)), fc.integer({ min: 1, max: 99 }), (text, col) => {
    const r = parseCheckLine(text, 7, col);
    if ('error' in r) {
      assert.equal(r.error.line, 7);
      assert.ok(r.error.col >= col && r.error.col <= col + text.length);
    } else assert.equal(r.check.line, 7);
  }), { numRuns: RUNS });
});

// ── Explainers and topology over random labs ─────────────────────────────────

const NS = ['', 'ns0', 'ns1', 'ns2', '宿主', 'a-very-long-namespace-name-x'];
const IF = ['lo', 'veth7', 'veth1-peer', 'br0', 'eth0', 'v', '接口', 'x'.repeat(15)];
const pick = <T>(xs: readonly T[]) => fc.constantFrom(...xs);

const addrArb: fc.Arbitrary<Addr> = fc.oneof(
  fc.record({ a: fc.nat(255), b: fc.nat(255), p: fc.nat(32) }).map(({ a, b, p }) => ({ family: 'inet' as const, cidr: `192.${a}.${b}.1/${p}`, local: `192.${a}.${b}.1`, prefixlen: p, scope: 'global' })),
  pick(['::1/128', 'fe80::1/64', '127.0.0.1/8', 'garbage', '/', '']).map((c) => ({ family: c.includes(':') ? 'inet6' as const : 'inet' as const, cidr: c, local: c.split('/')[0]!, prefixlen: Number(c.split('/')[1] ?? 0), scope: 'host' })),
);
const linkArb: fc.Arbitrary<Link> = fc.record({
  name: pick(IF), ifindex: fc.integer({ min: 1, max: 9 }), kind: pick(['veth', 'loopback', 'bridge', 'dummy', 'ether', 'vxlan']), up: fc.boolean(),
  operstate: pick(['UP', 'DOWN', 'UNKNOWN', 'LOWERLAYERDOWN']), flags: fc.subarray(['UP', 'LOWER_UP', 'BROADCAST', 'M-DOWN', 'NO-CARRIER']), mtu: pick([1500, 65536, 0]),
  mac: pick(['', '02:00:00:00:00:01']), qdisc: pick(['noop', 'noqueue', '']), master: fc.option(pick(IF), { nil: null }),
  peer: fc.option(fc.record({ name: fc.option(pick(IF), { nil: null }), ifindex: fc.nat(9), netns: fc.option(pick([...NS, 'gone']), { nil: null }) }), { nil: null }),
  addrs: fc.array(addrArb, { maxLength: 3 }),
});
const routeArb: fc.Arbitrary<Route> = fc.record({
  dst: pick(['default', '192.0.0.0/24', '10.0.0.0/8', '::/0', 'x']), gateway: fc.option(pick(['192.0.0.1', '10.0.0.1', 'fe80::1']), { nil: null }),
  dev: fc.option(pick(IF), { nil: null }), protocol: fc.option(pick(['kernel', 'static']), { nil: null }), scope: fc.option(pick(['link', 'global']), { nil: null }), prefsrc: fc.constant(null),
});
const netnsArb = (name: string): fc.Arbitrary<Netns> => fc.record({
  // The kernel keeps interface names unique within a namespace.
  name: fc.constant(name), links: fc.uniqueArray(linkArb, { maxLength: 5, selector: (l) => l.name }), routes: fc.array(routeArb, { maxLength: 3 }),
  sysctls: fc.dictionary(pick(['net.ipv4.ip_forward', 'net.ipv6.conf.all.forwarding']), pick(['0', '1', ''])),
});
const snapshotArb: fc.Arbitrary<Snapshot> = fc.uniqueArray(pick(NS.slice(1)), { maxLength: 4 })
  .chain((names) => fc.record({ root: netnsArb(''), namespaces: fc.tuple(...names.map(netnsArb)) }))
  .map((s) => ({ root: s.root, namespaces: [...s.namespaces].sort((a, b) => a.name.localeCompare(b.name)) }));

/** A second state: the first with a few things moved, removed, toggled or added, or an unrelated one. */
const pairArb: fc.Arbitrary<[Snapshot, Snapshot]> = fc.oneof(
  fc.tuple(snapshotArb, snapshotArb),
  fc.tuple(snapshotArb, fc.nat(), fc.boolean(), linkArb).map(([s, k, drop, extra]): [Snapshot, Snapshot] => {
    const spaces = [s.root, ...s.namespaces];
    const target = spaces[k % spaces.length]!;
    const toggled = target.links.map((l, i) => (i === k % Math.max(1, target.links.length) ? { ...l, up: !l.up } : l));
    const links = drop ? target.links.slice(1) : [...toggled, ...(toggled.some((l) => l.name === extra.name) ? [] : [extra])];
    const next = { ...target, links };
    return [s, target.name === '' ? { ...s, root: next } : { ...s, namespaces: s.namespaces.map((n) => (n.name === target.name ? next : n)) }];
  }),
);

test('explainChange and the topology change keys never throw over any two lab states, in either language', () => {
  fc.assert(fc.property(pairArb, fc.constantFrom('en', 'zh') as fc.Arbitrary<'en' | 'zh'>, fc.integer({ min: 1, max: 200 }), ([a, b], lang, width) => {
    for (const [x, y] of [[a, b], [b, a]] as const) {
      const lines = explainChangeStrict(x, y, lang);
      for (const l of lines) assert.ok(typeof l === 'string' && l.length > 0 && !/undefined|NaN|\[object/.test(l), l);
      assert.deepEqual(explainChange(x, y, lang), lines);
      const keys = changedKeys(x, y);
      for (const k of keys) assert.match(k, /^(ns|link|addr|peer|route|pair|master|state|netns|[a-z-]+):/);
      const r = layoutReport(y, width, { changed: keys, lang });
      assert.equal(r.faults, 0);
      for (const line of renderPlain(r.lines).split('\n')) assert.ok(textWidth(line) <= width);
    }
    assert.equal(explainChangeStrict(a, a, lang).length, 0, 'no change, nothing to say');
  }), { numRuns: RUNS });
});

const argvArb = fc.array(fc.oneof(pick(['ip', 'netns', 'exec', 'ns0', '-n', '-all', 'link', 'addr', 'route', 'add', 'del', 'set', 'dev', 'up', 'type', 'veth', 'peer', 'name', 'ping', '-c', 'ls', 'sysctl', '-w', 'bridge', 'ss', 'tc', '', '-', '--']),
  fc.string({ unit: 'binary', maxLength: 12 }), decodedBytes.map((s) => s.slice(0, 20)), fc.nat(5000).map((n) => 'x'.repeat(n))), { maxLength: 12 });
const errText = fc.oneof(fc.string({ unit: 'binary', maxLength: 300 }), decodedBytes,
  fc.tuple(pick(['Cannot find device "', 'Cannot open network namespace "', 'exec of "', 'nsenter: failed to execute ', 'Error: either "', 'RTNETLINK answers: ', 'Object "', 'Command "', '']), fc.string({ unit: 'binary', maxLength: 20 }), pick(['"', '" failed', ': No such file or directory', '" is unknown', ' is a garbage.', ''])).map((p) => p.join('')));

test('the command and error explainers never throw over any argv and any error text, with or without a lab state', () => {
  fc.assert(fc.property(argvArb, errText, fc.option(snapshotArb, { nil: null }), fc.integer({ min: -1, max: 255 }), fc.constantFrom('en', 'zh') as fc.Arbitrary<'en' | 'zh'>, (argv, err, snap, code, lang) => {
    const words = explainCommandStrict(argv, lang);
    assert.deepEqual(explainCommand(argv, lang), words);
    for (const w of words) assert.equal(typeof w.meaning, 'string');
    const result = { argv: [argv], exitCode: code, signal: null, stdout: '', stderr: err, durationMs: 1, interrupted: false, timedOut: false };
    const why = explainErrorStrict(argv, result, snap, lang);
    for (const l of why) assert.ok(l.length > 0 && !/undefined|\[object/.test(l), l);
    assert.deepEqual(explainError(argv, result, snap, lang), why);
    detectFamily(err, argv);
    const e = explainOutputStrict(argv, err, lang);
    assert.deepEqual(explainOutput(argv, err, lang), e);
    if (e) renderExplanation(err, e, { color: true, width: 40, lang });
  }), { numRuns: RUNS });
});
