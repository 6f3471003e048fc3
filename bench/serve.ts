/**
 * The classroom under load (`npm run bench`, or `node --import tsx bench/serve.ts`
 * alone): 30 learners connected to one `netns-tutor serve` over the page's
 * protocol, typing. Reports a keystroke's echo (key sent → the screen's next
 * update), a command's verdict (Enter → the ✓ line) against the same with one
 * learner, the server's memory per connected learner, and page load to the
 * picker in Chromium. Not part of `npm test`.
 */
import { existsSync, readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import WebSocket from 'ws';
import { startServer, type Server } from '../test/helpers/classroom.ts';
import { median } from './stats.ts';

export type ServeRow = { name: string; medianMs: number; baseline: string; baselineMs: number; target: string; unit?: string };

const LEARNERS = 30;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** A learner without a screen: the protocol, and the time of each message. */
class Client {
  ws!: WebSocket;
  text = '';
  waiters: (() => void)[] = [];
  constructor(readonly s: Server, readonly name: string) {}
  open(): Promise<void> {
    const q = new URLSearchParams({ class: this.s.classCode, name: this.name, key: `bench-${this.name}-0123456789abcdef`, cols: '100', rows: '40' });
    this.ws = new WebSocket(`ws://${this.s.host}/ws?${q}`, { origin: this.s.base });
    this.ws.on('message', (d) => {
      const m = JSON.parse(String(d)) as { t: string; d?: string };
      if (m.t !== 'out') return;
      this.text += m.d;
      const w = this.waiters;
      this.waiters = [];
      for (const f of w) f();
    });
    return new Promise((resolve, reject) => { this.ws.once('open', () => resolve()); this.ws.once('error', reject); });
  }
  keys(d: string): void { this.ws.send(JSON.stringify({ t: 'in', d })); }
  next(): Promise<void> { return new Promise((r) => this.waiters.push(r)); }
  async until(re: RegExp, ms = 30_000): Promise<void> {
    const end = Date.now() + ms;
    while (!re.test(this.text)) {
      if (Date.now() > end) throw new Error(`${this.name}: no ${re}`);
      await Promise.race([this.next(), sleep(50)]);
    }
  }
}

/** CPU time a process has used, in ms (user + system, from /proc). */
const cpuMs = (pid: number) => {
  const f = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
  return ((Number(f[11]) + Number(f[12])) * 1000) / 100;
};
const rss = (pid: number) => Number(/VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0) / 1024;
const p95 = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length * 0.95)] ?? NaN;

/** Into netns-basics' first step, ready to type. */
async function intoLesson(c: Client): Promise<void> {
  await c.until(/Pick a lesson/);
  c.keys('\r');
  await c.until(/step 1 of 7/);
  await c.until(/ype a command, or \/help/);
}

/** Enter on `ip netns list` at step 1 → the ✓ line, for one client. */
async function verdict(c: Client): Promise<number> {
  c.keys('ip netns list');
  await sleep(200);
  const before = c.text.length;
  const t = performance.now();
  c.keys('\r');
  while (!/✓ /.test(c.text.slice(before))) await Promise.race([c.next(), sleep(20)]);
  return performance.now() - t;
}

export async function benchServe(): Promise<ServeRow[]> {
  const rows: ServeRow[] = [];
  // One learner alone: the baseline for a verdict.
  if (!process.env.ECHO_ONLY) {
    const s = await startServer();
    const times: number[] = [];
    for (let i = 0; i < 5; i++) {
      const c = new Client(s, `solo${i}`);
      await c.open();
      await intoLesson(c);
      times.push(await verdict(c));
      c.ws.close();
    }
    await s.stop();
    rows.push({ name: 'serve: Enter → ✓ on the page, 1 learner (`ip netns list`)', medianMs: median(times), baseline: '', baselineMs: NaN, target: '' });
  }
  const s = await startServer(['--max-learners', String(LEARNERS + 5)]);
  const pid = s.child.pid!;
  await sleep(500);
  const idle = rss(pid);
  const clients = Array.from({ length: LEARNERS }, (_, i) => new Client(s, `b${i}`));
  await Promise.all(clients.map((c) => c.open()));
  await Promise.all(clients.map(intoLesson));
  await sleep(1000);
  const loaded = rss(pid);
  rows.push({ name: `serve: memory per connected learner (${LEARNERS} in a lesson, server RSS)`, medianMs: (loaded - idle) / LEARNERS, unit: 'MB', baseline: `server idle: ${idle.toFixed(0)} MB`, baselineMs: NaN, target: '< 30 MB' });

  // Everyone types: a key every 150–350 ms each (about 40 words a minute, all 30 without a pause), 10 s;
  // the echo is the next screen update after the key.
  const echoes: number[] = [];
  const cpuBefore = cpuMs(pid);
  const end = Date.now() + 10_000;
  await Promise.all(clients.map(async (c, i) => {
    await sleep(i * 5);
    const word = 'ip netns list ';
    let k = 0;
    while (Date.now() < end) {
      const t = performance.now();
      const updated = c.next();
      c.keys(word[k % word.length]!);
      k += 1;
      await updated;
      echoes.push(performance.now() - t);
      await sleep(150 + Math.random() * 200);
    }
    c.keys('\x15');
  }));
  const cpuPerKey = (cpuMs(pid) - cpuBefore) / echoes.length;
  rows.push({ name: 'serve: server CPU per keystroke (all its work: Ink, mirror, socket)', medianMs: cpuPerKey, baseline: '', baselineMs: NaN, target: '' });
  rows.push({ name: `serve: keystroke echo p95, ${LEARNERS} learners typing (${echoes.length} keys)`, medianMs: p95(echoes), baseline: `median ${median(echoes).toFixed(1)} ms`, baselineMs: NaN, target: '< 30 ms' });
  // A verdict while the class is connected.
  await sleep(500);
  const busy: number[] = [];
  for (const c of clients.slice(0, 5)) busy.push(await verdict(c));
  rows.push({ name: `serve: Enter → ✓ on the page, ${LEARNERS} learners connected`, medianMs: median(busy), baseline: '1 learner alone', baselineMs: rows[0]?.medianMs ?? NaN, target: 'as with one' });
  for (const c of clients) c.ws.close();
  await s.stop();

  // Page load to the picker in a real browser, for a new learner each time.
  const chromiumPath = ['/usr/bin/chromium', '/usr/bin/chromium-browser'].find((p) => existsSync(p));
  if (chromiumPath && !process.env.ECHO_ONLY) {
    const { chromium } = await import('playwright-core');
    const s2 = await startServer();
    const browser = await chromium.launch({ executablePath: chromiumPath, args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'] });
    const loads: number[] = [];
    for (let i = 0; i < 6; i++) {
      const page = await browser.newPage();
      const t = performance.now();
      await page.goto(`${s2.learners}&name=page${i}`);
      await page.locator('.xterm-rows', { hasText: 'Pick a lesson' }).waitFor({ timeout: 10_000 });
      loads.push(performance.now() - t);
      await page.close();
    }
    await browser.close();
    await s2.stop();
    rows.push({ name: 'serve: page load → picker usable, Chromium on loopback (new learner)', medianMs: median(loads.slice(1)), baseline: `first load: ${loads[0]!.toFixed(0)} ms`, baselineMs: NaN, target: '< 1000 ms' });
  }
  return rows;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  for (const r of await benchServe()) {
    const ratio = Number.isFinite(r.baselineMs) ? `${(r.medianMs / r.baselineMs).toFixed(2)}×` : '';
    console.log(`${r.name.padEnd(80)} ${r.medianMs.toFixed(1).padStart(7)} ${r.unit ?? 'ms'}  ${r.baseline}${Number.isFinite(r.baselineMs) ? ` ${r.baselineMs.toFixed(1)} ms` : ''} ${ratio}  ${r.target}`);
  }
}
