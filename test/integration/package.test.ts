/**
 * The package as a learner gets it: `npm pack` makes a tarball; npx runs it
 * in an empty directory, and `npm install` of it into an empty prefix gives a
 * working `netns-tutor` with its lessons, with no dependency to fetch and no
 * script to run at install time.
 */
import assert from 'node:assert/strict';
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { messages } from '../../src/i18n/messages.ts';
import { loadAllLessons } from '../../src/lesson/load.ts';
import { TmuxServer, tmuxSkipReason } from '../e2e/tmux.ts';
import { hostState, labSkipReason } from '../helpers/lab-env.ts';
import { ensureBuilt, ROOT, tempDir } from '../helpers/tutor.ts';

const labSkip = await labSkipReason();
const packDir = tempDir('nt-pack-');
const prefix = tempDir('nt-prefix-');
const empty = tempDir('nt-empty-');
const npmCache = tempDir('nt-npm-cache-');
let tarball = '';
type Packed = { filename: string; size: number; unpackedSize: number; files: { path: string }[] };
let packed: Packed;
let installLog = '';
const npmEnv = { ...process.env, npm_config_cache: npmCache, npm_config_update_notifier: 'false', NO_COLOR: '1' };
const bin = () => join(prefix, 'node_modules', '.bin', 'netns-tutor');

/** Bytes under a directory, as `du -sb` counts them. */
function bytesUnder(dir: string): number {
  let n = 0;
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    const st = statSync(p);
    n += st.isDirectory() ? bytesUnder(p) : st.size;
  }
  return n;
}

before(() => {
  ensureBuilt();
  // The tests run on the bundle `npm test` has just built: pack it as it is,
  // rather than rebuilding dist/ while other test files run it.
  const out = execFileSync('npm', ['pack', '--ignore-scripts', '--json', '--pack-destination', packDir], { cwd: ROOT, encoding: 'utf8', env: npmEnv, stdio: ['ignore', 'pipe', 'pipe'] });
  packed = (JSON.parse(out) as Packed[])[0]!;
  tarball = join(packDir, packed.filename);
  const r = spawnSync('npm', ['install', '--prefix', prefix, '--offline', '--no-audit', '--no-fund', tarball], { cwd: empty, encoding: 'utf8', env: npmEnv });
  installLog = `${r.stdout}${r.stderr}`;
  assert.equal(r.status, 0, installLog);
});

after(() => {
  for (const d of [packDir, prefix, empty, npmCache]) rmSync(d, { recursive: true, force: true });
});

test('the tarball holds the bundle, the lessons in both languages and the docs; nothing else', () => {
  const paths = packed.files.map((f) => f.path).sort();
  assert.ok(paths.includes('dist/cli.js'));
  assert.ok(paths.includes('bin/netns-tutor.js'));
  for (const lang of readdirSync(join(ROOT, 'lessons'))) {
    for (const f of readdirSync(join(ROOT, 'lessons', lang))) assert.ok(paths.includes(`lessons/${lang}/${f}`), `lessons/${lang}/${f}`);
  }
  assert.deepEqual(paths.filter((p) => !/^(dist\/cli\.js|dist\/web\/(learner|teacher)\.js|dist\/web\/page\.css|bin\/netns-tutor\.js|lessons\/(en|zh)\/\d\d-[a-z0-9-]+\.md|docs\/[a-z-]+\.md|README\.md|package\.json|LICENSE)$/.test(p)), [], 'no sources, tests or fixtures');
  assert.ok(packed.size < 1_000_000, `tarball ${packed.size} bytes`);
  assert.ok(packed.unpackedSize < 3_000_000, `unpacked ${packed.unpackedSize} bytes`);
});

test('the installed package has no runtime dependencies and no install scripts', () => {
  const manifest = JSON.parse(readFileSync(join(prefix, 'node_modules', 'netns-tutor', 'package.json'), 'utf8')) as Record<string, Record<string, string> | undefined>;
  assert.deepEqual(Object.keys(manifest.dependencies ?? {}), [], 'everything is bundled by esbuild');
  assert.deepEqual(Object.keys(manifest.optionalDependencies ?? {}), []);
  assert.deepEqual(Object.keys(manifest.peerDependencies ?? {}), []);
  const scripts = Object.keys(manifest.scripts ?? {}).filter((s) => ['preinstall', 'install', 'postinstall', 'prepare'].includes(s));
  assert.deepEqual(scripts, [], 'npm counts these as install scripts (prepare too: `prepack` builds before packing without being one)');
  assert.doesNotMatch(installLog, /install-scripts|added [2-9]\d* packages|added \d\d+ packages/);
  assert.deepEqual(readdirSync(join(prefix, 'node_modules')).filter((n) => !n.startsWith('.')), ['netns-tutor'], 'one package installed, nothing else');
  assert.ok(!existsSync(join(prefix, 'node_modules', 'netns-tutor', 'node_modules')));
});

test('npx with the tarball, in an empty directory: --version and list', () => {
  const npx = (args: string[]) => spawnSync('npx', ['--yes', '--offline', '--package', tarball, 'netns-tutor', ...args], { cwd: empty, encoding: 'utf8', env: npmEnv, timeout: 60_000 });
  const v = npx(['--version']);
  assert.equal(v.status, 0, v.stderr);
  assert.equal(v.stdout.trim(), JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).version);
  const l = npx(['list']);
  assert.equal(l.status, 0, l.stderr);
  assert.match(l.stdout, /^netns-basics\s+Network namespaces from scratch\s+\(7 steps, en\)/m);
  assert.match(l.stdout, /^veth-pair\s+/m);
  assert.deepEqual(readdirSync(empty), [], 'npx leaves the working directory as it was');
});

test('the installed bin: serve starts, prints its links and serves the page and its files from the package', { timeout: 60_000 }, async () => {
  const child = spawn(bin(), ['serve', '--port', '0'], { cwd: empty, env: { ...npmEnv, XDG_STATE_HOME: tempDir('nt-pkg-serve-') }, stdio: ['ignore', 'pipe', 'pipe'] });
  try {
    let out = '';
    child.stdout!.setEncoding('utf8');
    await new Promise<void>((resolve, reject) => {
      child.stdout!.on('data', (d: string) => { out += d; if (/^Teacher: /m.test(out)) resolve(); });
      child.once('exit', (code) => reject(new Error(`serve exited ${code}`)));
    });
    const learners = /^Learners: (\S+)$/m.exec(out)![1]!;
    const page = await fetch(learners);
    assert.equal(page.status, 200);
    assert.match(await page.text(), /learner\.js/);
    for (const asset of ['learner.js', 'teacher.js', 'page.css']) assert.equal((await fetch(new URL(`/assets/${asset}`, learners))).status, 200, asset);
  } finally {
    child.kill('SIGTERM');
    await new Promise((r) => child.once('exit', r));
  }
});

test('the installed bin: list --json finds the shipped lessons in both languages', () => {
  const r = spawnSync(bin(), ['list', '--json'], { cwd: empty, encoding: 'utf8', env: npmEnv });
  assert.equal(r.status, 0, r.stderr);
  const list = JSON.parse(r.stdout) as { id: string; lang: string }[];
  const shipped = loadAllLessons().map((l) => `${l.id}/${l.lang}`).sort();
  assert.ok(shipped.includes('netns-basics/zh') && shipped.includes('veth-pair/en'));
  assert.deepEqual(list.map((l) => `${l.id}/${l.lang}`).sort(), shipped);
});

test('the installed bin: test netns-basics passes every step in both languages', { skip: labSkip }, () => {
  const before = hostState();
  const r = spawnSync(bin(), ['test', 'netns-basics'], { cwd: empty, encoding: 'utf8', env: npmEnv, timeout: 120_000 });
  assert.equal(r.status, 0, r.stdout + r.stderr);
  assert.equal(r.stdout.trim().split('\n').at(-1), '14 passed, 0 failed');
  assert.deepEqual(hostState(), before);
});

test('npx with the tarball: the interactive shell runs a step and quits cleanly', { skip: labSkip || tmuxSkipReason(), timeout: 120_000 }, async () => {
  const before = hostState();
  const server = new TmuxServer();
  try {
    const pane = server.start(['start', 'netns-basics'], {
      program: ['npx', '--yes', '--offline', '--package', tarball, 'netns-tutor'],
      cwd: empty,
      env: { XDG_STATE_HOME: tempDir(), npm_config_cache: npmCache, npm_config_update_notifier: 'false' },
    });
    await pane.waitFor(`step 1 of 7 · See which namespaces exist`);
    pane.line('ip netns list');
    await pane.waitFor(messages('en').passed('See which namespaces exist'));
    pane.line('/quit');
    assert.equal(await pane.exitCode(), 0);
  } finally {
    server.kill();
  }
  assert.deepEqual(hostState(), before);
});

test('sizes (for docs/performance.md)', (t) => {
  const installed = bytesUnder(join(prefix, 'node_modules', 'netns-tutor'));
  t.diagnostic(`tarball ${packed.size} bytes; unpacked ${packed.unpackedSize} bytes; installed ${installed} bytes; ${packed.files.length} files`);
  assert.ok(installed < 3_000_000);
});
