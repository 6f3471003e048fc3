// Transcript entries as terminal text: /check reasons wrap under their check,
// and text from the lesson, the learner or a program reaches the terminal
// without control characters (the tutor's own colours aside).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { entryText, visibleOutput } from '../../../src/render/entry-text.ts';
import { renderMarkdown } from '../../../src/render/markdown.ts';
import type { Entry } from '../../../src/session/model.ts';
import { stripAnsi } from '../../../src/text/ansi.ts';
import { displayWidth } from '../../../src/text/wrap.ts';

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
