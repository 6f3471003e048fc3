/**
 * The classroom in a real browser: Debian's Chromium driven by
 * playwright-core. A learner opens the page, types netns-basics into the
 * terminal emulator and completes it; the teacher's page shows 7/7; a reload
 * brings back the screen and the lab; the Chinese page renders; two learners
 * in two browser contexts see only their own namespaces. With
 * SCREENSHOTS=1 the learner's and the teacher's pages are saved to docs/images/.
 */
import assert from 'node:assert/strict';
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { chromium, type Browser, type Page } from 'playwright-core';
import { referenceSteps, startServer, type Server } from '../helpers/classroom.ts';
import { labSkipReason } from '../helpers/lab-env.ts';
import { ROOT } from '../helpers/tutor.ts';

const CHROMIUM = ['/usr/bin/chromium', '/usr/bin/chromium-browser'].find((p) => existsSync(p));
const skip = (await labSkipReason()) || (CHROMIUM ? false : 'no Chromium at /usr/bin/chromium (Debian: apt-get install chromium)');

/** Chromium as root in a machine without a network of its own: no sandbox, no background traffic. */
const launch = () => chromium.launch({
  executablePath: CHROMIUM!,
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});

/** The rows the terminal shows now, as text. */
const rows = (page: Page) => page.locator('.xterm-rows').innerText();

async function waitForRows(page: Page, re: RegExp, ms = 20_000): Promise<string> {
  const end = Date.now() + ms;
  let last = '';
  while (Date.now() < end) {
    last = await rows(page);
    if (re.test(last.replace(/\u00a0/g, ' '))) return last;
    await page.waitForTimeout(100);
  }
  throw new Error(`no ${re} in the terminal within ${ms} ms; it shows:\n${last}`);
}

type Row = { learner: string; lesson: string; stepsDone: number; steps: number; completed: boolean };
const report = async (s: Server): Promise<Row[]> => (await (await fetch(`${s.base}/teacher/report.json?token=${s.token}`)).json()) as Row[];

async function waitForReport(s: Server, name: string, done: number, ms = 30_000): Promise<void> {
  const end = Date.now() + ms;
  while (Date.now() < end) {
    if ((await report(s)).some((r) => r.learner === name && r.stepsDone >= done)) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`${name} did not reach ${done} steps: ${JSON.stringify(await report(s))}`);
}

/** Types a line into the terminal as a person would: the keys, then Enter. */
async function typeLine(page: Page, text: string): Promise<void> {
  await page.keyboard.type(text, { delay: 2 });
  await page.keyboard.press('Enter');
}

test('a learner completes netns-basics in Chromium; the teacher sees 7/7; a reload restores screen and lab; the Chinese page renders', { skip, timeout: 240_000 }, async (t) => {
  const s = await startServer();
  let browser: Browser | null = null;
  try {
    browser = await launch();
    const page = await browser.newPage({ viewport: { width: 1100, height: 760 } });
    const loadStart = Date.now();
    await page.goto(`${s.learners}&name=carol`);
    await waitForRows(page, /Pick a lesson/);
    t.diagnostic(`page load to the picker: ${Date.now() - loadStart} ms`);
    await page.keyboard.press('Enter');
    await waitForRows(page, /step 1 of 7/);

    const steps = referenceSteps('lessons/en/01-netns-basics.md');
    for (const [i, cmds] of steps.entries()) {
      for (const c of cmds) await typeLine(page, c);
      await waitForReport(s, 'carol', i + 1);
      if (i === 3) {
        // A reload half-way: the same screen comes back, and the lab still has ns0.
        await page.reload();
        await waitForRows(page, /step 5 of 7/);
        await typeLine(page, 'ip netns list');
        await waitForRows(page, /\$ ip netns list\s*\n\s*ns0/);
      }
    }
    await waitForRows(page, /Lesson complete/);
    const rowsNow = await report(s);
    assert.deepEqual(rowsNow.map((r) => [r.learner, r.lesson, r.stepsDone, r.steps, r.completed]), [['carol', 'netns-basics', 7, 7, true]]);

    const teacher = await browser.newPage({ viewport: { width: 1000, height: 400 } });
    await teacher.goto(s.teacher);
    await teacher.locator('td', { hasText: '7/7 ✓' }).waitFor({ timeout: 10_000 });
    assert.match(await teacher.locator('table').innerText(), /carol[^]*7\/7 ✓/);

    // The Chinese page: its name form, then the picker in Chinese, box drawing and wide characters in the terminal.
    const zh = await browser.newPage({ viewport: { width: 1100, height: 760 } });
    await zh.goto(`${s.learners}&lang=zh`);
    await zh.locator('#name').fill('陈');
    await zh.locator('#join button').click();
    await waitForRows(zh, /选择课程/);
    await zh.keyboard.press('Enter');
    await waitForRows(zh, /第 1 步，共 7 步/);
    await typeLine(zh, 'ip netns add ns0');
    await waitForRows(zh, /┌─ 宿主机/);
    assert.ok(zh.url().includes(`name=${encodeURIComponent('陈')}`), 'the name is in the address, so a reload comes back as the same learner');

    if (process.env.SCREENSHOTS === '1') {
      const dir = join(ROOT, 'docs', 'images');
      mkdirSync(dir, { recursive: true });
      await page.screenshot({ path: join(dir, 'serve-learner.png') });
      await zh.screenshot({ path: join(dir, 'serve-learner-zh.png') });
      await teacher.reload();
      await teacher.locator('td', { hasText: '7/7 ✓' }).waitFor({ timeout: 10_000 });
      await teacher.screenshot({ path: join(dir, 'serve-teacher.png') });
    }
  } finally {
    await browser?.close();
    await s.stop();
  }
});

test('two learners in two browsers see only their own namespaces', { skip, timeout: 120_000 }, async () => {
  const s = await startServer();
  let browser: Browser | null = null;
  try {
    browser = await launch();
    const open = async (name: string) => {
      const context = await browser!.newContext({ viewport: { width: 1000, height: 700 } });
      const page = await context.newPage();
      await page.goto(`${s.learners}&name=${name}`);
      await waitForRows(page, /Pick a lesson/);
      await page.keyboard.press('Enter');
      await waitForRows(page, /step 1 of 7/);
      return page;
    };
    const [dora, eli] = await Promise.all([open('dora'), open('eli')]);
    await typeLine(dora!, 'ip netns add only-dora');
    await typeLine(eli!, 'ip netns add only-eli');
    await waitForRows(dora!, /only-dora/);
    await waitForRows(eli!, /only-eli/);
    await typeLine(dora!, 'ip netns list');
    await typeLine(eli!, 'ip netns list');
    await waitForRows(dora!, /ip netns list\s+only-dora/);
    await waitForRows(eli!, /ip netns list\s+only-eli/);
    assert.doesNotMatch(await rows(dora!), /only-eli/);
    assert.doesNotMatch(await rows(eli!), /only-dora/);
  } finally {
    await browser?.close();
    await s.stop();
  }
});
