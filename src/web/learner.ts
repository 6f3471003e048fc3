/**
 * The learner's page: a terminal emulator (xterm.js) sized to the window,
 * joined to the learner's session on the server by a WebSocket. The tutor
 * itself runs on the server; this page only shows its screen and sends keys.
 * Runs in the browser.
 */
import { Terminal } from '@xterm/xterm';
import { FitAddon } from '@xterm/addon-fit';
import { serve as en } from '../i18n/en/serve.ts';
import { serve as zh } from '../i18n/zh/serve.ts';

type EndReason = 'ended' | 'idle' | 'gone' | 'stopping' | 'lab-failed' | 'full' | 'taken';
type Incoming = { t: 'out'; d: string } | { t: 'end'; why: EndReason; detail?: string };

const main = document.getElementById('learner')!;
const lang = main.dataset.lang === 'zh' ? 'zh' : 'en';
const w = (lang === 'zh' ? zh : en).page;
const params = new URLSearchParams(location.search);
const classCode = params.get('class') ?? '';
const status = document.getElementById('status')!;
const NAME = /^[\p{L}\p{N}_][\p{L}\p{N}\p{M}_.-]{0,31}$/u;

function say(text: string): void {
  status.textContent = text;
  status.hidden = text === '';
}

/** This browser's key for a name in this class: the same name from another browser is someone else. */
function keyFor(name: string): string {
  const slot = `netns-tutor:${classCode}:${name}`;
  let key = localStorage.getItem(slot);
  if (!key) {
    key = [...crypto.getRandomValues(new Uint8Array(18))].map((b) => b.toString(16).padStart(2, '0')).join('');
    localStorage.setItem(slot, key);
  }
  return key;
}

function askName(): Promise<string> {
  const form = document.getElementById('join') as HTMLFormElement;
  const input = document.getElementById('name') as HTMLInputElement;
  form.hidden = false;
  input.focus();
  return new Promise((resolve) => {
    form.addEventListener('submit', (e) => {
      e.preventDefault();
      const name = input.value.normalize('NFC').trim();
      if (!NAME.test(name)) { say(`${w.badName} ${w.nameRule}`); return; }
      form.hidden = true;
      say('');
      // The name goes into the address, so a reload comes back as the same learner.
      params.set('name', name);
      history.replaceState(null, '', `${location.pathname}?${params.toString()}`);
      resolve(name);
    });
  });
}

function start(name: string): void {
  const term = new Terminal({
    fontFamily: '"DejaVu Sans Mono", "Noto Sans Mono", "Noto Sans Mono CJK SC", "Noto Sans CJK SC", "WenQuanYi Zen Hei Mono", Menlo, Consolas, monospace',
    fontSize: 15,
    cursorBlink: true,
    scrollback: 2000,
    theme: { background: '#1e1e1e', foreground: '#e6e6e6' },
  });
  const fit = new FitAddon();
  term.loadAddon(fit);
  term.open(document.getElementById('terminal')!);
  fit.fit();
  term.focus();

  let socket: WebSocket | null = null;
  let ended = false;
  let retry = 0;
  let opened = false;
  const send = (m: object) => { if (socket?.readyState === WebSocket.OPEN) socket.send(JSON.stringify(m)); };
  term.onData((d) => send({ t: 'in', d }));
  term.onResize(({ cols, rows }) => send({ t: 'size', c: cols, r: rows }));
  new ResizeObserver(() => fit.fit()).observe(document.getElementById('terminal')!);

  const open = () => {
    const q = new URLSearchParams({ class: classCode, name, key: keyFor(name), lang, cols: String(term.cols), rows: String(term.rows) });
    const ws = new WebSocket(`${location.protocol === 'https:' ? 'wss' : 'ws'}://${location.host}/ws?${q.toString()}`);
    socket = ws;
    say(retry ? w.reconnecting : w.connecting);
    ws.onopen = () => { retry = 0; opened = true; say(''); };
    ws.onmessage = (e) => {
      let m: Incoming;
      try { m = JSON.parse(String(e.data)) as Incoming; } catch { return; }
      if (m.t === 'out') term.write(m.d);
      else if (m.t === 'end') {
        ended = true;
        const text = { ended: m.detail === 'elsewhere' ? w.elsewhere : w.ended, idle: w.idle, gone: w.ended, stopping: w.gone, 'lab-failed': `${w.ended} ${m.detail ?? ''}`, full: w.classFull, taken: w.nameTaken }[m.why] ?? w.ended;
        say(text);
        term.options.disableStdin = true;
      }
    };
    ws.onclose = (e) => {
      if (ended) return;
      // Not let in, again and again (a wrong class code, a server restarted with another): say so and stop trying.
      if (retry >= (opened ? 8 : 2)) { say(w.forbidden); return; }
      // A dropped connection: back to the same session, which waits on the server.
      retry += 1;
      say(w.reconnecting);
      setTimeout(open, Math.min(5000, 250 * 2 ** Math.min(retry, 5)));
    };
  };
  open();
}

const given = params.get('name');
const name = given && NAME.test(given.normalize('NFC').trim()) ? given.normalize('NFC').trim() : null;
if (name) start(name);
else void askName().then(start);
