import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { labSkipReason } from '../helpers/lab-env.ts';

const root = join(import.meta.dirname, '..', '..');
const skip = await labSkipReason();

function cli(args: string[], input?: string) {
  // Every shipped lesson in both languages takes minutes on a busy machine (16 lessons, one lab each).
  const r = spawnSync(process.execPath, ['--import', 'tsx', join(root, 'src', 'cli.ts'), ...args], { cwd: root, encoding: 'utf8', input, env: { ...process.env, NO_COLOR: '1' }, timeout: 900_000 });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

test('lint: the shipped lessons are clean (exit 0); a broken one exits 1 with file:line:col', () => {
  const ok = cli(['lint', 'lessons']);
  assert.equal(ok.code, 0, ok.out + ok.err);
  assert.match(ok.out, /16 files checked: 0 errors, 0 warnings/);
  const bad = cli(['lint', 'test/fixtures/lessons/04-unknown-check.md']);
  assert.equal(bad.code, 1);
  assert.match(bad.out, /^test\/fixtures\/lessons\/04-unknown-check\.md:16:3: error: unknown check `lnk`/m);
  assert.equal(cli(['lint']).code, 2);
  assert.equal(cli(['lint', 'no/such/dir']).code, 2);
});

test('list --json lists every lesson in every language', () => {
  const r = cli(['list', '--json']);
  assert.equal(r.code, 0);
  const list = JSON.parse(r.out) as { id: string; lang: string; title: string; steps: number }[];
  assert.deepEqual(list.map((l) => `${l.id}/${l.lang}/${l.steps}`).sort(), ['bridge/en/13', 'bridge/zh/13', 'containers-by-hand/en/7', 'containers-by-hand/zh/7', 'fix-it/en/6', 'fix-it/zh/6', 'nat/en/10', 'nat/zh/10', 'netns-basics/en/7', 'netns-basics/zh/7', 'publish/en/7', 'publish/zh/7', 'routing/en/14', 'routing/zh/14', 'veth-pair/en/13', 'veth-pair/zh/13']);
});

test('test: every step of every shipped lesson fails first and passes after its commands', { skip, timeout: 900_000 }, () => {
  const r = cli(['test']);
  // The failing steps first: a runner's summary keeps only the start of a long message.
  const failed = r.out.split('\n').filter((l) => l.startsWith('not ok')).join('\n');
  assert.equal(r.code, 0, `${failed}\n${r.err}\n${r.out}`);
  const lines = r.out.trim().split('\n');
  assert.equal(lines.at(-1), '154 passed, 0 failed');
  assert.equal(lines.filter((l) => l.startsWith('ok ')).length, 154);
});

test('test: an id means every language of it; --lang narrows; --json for machines', { skip }, () => {
  const r = cli(['test', 'netns-basics', '--lang', 'zh', '--json']);
  assert.equal(r.code, 0, r.err);
  const j = JSON.parse(r.out) as { lessons: { id: string; lang: string; steps: { ok: boolean }[] }[]; passed: number; failed: number };
  assert.deepEqual(j.lessons.map((l) => `${l.id}/${l.lang}`), ['netns-basics/zh']);
  assert.equal(j.passed, 7);
  assert.equal(j.failed, 0);
});

test('test: a check that holds untouched, an expect-fail that succeeds and a check never met are each reported', { skip }, () => {
  const r = cli(['test', 'test/fixtures/lessons-fail-first/01-holds-already.md']);
  assert.equal(r.code, 1);
  assert.match(r.out, /^not ok 1 - holds-already\/en: Nothing to do — its checks already hold before its commands run/m);
  assert.match(r.out, /^not ok 2 - .*marked expect-fail but succeeded/m);
  assert.match(r.out, /^not ok 3 - .*`netns ns2 exists`: /m);
  assert.equal(r.out.trim().split('\n').at(-1), '0 passed, 3 failed');
});

test("the example lesson in docs/authoring.md lints and tests clean", { skip }, () => {
  const doc = readFileSync(join(root, 'docs', 'authoring.md'), 'utf8');
  const blocks = [...doc.matchAll(/^````markdown\n([\s\S]*?)^````$/gm)].map((m) => m[1]!);
  const example = blocks.at(-1)!;
  const id = /^id:\s*(\S+)/m.exec(example)![1]!;
  const dir = mkdtempSync(join(tmpdir(), 'netns-tutor-authoring-'));
  const file = join(dir, `01-${id}.md`);
  writeFileSync(file, example);
  const lint = cli(['lint', file]);
  assert.equal(lint.code, 0, lint.out);
  const t = cli(['test', file]);
  assert.equal(t.code, 0, t.out + t.err);
  assert.match(t.out, /\d+ passed, 0 failed\s*$/);
});
