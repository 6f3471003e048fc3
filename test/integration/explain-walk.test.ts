// The explainers end to end: the article's commands typed as the article types
// them, in a real lab, every output, error and change explained in English and
// Chinese; then the change line after every step of both lessons.
//
// The assertions look for what each explanation must say (names, namespaces,
// addresses, commands, key words of each language), not for whole sentences.
import assert from 'node:assert/strict';
import { test, type TestContext } from 'node:test';
import { explainChange, explainError, explainOutput, type Family, type OutputExplanation } from '../../src/explain/index.ts';
import { outputLines } from '../../src/explain/shared/output-lines.ts';
import type { Lang } from '../../src/i18n/lang.ts';
import { parseCommandLine } from '../../src/policy/command.ts';
import { openLab, type Lab } from '../../src/lab/lab.ts';
import type { RunResult } from '../../src/model/run-result.ts';
import { allNamespaces, findLink, type Snapshot } from '../../src/model/snapshot.ts';
import { loadAllLessons } from '../../src/lesson/load.ts';
import { hostState, labSkipReason } from '../helpers/lab-env.ts';

const skip = await labSkipReason();
const LANGS = ['en', 'zh'] as const;

// ── what an explanation must say ────────────────────────────────────────────

/** Key words per language: strings are matched literally, regexes as they are. */
type Words = { readonly en: readonly RegExp[]; readonly zh: readonly RegExp[] };

const literal = (s: string | RegExp): RegExp => (typeof s === 'string' ? new RegExp(s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')) : s);

/** Words that must appear: in English, in Chinese. */
function w(en: readonly (string | RegExp)[], zh: readonly (string | RegExp)[]): Words {
  return { en: en.map(literal), zh: zh.map(literal) };
}

/** The same words in both languages (names, addresses, commands). */
function both(...words: (string | RegExp)[]): Words {
  return w(words, words);
}

function says(text: string, words: Words, lang: Lang, what: string): void {
  for (const re of words[lang]) assert.match(text, re, `${what} (${lang}) should match ${re}; it says: ${text}`);
}

/** A shell command as the explainers quote it. */
const cmd = (c: string) => `\`${c}\``;

// ── typing into the lab ─────────────────────────────────────────────────────

/** One line typed at the prompt and run in the lab, with the kernel's state before and after. */
type Typed = {
  readonly line: string;
  readonly argv: readonly string[];
  readonly result: RunResult;
  /** What the learner saw: stdout then stderr, as `/explain` reads it. */
  readonly output: string;
  readonly before: Snapshot;
  readonly after: Snapshot;
};

/** Types lines into a lab the way the session does: run, then probe. */
class Prompt {
  constructor(private readonly lab: Lab, private snapshot: Snapshot) {}

  get state(): Snapshot { return this.snapshot; }

  /** Runs a line; with `replies`, interrupts it (as Ctrl-C does) once that many ping replies have been printed. */
  async type(line: string, o: { replies?: number } = {}): Promise<Typed> {
    const parsed = parseCommandLine(line);
    assert.equal(parsed.kind, 'run', `${line} is run as typed`);
    if (parsed.kind !== 'run') throw new Error('unreachable');
    // Pasted from the article, `$ ` and all: the prompt sign is taken off, and the learner told so.
    if (line.startsWith('$ ')) assert.ok(parsed.notes.some((n) => n.kind === 'stripped-prompt'), `${line}: the $ is stripped`);
    const ac = new AbortController();
    let seen = '';
    const result = await this.lab.run(parsed.pipeline, {
      signal: ac.signal,
      timeoutMs: 30_000,
      onOutput: (chunk) => {
        seen += chunk;
        if (o.replies !== undefined && (seen.match(/ bytes from /g)?.length ?? 0) >= o.replies) ac.abort();
      },
    });
    if (o.replies !== undefined) assert.equal(result.interrupted, true, `${line} ran until it was stopped`);
    const before = this.snapshot;
    this.snapshot = await this.lab.probe();
    return { line, argv: parsed.pipeline[0]!, result, output: `${result.stdout}${result.stderr}`, before, after: this.snapshot };
  }
}

// ── reading one explanation ─────────────────────────────────────────────────

/** An output explanation with helpers to find the note on one span. */
class Explained {
  readonly lines: string[];
  constructor(readonly t: Typed, readonly ex: OutputExplanation, readonly lang: Lang) {
    this.lines = outputLines(t.output);
  }

  /** The note on the span that reads exactly `span`, on the first line containing `on` when given. */
  note(span: string, on?: string): string {
    const hits = this.ex.annotations.filter((a) => {
      const line = this.lines[a.line] ?? '';
      return line.slice(a.start, a.end) === span && (on === undefined || line.includes(on));
    });
    const spans = this.ex.annotations.map((a) => JSON.stringify((this.lines[a.line] ?? '').slice(a.start, a.end)));
    assert.ok(hits.length > 0, `${this.t.line} (${this.lang}): no note on ${JSON.stringify(span)}${on ? ` in the line with ${JSON.stringify(on)}` : ''}; notes cover ${spans.join(' ')}`);
    return hits[0]!.note;
  }

  /** Asserts the note on `span` says `words`. */
  on(span: string, words: Words, on?: string): void {
    says(this.note(span, on), words, this.lang, `the note on ${JSON.stringify(span)}`);
  }

  summary(words: Words): void {
    says(this.ex.summary.join(' '), words, this.lang, `the summary of ${this.t.line}`);
  }
}

/** The output's explanation in one language: recognised, of the right family. */
function explained(t: Typed, lang: Lang, family: Family): Explained {
  const ex = explainOutput(t.argv, t.output, lang);
  assert.ok(ex, `${t.line} (${lang}): the output is not recognised:\n${t.output}`);
  assert.equal(ex.family, family, `${t.line} (${lang})`);
  return new Explained(t, ex, lang);
}

/** The change line in both languages: one or two sentences saying `words`, or nothing when `words` is null. */
function change(t: Typed, words: Words | null): void {
  for (const lang of LANGS) {
    const lines = explainChange(t.before, t.after, lang);
    if (words === null) {
      assert.deepEqual(lines, [], `${t.line} changes nothing in the kernel, so nothing is said (${lang})`);
      continue;
    }
    assert.ok(lines.length >= 1 && lines.length <= 2, `${t.line} (${lang}): one or two sentences, got ${JSON.stringify(lines)}`);
    says(lines.join(' '), words, lang, `the change line of ${t.line}`);
  }
}

/** A command that worked: exit 0 and no error explanation. */
function worked(t: Typed): void {
  assert.equal(t.result.exitCode, 0, `${t.line} works: ${t.result.stderr}`);
  for (const lang of LANGS) assert.deepEqual(explainError(t.argv, t.result, t.after, lang), [], `${t.line}: no error to explain (${lang})`);
}

/** A command that prints nothing: nothing to explain as output. */
function silent(t: Typed): void {
  assert.equal(t.output, '', `${t.line} prints nothing`);
  for (const lang of LANGS) assert.equal(explainOutput(t.argv, t.output, lang), null);
}

/** A failed command: the error explanation in both languages says `words`; the error text is not taken for output. */
function failed(t: Typed, words: Words, result: RunResult = t.result): void {
  assert.notEqual(result.exitCode, 0, `${t.line} fails`);
  for (const lang of LANGS) {
    const why = explainError(t.argv, result, t.after, lang);
    assert.ok(why.length > 0, `${t.line} (${lang}): the error ${JSON.stringify(result.stderr)} is not explained`);
    says(why.join(' '), words, lang, `the error explanation of ${t.line}`);
  }
}

// ── what `ip addr` shows, piece by piece ────────────────────────────────────

/** A `lo` that is down: the missing UP, qdisc noop, state DOWN, the zero address. */
function loDown(e: Explained, ip: string): void {
  const line = 'lo: <LOOPBACK>';
  e.on('1', w(['interface index'], ['接口编号']), line);
  e.on('lo', w(['loopback'], ['回环']), line);
  e.on('<LOOPBACK>', w(['No UP', 'administratively down', cmd(`${ip}link set lo up`)], ['没有 UP', '关闭', cmd(`${ip}link set lo up`)]));
  e.on('LOOPBACK', w(['loopback'], ['回环']), line);
  e.on('mtu 65536', w(['largest packet'], ['最大报文']), line);
  e.on('qdisc noop', w(['down', 'drops'], ['关闭', '丢弃']), line);
  e.on('state DOWN', w(['administratively down', 'no UP flag'], ['关闭', '没有 UP']), line);
  e.on('qlen 1000', both('1000'), line);
  e.on('link/loopback', w(['loopback'], ['回环']));
  e.on('00:00:00:00:00:00', w(['all zeros'], ['全是 0']), 'link/loopback');
  e.summary(w(['lo is down', cmd(`${ip}link set lo up`)], ['lo 处于关闭状态', cmd(`${ip}link set lo up`)]));
}

/** A `lo` that is up: UP, LOWER_UP, noqueue, UNKNOWN, and its addresses. */
function loUp(e: Explained, ip: string): void {
  const line = 'lo: <LOOPBACK,UP,LOWER_UP>';
  e.on('UP', w(['administratively up', cmd(`${ip}link set lo up`)], ['启用', cmd(`${ip}link set lo up`)]), line);
  e.on('LOWER_UP', w(['carrier'], ['载波']), line);
  e.on('qdisc noqueue', w(['no queue'], ['不排队']), line);
  e.on('state UNKNOWN', w(['loopback', 'Normal'], ['回环', '正常']), line);
  e.on('inet 127.0.0.1/8', w(['127.0.0.0/8', 'loopback'], ['127.0.0.0/8', '回环']));
  e.on('scope host', w(['only inside this namespace'], ['本命名空间']), 'inet 127.0.0.1/8');
}

/** A veth end as `ip addr` prints it once its peer lives elsewhere: `NAME@ifN`, `link-netns NS`. */
function vethElsewhere(e: Explained, t: Typed, name: string, peer: string, peerNs: string): void {
  const peerIndex = findLink(t.after, peerNs, peer)!.ifindex;
  const header = `${name}@if${peerIndex}:`;
  assert.ok(e.lines.some((l) => l.includes(header)), `${t.line} shows ${header}`);
  e.on(name, w(['veth pair'], ['veth pair']), header);
  e.on(`@if${peerIndex}`, w([`interface ${peerIndex}`, peerNs, 'only its number'], [String(peerIndex), peerNs, '编号']));
  // Newer iproute2 names the peer's namespace (`link-netns ns1`), older prints its id (`link-netnsid 0`).
  const netnsLine = e.lines.findIndex((l, i) => i > e.lines.findIndex((h) => h.includes(header)) && / link-netns(id)? /.test(l));
  assert.ok(netnsLine >= 0, `${t.line} says where ${name}'s peer lives:\n${t.output}`);
  const [word, value] = / (link-netns(?:id)?) (\S+)/.exec(e.lines[netnsLine]!)!.slice(1) as [string, string];
  e.on(`${word} ${value}`, word === 'link-netns' ? w([`namespace ${peerNs}`], [`命名空间 ${peerNs}`]) : w(['id'], ['编号']), `${word} ${value}`);
  e.on('link/ether', w(['Ethernet'], ['以太网']), `${word} ${value}`);
  e.summary(both(name, peerNs));
}

// ── A. the article, typed as it types it ────────────────────────────────────

test("the article's commands, typed as the article types them: every output, error and change explained in en and zh", { skip, timeout: 180_000 }, async (tc: TestContext) => {
  const host = hostState();
  const lab = await openLab();
  try {
    const p = new Prompt(lab, await lab.probe());
    const step = (name: string, fn: () => Promise<void>) => tc.test(name, fn);

    await step('$ ip netns list: nothing yet', async () => {
      const t = await p.type('$ ip netns list');
      worked(t);
      assert.equal(t.output, '');
      for (const lang of LANGS) {
        const e = explained(t, lang, 'netns-list');
        assert.deepEqual(e.ex.annotations, []);
        e.summary(w(['No named namespace', cmd('ip netns add NAME')], ['还没有任何有名字的命名空间']));
      }
      change(t, null);
    });

    await step('$ ip netns add ns0', async () => {
      const t = await p.type('$ ip netns add ns0');
      worked(t);
      silent(t);
      change(t, w(['Namespace ns0', 'created', 'only its own lo', 'down'], ['命名空间 ns0', '创建', 'lo', '关闭']));
    });

    await step('mistake: ip netns add ns0 a second time', async () => {
      const t = await p.type('ip netns add ns0');
      assert.match(t.result.stderr, /File exists/);
      failed(t, w(['Namespace ns0 already exists', cmd('ip netns list')], ['命名空间 ns0 已经存在', cmd('ip netns list')]));
      for (const lang of LANGS) assert.equal(explainOutput(t.argv, t.output, lang), null, 'an error message is not taken for output');
      change(t, null);
    });

    await step('$ ls /var/run/netns/', async () => {
      const t = await p.type('$ ls /var/run/netns/');
      worked(t);
      for (const lang of LANGS) {
        const e = explained(t, lang, 'ls-netns');
        e.on('ns0', w(['ns0', 'ip netns add', 'keeps the namespace alive'], ['ns0', 'ip netns add', '继续存在']));
        e.summary(both('ns0', cmd('ip netns list')));
      }
      change(t, null);
    });

    await step('$ ip netns exec ns0 ip addr: lo is down', async () => {
      const t = await p.type('$ ip netns exec ns0 ip addr');
      worked(t);
      assert.match(t.output, /^1: lo: <LOOPBACK> mtu 65536 qdisc noop state DOWN/);
      for (const lang of LANGS) {
        const e = explained(t, lang, 'ip-addr');
        loDown(e, 'ip -n ns0 ');
        e.summary(w(['in ns0', 'No IPv4 address'], ['ns0 中', '还没有任何 IPv4 地址']));
      }
      change(t, null);
    });

    await step('mistake: ip netns exec ns2 ip a (no such namespace)', async () => {
      const t = await p.type('ip netns exec ns2 ip a');
      assert.match(t.result.stderr, /Cannot open network namespace "ns2"/);
      // Only ns0 exists, one letter away: the explanation offers it.
      failed(t, w(['no namespace named ns2', 'must exist before', 'The lab has ns0', 'Did you mean ns0?'], ['没有名为 ns2 的命名空间', '要先创建它', 'ns0']));
      for (const lang of LANGS) assert.equal(explainOutput(t.argv, t.output, lang), null, 'an error message is not taken for output');
      change(t, null);
    });

    await step('$ ip netns exec ns0 ping 127.0.0.1: Network is unreachable, lo is down', async () => {
      const t = await p.type('$ ip netns exec ns0 ping 127.0.0.1');
      assert.equal(t.result.interrupted, false, 'it stops by itself');
      assert.match(t.result.stderr, /^ping: connect: Network is unreachable$/m);
      const lo = w(['Network is unreachable', 'no route to 127.0.0.1', 'lo down', cmd('ip -n ns0 link set lo up')],
        ['网络不可达', '127.0.0.1', 'lo 默认是关闭的', cmd('ip -n ns0 link set lo up')]);
      failed(t, lo);
      for (const lang of LANGS) {
        const e = explained(t, lang, 'ping');
        e.on('connect: Network is unreachable', w(['no route', 'lo is down'], ['没有通往这个地址的路由', 'lo 是关闭的']));
        e.summary(w(['did not send a single packet'], ['一个报文都没发出去']));
      }
      change(t, null);

      // The article's own words for it, from a system set to Chinese.
      const zh: RunResult = { ...t.result, stdout: '', stderr: 'ping: connect: 网络不可达\n' };
      failed(t, lo, zh);
      for (const lang of LANGS) {
        const e = new Explained({ ...t, output: zh.stderr }, explainOutput(t.argv, zh.stderr, lang)!, lang);
        assert.equal(e.ex?.family, 'ping');
        e.on('connect: 网络不可达', w(['no route', 'lo is down'], ['没有通往这个地址的路由', 'lo 是关闭的']));
      }
    });

    await step('$ ip netns exec ns0 ip link set lo up', async () => {
      const t = await p.type('$ ip netns exec ns0 ip link set lo up');
      worked(t);
      silent(t);
      const addrs = findLink(t.after, 'ns0', 'lo')!.addrs.map((a) => a.cidr);
      assert.ok(addrs.includes('127.0.0.1/8'));
      change(t, w(['lo in ns0 is up', ...addrs, 'reach itself'], ['ns0 中的 lo 启用了', ...addrs, '访问自己']));
    });

    await step('$ ip netns exec ns0 ping 127.0.0.1, stopped with Ctrl-C after two replies', async () => {
      const t = await p.type('$ ip netns exec ns0 ping 127.0.0.1', { replies: 2 });
      worked(t);
      assert.match(t.output, /ping statistics/, 'stopped like Ctrl-C, ping prints its statistics');
      for (const lang of LANGS) pingReplies(explained(t, lang, 'ping'), '127.0.0.1');
      change(t, null);
    });

    await step('$ ip netns add ns1', async () => {
      const t = await p.type('$ ip netns add ns1');
      worked(t);
      silent(t);
      change(t, w(['Namespace ns1', 'created', 'down'], ['命名空间 ns1', '创建', '关闭']));
    });

    await step('$ ip netns list: ns1 and ns0', async () => {
      const t = await p.type('$ ip netns list');
      worked(t);
      for (const lang of LANGS) netnsList(explained(t, lang, 'netns-list'), ['ns0', 'ns1']);
      change(t, null);
    });

    await step('$ ip link add veth7 type veth peer name veth1-peer', async () => {
      const t = await p.type('$ ip link add veth7 type veth peer name veth1-peer');
      worked(t);
      silent(t);
      change(t, w(['veth pair', 'on the host', 'veth7', 'veth1-peer', 'both DOWN'], ['主机', 'veth', 'veth7', 'veth1-peer', '两端都是关闭的']));
    });

    await step('$ ip a: the pair in the host, veth1-peer@veth7, M-DOWN', async () => {
      const t = await p.type('$ ip a');
      worked(t);
      for (const lang of LANGS) {
        const e = explained(t, lang, 'ip-addr');
        loUp(e, 'ip ');
        for (const [name, peer] of [['veth1-peer', 'veth7'], ['veth7', 'veth1-peer']] as const) {
          const header = `${name}@${peer}:`;
          e.on(name, w(['one end of a veth pair'], ['veth pair 的一端']), header);
          e.on(`@${peer}`, w([`other end of this veth pair is ${peer}`, 'same namespace'], [`另一端是 ${peer}`, '当前命名空间']), header);
          e.on('<BROADCAST,MULTICAST,M-DOWN>', w(['No UP', `${name} is administratively down`, cmd(`ip link set ${name} up`)], ['没有 UP', `${name} 在管理上处于关闭状态`, cmd(`ip link set ${name} up`)]), header);
          e.on('M-DOWN', w([`(${peer}) is down`], [`（${peer}）处于关闭状态`]), header);
          e.on('BROADCAST', w(['every host on its link'], ['广播']), header);
          e.on('qdisc noop', w(['down'], ['关闭']), header);
          e.on('state DOWN', w(['administratively down'], ['关闭']), header);
          e.on('mtu 1500', w(['Ethernet'], ['以太网']), header);
        }
        e.on('link/ether', w(['Ethernet', 'veth'], ['以太网', 'veth']));
        e.on('brd ff:ff:ff:ff:ff:ff', w(['broadcast address', 'every host on the link'], ['广播地址', '每台主机']));
        const mac = findLink(t.after, '', 'veth7')!.mac;
        e.on(mac, w(['MAC address', 'at random'], ['MAC 地址', '随机']));
        e.summary(w(['veth1-peer and veth7', 'two ends of one veth pair'], ['veth1-peer 和 veth7', '同一对 veth 的两端']));
      }
      change(t, null);
    });

    await step('$ ip link set veth1-peer netns ns1', async () => {
      const t = await p.type('$ ip link set veth1-peer netns ns1');
      worked(t);
      silent(t);
      change(t, w(['veth1-peer moved from the host to ns1', 'resets', 'DOWN', 'joins ns1 and the host'], ['veth1-peer 从主机移到了 ns1', '重置', 'DOWN', '连接着 ns1 和主机']));
    });

    await step('a look: ip a in the host shows veth7@ifN with link-netns ns1', async () => {
      const t = await p.type('ip a');
      worked(t);
      for (const lang of LANGS) {
        const e = explained(t, lang, 'ip-addr');
        vethElsewhere(e, t, 'veth7', 'veth1-peer', 'ns1');
        assert.ok(!t.output.includes('M-DOWN'), 'no M-DOWN once the peer is elsewhere');
      }
      change(t, null);
    });

    await step('mistake: ip link set veth1-peer up in the host, after it moved', async () => {
      const t = await p.type('ip link set veth1-peer up');
      assert.match(t.result.stderr, /Cannot find device "veth1-peer"/);
      failed(t, w(['veth1-peer is not on the host', 'in ns1 now', cmd('ip -n ns1 link set veth1-peer up')],
        ['veth1-peer 不在主机上', '在 ns1 中', cmd('ip -n ns1 link set veth1-peer up')]));
      change(t, null);
    });

    await step('a look: ip netns list gives ns1 an id', async () => {
      const t = await p.type('ip netns list');
      worked(t);
      assert.match(t.output, /^ns1 \(id: \d+\)$/m);
      for (const lang of LANGS) netnsList(explained(t, lang, 'netns-list'), ['ns0', 'ns1']);
      change(t, null);
    });

    await step('$ ip link set veth7 netns ns0', async () => {
      const t = await p.type('$ ip link set veth7 netns ns0');
      worked(t);
      silent(t);
      change(t, w(['veth7 moved from the host to ns0', 'DOWN', 'joins ns0 and ns1'], ['veth7 从主机移到了 ns0', 'DOWN', '连接着 ns0 和 ns1']));
    });

    await step('mistake: ip link set veth7 up in the host, after it moved to ns0', async () => {
      const t = await p.type('ip link set veth7 up');
      assert.match(t.result.stderr, /Cannot find device "veth7"/);
      failed(t, w(['veth7 is not on the host', 'it is in ns0 now', 'exactly one namespace', cmd('ip -n ns0 link set veth7 up')],
        ['veth7 不在主机上', '它现在在 ns0 中', '只属于一个命名空间', cmd('ip -n ns0 link set veth7 up')]));
      for (const lang of LANGS) assert.equal(explainOutput(t.argv, t.output, lang), null, 'an error message is not taken for output');
      change(t, null);
    });

    await step('$ ip netns exec ns0 ip a', async () => {
      const t = await p.type('$ ip netns exec ns0 ip a');
      worked(t);
      for (const lang of LANGS) {
        const e = explained(t, lang, 'ip-addr');
        loUp(e, 'ip -n ns0 ');
        vethElsewhere(e, t, 'veth7', 'veth1-peer', 'ns1');
        e.on('<BROADCAST,MULTICAST>', w(['No UP', 'veth7 is administratively down', cmd('ip -n ns0 link set veth7 up')], ['没有 UP', cmd('ip -n ns0 link set veth7 up')]), 'veth7@');
        e.on('state DOWN', w(['administratively down'], ['关闭']), 'veth7@');
        e.summary(w(['127.0.0.1/8 on lo', 'No IPv4 address yet on veth7'], ['127.0.0.1/8', 'veth7']));
      }
      change(t, null);
    });

    await step('$ ip netns exec ns1 ip a', async () => {
      const t = await p.type('$ ip netns exec ns1 ip a');
      worked(t);
      for (const lang of LANGS) {
        const e = explained(t, lang, 'ip-addr');
        loDown(e, 'ip -n ns1 ');
        vethElsewhere(e, t, 'veth1-peer', 'veth7', 'ns0');
      }
      change(t, null);
    });

    await step("mistake: the article's comment slip, veth1-peer switched on in ns0", async () => {
      const t = await p.type('ip netns exec ns0 ip link set veth1-peer up');
      assert.match(t.result.stderr, /Cannot find device "veth1-peer"/);
      failed(t, w(['veth1-peer is not in ns0', 'in ns1 now', cmd('ip -n ns1 link set veth1-peer up')],
        ['veth1-peer 不在 ns0 中', '在 ns1 中', cmd('ip -n ns1 link set veth1-peer up')]));
      change(t, null);
    });

    await step('$ ip netns exec ns0 ip link set veth7 up', async () => {
      const t = await p.type('$ ip netns exec ns0 ip link set veth7 up');
      worked(t);
      silent(t);
      change(t, w(['veth7 in ns0 is up', 'no carrier', 'veth1-peer (ns1)', 'still down'], ['ns0 中的 veth7 启用了', '没有载波', 'veth1-peer（ns1）', '关闭']));
    });

    await step('$ ip netns exec ns0 ip a: NO-CARRIER, LOWERLAYERDOWN', async () => {
      const t = await p.type('$ ip netns exec ns0 ip a');
      worked(t);
      const header = 'veth7@';
      assert.match(t.output, /veth7@if\d+: <NO-CARRIER,BROADCAST,MULTICAST,UP> .*state LOWERLAYERDOWN/);
      for (const lang of LANGS) {
        const e = explained(t, lang, 'ip-addr');
        e.on('NO-CARRIER', w(['no carrier', 'other end of the veth is still down'], ['没有载波', '另一端还没启用']), header);
        e.on('UP', w(['administratively up', cmd('ip -n ns0 link set veth7 up')], ['启用', cmd('ip -n ns0 link set veth7 up')]), header);
        e.on('state LOWERLAYERDOWN', w(['layer below is down', 'other end is down'], ['下层不通', '另一端还关着']), header);
        e.on('qdisc noqueue', w(['no queue'], ['不排队']), header);
        e.summary(w(['Up but without carrier: veth7'], ['veth7']));
      }
      change(t, null);
    });

    await step('$ ip netns exec ns0 ip addr add 192.0.0.1/24 dev veth7', async () => {
      const t = await p.type('$ ip netns exec ns0 ip addr add 192.0.0.1/24 dev veth7');
      worked(t);
      silent(t);
      change(t, w(['192.0.0.1/24 was added to veth7 in ns0', 'route 192.0.0.0/24'], ['ns0 中的 veth7 加上了地址 192.0.0.1/24', '192.0.0.0/24 的路由']));
    });

    await step('mistake: ping from ns1 before veth1-peer has an address', async () => {
      const t = await p.type('ip netns exec ns1 ping -c 1 192.0.0.1');
      assert.match(t.result.stderr, /Network is unreachable/);
      failed(t, w(['in ns1', 'no route to 192.0.0.1', '192.0.0.1 is on veth7 in ns0', cmd('ip -n ns1 addr add 192.0.0.2/24 dev veth1-peer')],
        ['ns1 中', '192.0.0.1', 'ns0 中的 veth7', cmd('ip -n ns1 addr add 192.0.0.2/24 dev veth1-peer')]));
      for (const lang of LANGS) {
        const e = explained(t, lang, 'ping');
        e.on('connect: Network is unreachable', w(['no route to 192.0.0.1', 'no default route'], ['没有通往 192.0.0.1 的路由', '没有默认路由']));
        assert.doesNotMatch(e.note('connect: Network is unreachable'), /\blo\b/, 'lo has nothing to do with 192.0.0.1');
      }
      change(t, null);
    });

    await step('$ ip netns exec ns1 ip a: veth1-peer still down, no address', async () => {
      const t = await p.type('$ ip netns exec ns1 ip a');
      worked(t);
      for (const lang of LANGS) {
        const e = explained(t, lang, 'ip-addr');
        vethElsewhere(e, t, 'veth1-peer', 'veth7', 'ns0');
        e.on('<BROADCAST,MULTICAST>', w(['No UP', cmd('ip -n ns1 link set veth1-peer up')], ['没有 UP', cmd('ip -n ns1 link set veth1-peer up')]), 'veth1-peer@');
        e.summary(w(['No IPv4 address here yet'], ['这里还没有任何 IPv4 地址']));
      }
      change(t, null);
    });

    await step('$ ip netns exec ns1 ip link set veth1-peer up', async () => {
      const t = await p.type('$ ip netns exec ns1 ip link set veth1-peer up');
      worked(t);
      silent(t);
      change(t, w(['veth1-peer in ns1 is up', 'veth7 (ns0) now has carrier', 'cable is live'], ['ns1 中的 veth1-peer 启用了', 'veth7（ns0）也有了载波', '通了']));
    });

    await step('$ ip netns exec ns1 ip addr add 192.0.0.2/24 dev veth1-peer', async () => {
      const t = await p.type('$ ip netns exec ns1 ip addr add 192.0.0.2/24 dev veth1-peer');
      worked(t);
      silent(t);
      change(t, w(['192.0.0.2/24 was added to veth1-peer in ns1', 'route 192.0.0.0/24'], ['ns1 中的 veth1-peer 加上了地址 192.0.0.2/24', '192.0.0.0/24 的路由']));
    });

    await step('$ ip netns exec ns1 ping 192.0.0.1, stopped with Ctrl-C after two replies', async () => {
      const t = await p.type('$ ip netns exec ns1 ping 192.0.0.1', { replies: 2 });
      worked(t);
      for (const lang of LANGS) pingReplies(explained(t, lang, 'ping'), '192.0.0.1');
      change(t, null);
    });

    await step('a look: ip netns exec ns0 ip a shows inet 192.0.0.1/24, UP and LOWER_UP', async () => {
      const t = await p.type('ip netns exec ns0 ip a');
      worked(t);
      const header = 'veth7@';
      assert.match(t.output, /veth7@if\d+: <BROADCAST,MULTICAST,UP,LOWER_UP> .*state UP/);
      for (const lang of LANGS) {
        const e = explained(t, lang, 'ip-addr');
        e.on('inet 192.0.0.1/24', w(['192.0.0.1', '/24', '192.0.0.0–192.0.0.255', 'without a router'], ['192.0.0.1', '/24', '192.0.0.0–192.0.0.255', '直接可达']));
        e.on('scope global', w(['other hosts'], ['其他主机']), 'inet 192.0.0.1/24');
        e.on('veth7', w(['address\'s label', 'veth7'], ['标签', 'veth7']), 'inet 192.0.0.1/24');
        e.on('LOWER_UP', w(['other end of the veth is up'], ['另一端也已启用']), header);
        e.on('state UP', w(['can carry traffic'], ['收发数据']), header);
        e.summary(w(['192.0.0.1/24 on veth7'], ['veth7 上的 192.0.0.1/24']));
      }
      change(t, null);
    });

    assert.deepEqual(hostState(), host, 'the host saw nothing of the lab');
  } finally {
    await lab.close();
  }
  assert.deepEqual(hostState(), host, 'nothing is left on the host');
});

/** ping's header, each reply line and the statistics, all explained. */
function pingReplies(e: Explained, target: string): void {
  e.on(`PING ${target}`, w(['ICMP echo requests', target], ['ICMP', target]));
  e.on('56(84) bytes', w(['56 bytes of data', '84 bytes'], ['56 字节数据', '84 字节']));
  const replies = e.lines.filter((l) => /^64 bytes from /.test(l));
  assert.ok(replies.length >= 2, `two replies or more:\n${e.t.output}`);
  for (const line of replies) {
    const seq = /icmp_seq=(\d+)/.exec(line)![1]!;
    const time = /time=(\S+ ms)/.exec(line)![1]!;
    e.on(`64 bytes from ${target}`, w(['a reply', target, '56 bytes of data'], ['应答', target, '56 字节数据']), line);
    e.on(`icmp_seq=${seq}`, w(['sequence number'], ['序号']), line);
    e.on('ttl=64', w(['no router'], ['没有经过路由器']), line);
    e.on(`time=${time}`, w(['round-trip'], ['往返时间']), line);
  }
  const stats = e.lines.find((l) => /packets transmitted/.test(l))!;
  const [, tx, rx, loss] = /^(\d+) packets transmitted, (\d+) received, .*?([\d.]+%) packet loss/.exec(stats)! as unknown as [string, string, string, string];
  assert.equal(Number(rx), replies.length, 'one reply line per reply received');
  e.on(`--- ${target} ping statistics ---`, w(['summary', 'Ctrl-C'], ['统计', 'Ctrl-C']));
  e.on(`${tx} packets transmitted`, w(['requests sent'], ['发出的请求数']), stats);
  e.on(`${rx} received`, w(['replies'], ['应答数']), stats);
  // A request sent just before Ctrl-C can still be waiting for its reply: then it counts as lost.
  e.on(`${loss} packet loss`, loss === '0%' ? w(['none'], ['一个都没丢']) : both(loss), stats);
  const rtt = e.lines.find((l) => l.startsWith('rtt '));
  assert.ok(rtt !== undefined, 'the round-trip line');
  e.on(rtt, w(['round-trip times'], ['往返时间']), rtt);
  e.summary(tx === rx ? w([`${tx} sent, ${rx} received, none lost`, `${target} answers`], [`发出 ${tx} 个，收到 ${rx} 个`, `${target} 能通`])
    : w([`${tx} sent, ${rx} received`], [`发出 ${tx} 个，收到 ${rx} 个`]));
}

/** `ip netns list`: each name, and each id when there is one. */
function netnsList(e: Explained, names: readonly string[]): void {
  for (const name of names) {
    const line = e.lines.find((l) => l.split(' ')[0] === name);
    assert.ok(line !== undefined, `${name} is listed`);
    e.on(name, w(['named network namespace', cmd(`ip netns add ${name}`)], ['有名字的网络命名空间', cmd(`ip netns add ${name}`)]), line);
    const id = /\(id: \d+\)/.exec(line)?.[0];
    if (id) e.on(id, w(['number this namespace uses', name], ['编号', name]), line);
  }
  e.summary(both(...names));
}

// ── the change line after every step of both lessons ────────────────────────

/** Programs and `ip` objects that only look: a step made only of these changes nothing. */
function onlyLooks(argv: readonly string[]): boolean {
  const words = argv.join(' ').replace(/^ip netns exec \S+ /, '');
  return /^(ls|ping) /.test(words) || /^ip (a|addr|address|route|netns list|link)( show)?$/.test(words) || words === 'ip netns list';
}

test('the change line after every step of both lessons names what the step changed, in en and zh', { skip, timeout: 180_000 }, async () => {
  const host = hostState();
  const lessons = loadAllLessons();
  for (const id of ['netns-basics', 'veth-pair']) {
    const en = lessons.find((l) => l.id === id && l.lang === 'en')!;
    const zh = lessons.find((l) => l.id === id && l.lang === 'zh')!;
    const commands = (l: typeof en) => [l.setup.map((c) => c.text), ...l.steps.map((s) => s.commands.map((c) => c.text))];
    assert.deepEqual(commands(zh), commands(en), `${id}: the Chinese lesson types the same commands`);
    const lab = await openLab();
    try {
      const p = new Prompt(lab, await lab.probe());
      for (const c of en.setup) assert.equal((await p.type(c.text)).result.exitCode, 0, c.text);
      for (const s of en.steps) {
        const before = p.state;
        const typed: Typed[] = [];
        for (const c of s.commands) typed.push(await p.type(c.text));
        const looks = typed.every((t) => onlyLooks(t.argv));
        // Names and addresses the step's commands mention that the kernel now holds.
        const holds = new Set(allNamespaces(p.state).flatMap((n) => [n.name, ...n.links.flatMap((l) => [l.name, ...l.addrs.map((a) => a.cidr)])]));
        const named = [...new Set(typed.flatMap((t) => t.argv.filter((a) => a !== '' && holds.has(a))))];
        for (const lang of LANGS) {
          const lines = explainChange(before, p.state, lang);
          const where = `${id} · ${s.title} (${lang})`;
          if (looks) {
            assert.deepEqual(lines, [], `${where}: nothing changed, nothing said`);
            continue;
          }
          assert.ok(lines.length >= 1 && lines.length <= 2, `${where}: one or two sentences, got ${JSON.stringify(lines)}`);
          assert.ok(named.length > 0, `${where}: the step names what it changes`);
          for (const n of named) assert.ok(lines.join(' ').includes(n), `${where}: the change line names ${n}: ${lines.join(' ')}`);
        }
      }
    } finally {
      await lab.close();
    }
  }
  assert.deepEqual(hostState(), host, 'nothing is left on the host');
});
