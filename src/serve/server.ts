/**
 * The classroom's HTTP and WebSocket server: the learners' page, the
 * teacher's page and their data, the page's files, and one WebSocket per
 * learner's browser carrying keys in and the screen out.
 *
 * Messages, as JSON text: from the page `{t:'in', d:KEYS}` and
 * `{t:'size', c:COLUMNS, r:ROWS}`; to the page `{t:'out', d:TEXT}` and
 * `{t:'end', why, detail?}`. Anything else is ignored.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { Duplex } from 'node:stream';
import { WebSocketServer, type WebSocket } from 'ws';
import type { Lang } from '../i18n/lang.ts';
import type { Asset } from './assets.ts';
import type { Classroom } from './classroom.ts';
import type { Learner, Screen } from './learner.ts';
import { clampSize, type Limits } from './limits.ts';
import { learnerName, sameSecret } from './names.ts';
import { learnerPage, teacherPage } from './pages.ts';

export type ServerOptions = {
  readonly classroom: Classroom;
  readonly assets: ReadonlyMap<string, Asset>;
  readonly classCode: string;
  readonly teacherToken: string;
  readonly limits: Limits;
  readonly lang: Lang;
};

/** Sent unread past this, a browser is too slow for its screen: it is let go and comes back to a fresh copy. */
const MAX_BUFFERED = 4 * 1024 * 1024;
/** Keys in one message past this are dropped: no one types or pastes that much at once. */
const MAX_KEYS = 16 * 1024;

/** Scripts only from this server; styles may be inline too, as xterm.js sizes its rows with a style element of its own. */
const SECURITY_HEADERS = {
  'content-security-policy': "default-src 'self'; connect-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; script-src 'self'; frame-ancestors 'none'; base-uri 'none'; form-action 'self'",
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
  'cache-control': 'no-store',
};

export function classroomServer(o: ServerOptions): { server: Server; sockets: WebSocketServer } {
  const sockets = new WebSocketServer({ noServer: true, maxPayload: o.limits.maxMessageBytes, perMessageDeflate: false });
  const server = createServer((req, res) => {
    try { route(o, req, res); } catch { reply(res, 500, 'text/plain; charset=utf-8', ''); }
  });
  server.on('upgrade', (req, socket, head) => upgrade(o, sockets, req, socket, head));
  server.on('clientError', (_e, socket) => { socket.destroy(); });
  return { server, sockets };
}

function reply(res: ServerResponse, status: number, type: string, body: string | Buffer, extra: Record<string, string> = {}): void {
  res.writeHead(status, { ...SECURITY_HEADERS, 'content-type': type, 'content-length': Buffer.byteLength(body), ...extra });
  res.end(body);
}

const forbidden = (res: ServerResponse) => { res.writeHead(403, { 'content-length': 0, 'cache-control': 'no-store' }); res.end(); };

function pageLang(url: URL, fallback: Lang): Lang {
  const l = url.searchParams.get('lang');
  return l === 'zh' || l === 'en' ? l : fallback;
}

function route(o: ServerOptions, req: IncomingMessage, res: ServerResponse): void {
  const url = new URL(req.url ?? '/', 'http://localhost');
  if (req.method !== 'GET' && req.method !== 'HEAD') return reply(res, 405, 'text/plain; charset=utf-8', '', { allow: 'GET, HEAD' });
  if (url.pathname.startsWith('/assets/')) {
    const asset = o.assets.get(url.pathname.slice('/assets/'.length));
    if (!asset) return reply(res, 404, 'text/plain; charset=utf-8', '');
    return reply(res, 200, asset.type, asset.body, { 'cache-control': 'public, max-age=300' });
  }
  if (url.pathname === '/') {
    if (!sameSecret(url.searchParams.get('class'), o.classCode)) return forbidden(res);
    return reply(res, 200, 'text/html; charset=utf-8', learnerPage(pageLang(url, o.lang)));
  }
  if (url.pathname === '/teacher' || url.pathname === '/teacher/report.json' || url.pathname === '/teacher/class.json') {
    if (!sameSecret(url.searchParams.get('token'), o.teacherToken)) return forbidden(res);
    if (url.pathname === '/teacher') return reply(res, 200, 'text/html; charset=utf-8', teacherPage(pageLang(url, o.lang)));
    if (url.pathname === '/teacher/report.json') return reply(res, 200, 'application/json', `${JSON.stringify(o.classroom.report(), null, 2)}\n`);
    return reply(res, 200, 'application/json', JSON.stringify({
      learnersLink: `/?class=${encodeURIComponent(o.classCode)}`,
      live: o.classroom.live(),
      rows: o.classroom.report(),
    }));
  }
  if (url.pathname === '/healthz') return reply(res, 200, 'text/plain; charset=utf-8', 'ok\n');
  return reply(res, 404, 'text/plain; charset=utf-8', '');
}

/** Whether the page asking comes from this server: its Origin names the host the request was sent to. */
function sameOrigin(req: IncomingMessage): boolean {
  const origin = req.headers.origin;
  const host = req.headers['x-forwarded-host'] ?? req.headers.host;
  if (typeof origin !== 'string' || typeof host !== 'string') return false;
  try {
    const u = new URL(origin);
    return (u.protocol === 'http:' || u.protocol === 'https:') && u.host === host.split(',')[0]!.trim();
  } catch {
    return false;
  }
}

function refuseUpgrade(socket: Duplex, status: string): void {
  socket.end(`HTTP/1.1 ${status}\r\nConnection: close\r\nContent-Length: 0\r\n\r\n`);
}

function upgrade(o: ServerOptions, sockets: WebSocketServer, req: IncomingMessage, socket: Duplex, head: Buffer): void {
  socket.on('error', () => socket.destroy());
  const url = new URL(req.url ?? '/', 'http://localhost');
  if (url.pathname !== '/ws') return refuseUpgrade(socket, '404 Not Found');
  if (!sameSecret(url.searchParams.get('class'), o.classCode) || !sameOrigin(req)) return refuseUpgrade(socket, '403 Forbidden');
  const name = learnerName(url.searchParams.get('name'));
  const key = url.searchParams.get('key') ?? '';
  if (name === null || !/^[\w-]{16,64}$/.test(key)) return refuseUpgrade(socket, '400 Bad Request');
  const size = clampSize(Number(url.searchParams.get('cols')), Number(url.searchParams.get('rows')), o.limits);
  sockets.handleUpgrade(req, socket, head, (ws) => connect(o, ws, { name, key, lang: pageLang(url, o.lang), ...size }));
}

function connect(o: ServerOptions, ws: WebSocket, r: { name: string; key: string; lang: Lang; columns: number; rows: number }): void {
  const send = (m: object) => { if (ws.readyState === ws.OPEN) ws.send(JSON.stringify(m)); };
  const screen: Screen = {
    send(text) {
      if (ws.bufferedAmount > MAX_BUFFERED) { ws.terminate(); return; }
      send({ t: 'out', d: text });
    },
    end(why, detail) { send({ t: 'end', why, ...(detail ? { detail } : {}) }); ws.close(1000); },
  };
  const joined = o.classroom.join(r, screen);
  if (!joined.ok) { screen.end(joined.why); return; }
  const learner: Learner = joined.learner;
  let alive = true;
  const beat = setInterval(() => {
    if (!alive) { ws.terminate(); return; }
    alive = false;
    ws.ping();
  }, 30_000);
  beat.unref();
  ws.on('pong', () => { alive = true; });
  ws.on('message', (data, isBinary) => {
    if (isBinary) return;
    let m: unknown;
    try { m = JSON.parse(data.toString()); } catch { return; }
    if (!m || typeof m !== 'object') return;
    const msg = m as { t?: unknown; d?: unknown; c?: unknown; r?: unknown };
    if (msg.t === 'in' && typeof msg.d === 'string' && msg.d.length > 0) learner.input(msg.d.slice(0, MAX_KEYS));
    else if (msg.t === 'size') {
      const s = clampSize(msg.c, msg.r, o.limits);
      learner.resize(s.columns, s.rows);
    }
  });
  ws.on('close', () => { clearInterval(beat); learner.detach(screen); });
  ws.on('error', () => ws.terminate());
}
