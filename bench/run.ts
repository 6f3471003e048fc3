/**
 * `npm run bench`: medians of the costs a learner feels, each beside a
 * baseline measured in the same run on the same machine, so the ratios mean
 * something on a busy or a slow box. Not part of `npm test`.
 */
import { spawn } from 'node:child_process';
import { performance } from 'node:perf_hooks';
import { openLab, type Lab } from '../src/lab/lab.ts';
import { runPipeline } from '../src/lab/run.ts';
import { startSandbox } from '../src/lab/sandbox.ts';
import { benchMany } from './many.ts';
import { benchServe } from './serve.ts';
import { benchShell } from './shell.ts';
import { benchTopology } from './topology.ts';
import { timeIt } from './stats.ts';

type Row = { name: string; medianMs: number; baseline: string; baselineMs: number; target: string; unit?: string };

/** A bare child_process.spawn of argv, waiting for it to close. */
export function bareSpawn(argv: readonly string[]): Promise<void> {
  return new Promise((resolve, reject) => {
    const c = spawn(argv[0]!, argv.slice(1), { stdio: ['ignore', 'pipe', 'pipe'] });
    c.stdout.resume();
    c.stderr.resume();
    c.once('error', reject);
    c.once('close', () => resolve());
  });
}

/** A lab with n namespaces, each joined to the lab's root by a veth pair with addresses. */
async function labWith(n: number): Promise<Lab> {
  const lab = await openLab();
  for (let i = 0; i < n; i++) {
    for (const c of [`ip netns add ns${i}`, `ip link add h${i} type veth peer name eth0 netns ns${i}`, `ip link set h${i} up`,
      `ip -n ns${i} link set eth0 up`, `ip -n ns${i} addr add 10.${Math.floor(i / 250)}.${i % 250}.2/24 dev eth0`]) {
      const r = await lab.run([c.split(' ')]);
      if (r.exitCode !== 0) throw new Error(`${c}: ${r.stderr}`);
    }
  }
  return lab;
}

async function main(): Promise<void> {
  const rows: Row[] = [];
  const spawnTrue = await timeIt(20, () => bareSpawn(['true']));

  const labOpen = await timeIt(15, async () => { const b = await startSandbox(); await b.close(); });
  rows.push({ name: 'fresh lab ready (start + close)', medianMs: labOpen, baseline: 'bare spawn of `true`', baselineMs: spawnTrue, target: '< 50 ms' });

  const ipOnce = await timeIt(20, () => bareSpawn(['ip', '-j', '-d', 'addr']));
  for (const n of [1, 10, 50]) {
    const lab = await labWith(n);
    const t = await timeIt(15, () => lab.probe());
    rows.push({ name: `snapshot, ${n} namespace${n > 1 ? 's' : ''} with veth pairs`, medianMs: t, baseline: 'one bare `ip -j -d addr`', baselineMs: ipOnce, target: n === 10 ? '< 30 ms' : n === 50 ? '< 150 ms' : '' });
    await lab.close();
  }

  const lab = await openLab();
  const inLab = await timeIt(30, () => lab.run([['ip', 'netns', 'list']]));
  const viaNsenter = await timeIt(30, () => bareSpawn([...lab.prefix, 'ip', 'netns', 'list']));
  const hostRun = await timeIt(30, () => runPipeline([['ip', 'netns', 'list']], { prefix: [] }));
  const bareIp = await timeIt(30, () => bareSpawn(['ip', 'netns', 'list']));
  await lab.close();
  rows.push({ name: 'runner, host (`ip netns list`)', medianMs: hostRun, baseline: 'bare spawn, same argv', baselineMs: bareIp, target: 'overhead < 5 ms' });
  rows.push({ name: 'runner, in the lab (`ip netns list`)', medianMs: inLab, baseline: 'bare spawn of nsenter + argv', baselineMs: viaNsenter, target: 'overhead < 5 ms' });

  for (const t of benchTopology()) rows.push({ name: t.name, medianMs: t.medianMs, baseline: '', baselineMs: NaN, target: '< 5 ms' });
  rows.push(...(await benchShell()));
  rows.push(...(await benchMany()));
  rows.push(...(await benchServe()));
  // The page's Enter → ✓ beside the terminal's, measured the same way.
  const terminal = rows.find((r) => r.name.startsWith('terminal: Enter → ✓'));
  const solo = rows.findIndex((r) => r.name.startsWith('serve: Enter → ✓ on the page, 1 learner'));
  if (terminal && solo >= 0) rows[solo] = { ...rows[solo]!, baseline: 'the terminal, same measure', baselineMs: terminal.medianMs, target: 'as in the terminal' };

  const w = Math.max(...rows.map((r) => r.name.length));
  console.log(`${'measure'.padEnd(w)}  median    baseline                         ratio   target`);
  for (const r of rows) {
    const base = Number.isNaN(r.baselineMs) ? '' : `${r.baseline} ${r.baselineMs.toFixed(1)} ms`;
    const ratio = Number.isNaN(r.baselineMs) ? '' : `${(r.medianMs / r.baselineMs).toFixed(2)}×`;
    console.log(`${r.name.padEnd(w)}  ${r.medianMs.toFixed(1).padStart(6)} ${r.unit ?? 'ms'}  ${base.padEnd(36)} ${ratio.padStart(6)}  ${r.target}`);
  }
}

await main();
