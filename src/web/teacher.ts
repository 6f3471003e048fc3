/**
 * The teacher's page: the class as a table that updates itself, from
 * /teacher/class.json (who is on which step, for how long; the rows of
 * `netns-tutor report`). Runs in the browser.
 */
import { serve as en } from '../i18n/en/serve.ts';
import { serve as zh } from '../i18n/zh/serve.ts';

type Live = { learner: string; online: boolean; lesson: string | null; lang: string | null; step: number | null; steps: number | null; title: string | null; done: boolean; onStepMs: number | null; idleMs: number };
type Row = { learner: string; lesson: string; lang: string; stepsDone: number; steps: number; completed: boolean; timeMs: number; hints: number; attempts: number };
type ClassData = { learnersLink: string; live: Live[]; rows: Row[] };

const main = document.getElementById('teacher')!;
const lang = main.dataset.lang === 'zh' ? 'zh' : 'en';
const w = (lang === 'zh' ? zh : en).teacher;
const token = new URLSearchParams(location.search).get('token') ?? '';
const table = document.getElementById('table')!;
const updated = document.getElementById('updated')!;

const minutes = (ms: number) => {
  const s = Math.max(0, Math.round(ms / 1000));
  return `${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}`;
};

function el(tag: string, text?: string, cls?: string): HTMLElement {
  const e = document.createElement(tag);
  if (text !== undefined) e.textContent = text;
  if (cls) e.className = cls;
  return e;
}

function draw(data: ClassData): void {
  const names = [...new Set([...data.live.map((l) => l.learner), ...data.rows.map((r) => r.learner)])].sort((a, b) => a.localeCompare(b));
  table.replaceChildren();
  if (names.length === 0) {
    table.append(el('p', w.none), el('code', `${location.origin}${data.learnersLink}`));
    return;
  }
  const lessons = [...new Set(data.rows.map((r) => `${r.lesson} (${r.lang})`))].sort();
  const t = el('table');
  const head = el('tr');
  for (const h of [w.learner, w.now, w.onStep, ...lessons]) head.append(el('th', h));
  t.append(head);
  for (const name of names) {
    const live = data.live.find((l) => l.learner === name);
    const tr = el('tr');
    const who = el('td', name);
    who.append(el('span', live ? (live.online ? ` ● ${w.online}` : ` ○ ${w.away}`) : '', live?.online ? 'online' : 'away'));
    tr.append(who);
    tr.append(el('td', live?.lesson ? (live.done ? `${live.lesson} ✓` : `${live.lesson} ${live.step}/${live.steps} ${live.title ?? ''}`) : ''));
    tr.append(el('td', live?.onStepMs != null ? minutes(live.onStepMs) : ''));
    for (const key of lessons) {
      const r = data.rows.find((x) => x.learner === name && `${x.lesson} (${x.lang})` === key);
      tr.append(el('td', r ? `${r.stepsDone}/${r.steps}${r.completed ? ' ✓' : ''}` : '', r?.completed ? 'done' : ''));
    }
    t.append(tr);
  }
  table.append(t);
}

async function refresh(): Promise<void> {
  try {
    const res = await fetch(`/teacher/class.json?token=${encodeURIComponent(token)}`, { cache: 'no-store' });
    if (res.ok) {
      draw(await res.json() as ClassData);
      updated.textContent = w.updated(new Date().toLocaleTimeString());
    }
  } catch { /* the server is restarting: try again */ }
  setTimeout(() => void refresh(), 2000);
}
void refresh();
