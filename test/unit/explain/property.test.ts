/** Properties: the explainers never throw and their spans stay inside the text, whatever comes in. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { detectFamily, renderExplanation } from '../../../src/explain/index.ts';
import { explainOutputStrict } from '../../../src/explain/output/explain.ts';
import { explainCommandStrict } from '../../../src/explain/command/explain.ts';
import { explainErrorStrict } from '../../../src/explain/error/explain.ts';
import { explainChangeStrict } from '../../../src/explain/change/explain.ts';
import type { OutputExplanation } from '../../../src/explain/index.ts';
import { loadCaptures, outputOf } from './fixtures.ts';
import { ARTICLE, SIDE } from './snapshots.ts';

const outputs = loadCaptures().map(outputOf).filter((o) => o.length > 0);
const ARGVS: (string[] | null)[] = [null, ...loadCaptures().map((c) => [...c.argv]), ['ip', '-br', 'a'], ['ip', '-o', 'link'], ['ls', '-l', '/run/netns']];

/** Spans are inside their lines, non-empty, and the rendering does not throw in either mode. */
function checkExplanation(text: string, e: OutputExplanation | null, width: number): void {
  detectFamily(text);
  if (!e) return;
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  for (const a of e.annotations) {
    assert.ok(Number.isInteger(a.line) && a.line >= 0 && a.line < lines.length, `line ${a.line}`);
    assert.ok(a.start >= 0 && a.start < a.end, `span ${a.start}-${a.end}`);
    assert.ok(a.note.length > 0);
  }
  for (const lang of ['en', 'zh'] as const) {
    renderExplanation(text, e, { color: true, width, lang });
    renderExplanation(text, e, { color: false, width, lang });
  }
}

const words = fc.constantFrom('1:', 'lo:', 'veth7@if2:', '<BROADCAST,UP', 'mtu', 'qdisc', 'state', 'inet', 'inet6', '192.0.0.1/24', 'scope',
  'link/ether', 'brd', 'link-netns', 'valid_lft', 'PING', 'bytes', 'from', 'icmp_seq=1', 'ttl=', 'time=', 'ms', 'packets', 'transmitted,',
  'received,', '%', 'packet loss', 'dev', 'via', 'default', 'lladdr', 'REACHABLE', '(id:', ')', '@', ':', '\\', '网络不可达', '\t', '\x1b[31m', '');
const lineOfWords = fc.array(words, { maxLength: 14 }).map((ws) => ws.join(' '));

test('random text never makes the output explainers throw', () => {
  fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 400 }), fc.constantFrom(...ARGVS), fc.integer({ min: -5, max: 300 }), (text, argv, width) => {
    checkExplanation(text, explainOutputStrict(argv, text, 'en'), width);
  }), { numRuns: 400 });
});

test('output-like word salad never makes them throw', () => {
  fc.assert(fc.property(fc.array(lineOfWords, { maxLength: 12 }), fc.constantFrom(...ARGVS), (lines, argv) => {
    const text = lines.join('\n');
    checkExplanation(text, explainOutputStrict(argv, text, 'zh'), 80);
  }), { numRuns: 400 });
});

test('truncated and spliced real outputs never make them throw', () => {
  fc.assert(fc.property(fc.constantFrom(...outputs), fc.nat(), fc.nat(), fc.constantFrom(...ARGVS), (out, a, b, argv) => {
    const cut = out.slice(0, a % (out.length + 1));
    const spliced = out.slice(0, a % (out.length + 1)) + out.slice(b % (out.length + 1));
    for (const text of [cut, spliced]) checkExplanation(text, explainOutputStrict(argv, text, 'en'), 60);
  }), { numRuns: 400 });
});

test('the other explainers never throw either', () => {
  const snaps = [null, ARTICLE.empty, ARTICLE.pair, ARTICLE.peerAddr, SIDE.wrongSubnet, SIDE.defaultRoute];
  const argv = fc.array(fc.oneof(fc.constantFrom('ip', 'netns', 'exec', 'ns0', 'link', 'add', 'set', 'a', 'type', 'veth', 'peer', 'name', '-n', 'ping', '-c', 'route', 'via', 'dev', 'addr', '192.0.0.1/24', 'ls'), fc.string({ maxLength: 6 })), { maxLength: 10 });
  const stderr = fc.constantFrom('RTNETLINK answers: File exists', 'Cannot find device "x"', 'Cannot open network namespace "q": No such file or directory',
    'ping: connect: 网络不可达', '"type" is invalid lladdr.', 'Error: either "local" is duplicate, or "" is a garbage.', 'Error: Nexthop has invalid gateway.',
    'Command "" is unknown, try "ip  help".', 'From 1.2.3.4 icmp_seq=1 Destination Host Unreachable\n1 packets transmitted, 0 received', '');
  fc.assert(fc.property(argv, stderr, fc.constantFrom(...snaps), fc.constantFrom('en', 'zh') as fc.Arbitrary<'en' | 'zh'>, (av, err, snap, lang) => {
    explainCommandStrict(av, lang);
    explainErrorStrict(av, { argv: [av], exitCode: 1, signal: null, stdout: err, stderr: err, durationMs: 0, interrupted: false, timedOut: false }, snap, lang);
  }), { numRuns: 500 });
  const all = [ARTICLE.empty, ARTICLE.ns0, ARTICLE.pair, ARTICLE.peerMoved, ARTICLE.bothMoved, ARTICLE.peerAddr, SIDE.ns1Deleted, SIDE.veth7Back, SIDE.noise];
  fc.assert(fc.property(fc.constantFrom(...all), fc.constantFrom(...all), (a, b) => {
    explainChangeStrict(a, b, 'en');
    explainChangeStrict(b, a, 'zh');
  }));
});
