// Transcript entries as terminal text: /check reasons wrap under their check,
// and text from the lesson, the learner or a program reaches the terminal
// without control characters (the tutor's own colours aside); and every kind of
// entry in golden files, in English and Chinese, at 60 and 80 columns
// (UPDATE_GOLDEN=1 rewrites them).
import '../../helpers/renderer-colours.ts';
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { entryText, visibleOutput } from '../../../src/render/entry-text.ts';
import { renderMarkdown } from '../../../src/render/markdown.ts';
import type { Entry, NewEntry } from '../../../src/session/model.ts';
import { stripAnsi } from '../../../src/text/ansi.ts';
import { displayWidth } from '../../../src/text/width.ts';
import { messages } from '../../../src/i18n/messages.ts';
import type { Lang } from '../../../src/i18n/lang.ts';
import { goldenFiles } from '../../helpers/golden.ts';
import { capture, outputOf } from '../explain/fixtures.ts';

const CHECK_EN: Entry = {
  id: 1, kind: 'check', pending: [], items: [
    { ok: true, source: 'netns ns1 exists', reason: '' },
    { ok: false, source: 'veth veth7 in ns0 peer veth1-peer in ns1', reason: 'veth7 is in the host, but this step expects it in ns0: move it with ip link set veth7 netns ns0' },
  ],
};

const CHECK_ZH: Entry = {
  id: 2, kind: 'check', pending: [], items: [
    { ok: true, source: 'netns ns1 exists', reason: '' },
    { ok: false, source: 'addr 192.0.0.1/24 on veth7 in ns0', reason: 'veth7 在 ns0 中没有地址 192.0.0.1/24：它现在没有任何 IPv4 地址，用 ip netns exec ns0 ip addr add 192.0.0.1/24 dev veth7 加上' },
  ],
};

test('/check at 60 columns: a long reason wraps with its lines under the check, not under the mark (en)', () => {
  assert.equal(entryText(CHECK_EN, { lang: 'en', color: false, width: 60 }), [
    'What the kernel shows for this step:',
    '  ✓ netns ns1 exists',
    '  ✗ veth veth7 in ns0 peer veth1-peer in ns1 — veth7 is in',
    '    the host, but this step expects it in ns0: move it with',
    '    ip link set veth7 netns ns0',
  ].join('\n'));
});

test('/check at 60 columns in Chinese: wide characters count two columns, continuation aligned (zh)', () => {
  assert.equal(entryText(CHECK_ZH, { lang: 'zh', color: false, width: 60 }), [
    '内核中与这一步相关的状态：',
    '  ✓ netns ns1 exists',
    '  ✗ addr 192.0.0.1/24 on veth7 in ns0 — veth7 在 ns0 中没有',
    '    地址 192.0.0.1/24：它现在没有任何 IPv4 地址，用 ip netns',
    '    exec ns0 ip addr add 192.0.0.1/24 dev veth7 加上',
  ].join('\n'));
});

test('/check in colour: the same lines, each line closing the dim it opens', () => {
  for (const [e, lang] of [[CHECK_EN, 'en'], [CHECK_ZH, 'zh']] as const) {
    const plain = entryText(e, { lang, color: false, width: 60 });
    const coloured = entryText(e, { lang, color: true, width: 60 });
    assert.equal(stripAnsi(coloured), plain);
    for (const line of coloured.split('\n')) {
      assert.ok(displayWidth(line) <= 60, line);
      const codes = line.match(/\x1b\[[0-9;]*m/g) ?? [];
      if (codes.length) assert.equal(codes[codes.length - 1], '\x1b[0m', `a style is left open: ${JSON.stringify(line)}`);
    }
    // The reason is dim on every line it takes, the first one included.
    const lines = coloured.split('\n');
    for (const l of lines.slice(3)) assert.match(l, /^ {4}\x1b\[2m/);
  }
});

test('/check items never exceed the width, from 30 to 120 columns', () => {
  for (let width = 30; width <= 120; width++) {
    for (const [e, lang] of [[CHECK_EN, 'en'], [CHECK_ZH, 'zh']] as const) {
      const [, ...items] = entryText(e, { lang, color: false, width }).split('\n');
      for (const line of items) assert.ok(displayWidth(line) <= width, `${width}: ${line}`);
    }
  }
});

// ── Hostile text ──────────────────────────────────────────────────────────────

const EVIL = '\u001b]0;PWNED\u0007\u001b[2J\u0007\u0000\u009b1;1H';
/** Every escape the text holds, when colour is on: only the tutor's own SGR colours may be there. */
const foreign = (s: string) => s.replace(/\x1b\[[0-9;]*m/g, '').match(/[\x00-\x08\x0b-\x1f\x7f-\x9f]/g) ?? [];

const HOSTILE_ENTRIES: Entry[] = [
  { kind: 'intro', title: `Lesson${EVIL}`, markdown: `Intro ${EVIL} text\n\n- item **bold** ${EVIL}\n\n\`\`\`sh\nip a ${EVIL}\n\`\`\`\n` },
  { kind: 'step', index: 1, total: 2, title: `Step${EVIL}`, markdown: `Body &#27;]0;x&#7; ${EVIL}` },
  { kind: 'passed', title: `Step${EVIL}`, explain: `Explained ${EVIL}` },
  { kind: 'hint', index: 1, total: 1, markdown: `Hint ${EVIL}` },
  { kind: 'check', pending: [], items: [{ ok: false, source: `ran ip${EVIL}`, reason: `because${EVIL}` }] },
  { kind: 'replay', header: 'Replaying', lines: [`ip netns add ns0${EVIL}`], footer: 'done' },
  { kind: 'summary', title: `Lesson${EVIL}`, timeMs: 1000, hints: 0, attempts: 1, skipped: 0, next: { id: 'x', title: `Next${EVIL}` } },
  { kind: 'status', text: `status${EVIL}` },
  { kind: 'info', text: `info${EVIL}` },
  { kind: 'note', text: `note${EVIL}` },
  { kind: 'refusal', text: `refused${EVIL}` },
  { kind: 'change', lines: [`veth${EVIL} moved`] },
  { kind: 'why', lines: [`why${EVIL}`] },
  { kind: 'command', line: `ip a${EVIL}` },
  { kind: 'output', text: `out${EVIL}\nmore` },
] as unknown as Entry[];

for (const e of HOSTILE_ENTRIES) {
  test(`a ${e.kind} entry with escape sequences in its text prints none of them`, () => {
    for (const lang of ['en', 'zh'] as const) {
      const plain = entryText(e, { lang, color: false, width: 60 });
      assert.doesNotMatch(plain, /[\x00-\x08\x0b-\x1f\x7f-\x9f]/, JSON.stringify(plain));
      // What the learner typed and what a program printed show their escapes visibly; other text loses them.
      if (e.kind === 'command' || e.kind === 'output') assert.match(plain, /\^\[\]0;PWNED\^G/);
      else assert.doesNotMatch(plain, /PWNED/);
      const coloured = entryText(e, { lang, color: true, width: 60 });
      assert.deepEqual(foreign(coloured), [], JSON.stringify(coloured));
    }
  });
}

test('lesson Markdown: the lesson\'s escapes go, the renderer\'s colours stay', () => {
  const md = `# Title ${EVIL}\n\nText \u001b[5mblink\u001b[0m and a bell\u0007.\n\n\`\`\`sh\nip netns list\n\`\`\`\n`;
  const plain = renderMarkdown(md, { width: 60, color: false });
  assert.doesNotMatch(plain, /[\x00-\x08\x0b-\x1f\x7f-\x9f]/);
  assert.match(plain, /Text blink and a bell\./);
  const coloured = renderMarkdown(md, { width: 60, color: true });
  assert.deepEqual(foreign(coloured), []);
  assert.match(coloured, /\x1b\[33m {4}ip netns list\x1b\[39m/, 'the code block keeps its colour');
});

test('program output: NUL bytes dropped, other controls shown as ^X, colours kept only with colour on', () => {
  assert.equal(visibleOutput('a\u0000\u0000b'), 'ab');
  assert.equal(visibleOutput('\u0000'.repeat(100_000)), '');
  assert.equal(visibleOutput('x\u001b]0;t\u0007y'), 'x^[]0;t^Gy');
  assert.equal(visibleOutput('\u001b[31mred\u001b[0m'), '\u001b[31mred\u001b[0m');
  assert.equal(visibleOutput('\u001b[31mred\u001b[0m', false), 'red');
  assert.equal(visibleOutput('tab\tline\nnext'), 'tab\tline\nnext');
});

// ── Every kind of entry, golden ───────────────────────────────────────────────

const golden = goldenFiles(join(import.meta.dirname, 'golden'));
const lessonFixture = (lang: Lang) => readFileSync(join(import.meta.dirname, 'fixtures', `lesson.${lang}.md`), 'utf8');
/** The fixture's section under its first `##` heading, as a step's body. */
const stepBody = (lang: Lang) => lessonFixture(lang).split(/^## .*$/m)[1]!.split(/^```/m)[0]!.trim();
const LO_UP = capture('ns0-addr-lo-up');
const NETNS_LIST = capture('netns-list-two');

/** What a session shows, one entry of each kind, with the words the session would use. */
function everyKind(lang: Lang): Entry[] {
  const m = messages(lang);
  const en = lang === 'en';
  const entries: NewEntry[] = [
    { kind: 'intro', title: en ? 'Connect two namespaces with a veth pair' : '用 veth pair 连接两个命名空间', markdown: lessonFixture(lang).replace(/^# .*\n/, '') },
    { kind: 'step', index: 2, total: 7, title: en ? 'Create the veth pair' : '创建 veth pair', markdown: stepBody(lang) },
    { kind: 'command', line: 'ip netns exec ns0 ip addr' },
    { kind: 'output', text: outputOf(LO_UP).replace(/\n$/, '') },
    { kind: 'status', text: m.timedOut(30) },
    { kind: 'note', text: en ? 'Dropped `sudo`: in the lab you are root already.' : '去掉了 `sudo`：在实验环境里你已经是 root。' },
    {
      kind: 'refusal', text: en
        ? 'Redirections (`>`) are not allowed: the lab shares the host\'s files and never writes them. Leave out the `>` part; the output appears here.'
        : '不允许重定向（`>`）：实验环境与宿主机共享文件，不会写入文件。去掉 `>` 部分即可，输出会直接显示在这里。',
    },
    {
      kind: 'change', lines: en
        ? ['veth1-peer moved from the host to ns1; a move resets it, so it is DOWN there. The pair now joins ns1 and the host.']
        : ['veth1-peer 从主机移到了 ns1；移动会让它复位，所以它在那边是关闭的。这对 veth 现在连接 ns1 和主机。'],
    },
    {
      kind: 'why', lines: en
        ? ['Network is unreachable: in ns0 the kernel has no route to 127.0.0.1, so ping could not send a single packet.', 'A new namespace starts with lo down, and without lo there is no route even to 127.0.0.1. Bring it up: `ip -n ns0 link set lo up`.']
        : ['网络不可达：ns0 中内核没有通往 127.0.0.1 的路由，ping 连一个包都发不出去。', '新建的命名空间里 lo 默认是关闭的，lo 不启用，连 127.0.0.1 都没有路由。先启用它：`ip -n ns0 link set lo up`。'],
    },
    {
      kind: 'passed', title: en ? 'Create the veth pair' : '创建 veth pair', explain: en
        ? 'Both ends exist in the host. Each is an ordinary interface: `ip link` lists `veth7@veth1-peer` and `veth1-peer@veth7`, **both DOWN**.'
        : '两端都在宿主机里。每一端都是普通网卡：`ip link` 列出 `veth7@veth1-peer` 和 `veth1-peer@veth7`，**两端都是关闭的**。',
    },
    { kind: 'passed', title: en ? 'See which namespaces exist' : '查看有哪些命名空间', explain: null },
    {
      kind: 'hint', index: 1, total: 2, markdown: en
        ? 'A veth pair is created in **one** command that names both ends:\n\n```sh\nip link add veth7 type veth peer name veth1-peer\n```'
        : 'veth pair 用**一条**命令创建，同时给两端起名：\n\n```sh\nip link add veth7 type veth peer name veth1-peer\n```',
    },
    {
      kind: 'check', pending: ['ran ip link'], items: [
        { ok: true, source: 'link veth7 type veth', reason: '' },
        { ok: false, source: 'veth veth7 peer veth1-peer', reason: en ? 'veth7 exists, but its peer is veth2: delete it with ip link del veth7 and create the pair again' : 'veth7 存在，但它的对端是 veth2：用 ip link del veth7 删掉后重新创建这一对' },
      ],
    },
    { kind: 'explain', argv: NETNS_LIST.argv, output: outputOf(NETNS_LIST) },
    { kind: 'replay', header: m.resetting, lines: ['ip netns add ns0', 'ip netns exec ns0 ip link set lo up'], footer: m.resetDone(2) },
    { kind: 'replay', header: '', lines: ['ip netns add ns0'], footer: m.resetDone(1) },
    { kind: 'help' },
    { kind: 'summary', title: en ? 'Connect two namespaces with a veth pair' : '用 veth pair 连接两个命名空间', timeMs: 754_000, hints: 2, attempts: 14, skipped: 1, next: { id: 'bridge', title: en ? 'Join three namespaces on a bridge' : '用网桥连接三个命名空间' } },
    { kind: 'summary', title: en ? 'Routing between two subnets' : '在两个子网之间路由', timeMs: 61_000, hints: 0, attempts: 9, skipped: 0, next: null },
    { kind: 'info', text: m.resumed(4, 7) },
  ];
  return entries.map((e, id) => ({ ...e, id }) as Entry);
}

test('the golden entries hold every kind of entry', () => {
  const kinds = new Set(everyKind('en').map((e) => e.kind));
  const all: Record<Entry['kind'], true> = {
    intro: true, step: true, command: true, output: true, status: true, note: true, refusal: true, change: true, why: true,
    passed: true, hint: true, check: true, explain: true, replay: true, help: true, summary: true, info: true,
    predict: true, predicted: true, recap: true,
  };
  // The lesson format's own kinds (a prediction, its answer, the recap) are tested with their text inline in practice-text.test.ts.
  const practice = ['predict', 'predicted', 'recap'];
  assert.deepEqual([...kinds, ...practice].sort(), Object.keys(all).sort());
});

for (const lang of ['en', 'zh'] as const) {
  for (const width of [60, 80]) {
    test(`golden: every kind of entry at ${width} columns (${lang})`, () => {
      const blocks = everyKind(lang).map((e) => `── ${e.kind} ──\n${entryText(e, { lang, color: false, width })}`);
      // Without the spaces the Markdown renderer leaves at some line ends (see markdown.test.ts).
      golden(`entries.${lang}.${width}.txt`, `${blocks.join('\n')}\n`.replace(/ +$/gm, ''));
    });
  }
}

test('every entry in colour reads as the golden text once its escapes are stripped', () => {
  for (const lang of ['en', 'zh'] as const) {
    for (const width of [60, 80]) {
      for (const e of everyKind(lang)) {
        const coloured = entryText(e, { lang, color: true, width });
        assert.equal(stripAnsi(coloured), entryText(e, { lang, color: false, width }), `${e.kind} ${lang} ${width}`);
      }
    }
  }
});
