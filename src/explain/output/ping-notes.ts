/** What the parts of ping's output mean. Pure. */
import type { Lang } from '../../i18n/lang.ts';
import { words } from '../../i18n/words.ts';
import { isLoopback, parseAddress } from '../../net/ip-address.ts';

export function headerNotes(target: string, lang: Lang) {
  const w = words(lang).explainOutput;
  return { ping: w.pingHeader(target), resolved: w.pingResolved, size: w.pingSize };
}

export function bytesFromNote(n: string, from: string, lang: Lang): string {
  return words(lang).explainOutput.pingBytesFrom(n, from, Number(n) - 8);
}

export function seqNote(n: string, lang: Lang): string {
  return words(lang).explainOutput.pingSeq(n);
}

export function ttlNote(v: string, lang: Lang): string {
  const w = words(lang).explainOutput;
  const n = Number(v);
  if (n === 64) return w.pingTtl64;
  if (n > 50 && n < 64) return w.pingTtlRouters(v, 64 - n);
  return w.pingTtl(v);
}

export function timeNote(v: string, lang: Lang): string {
  return words(lang).explainOutput.pingTime(v, Number(v) < 0.2);
}

export function errorLineNote(kind: string, target: string, lang: Lang): string {
  const w = words(lang).explainOutput;
  switch (kind) {
    case 'Destination Host Unreachable': return w.pingErrHostUnreachable(target);
    case 'Destination Net Unreachable': return w.pingErrNetUnreachable;
    case 'Time to live exceeded': return w.pingErrTtlExceeded;
    case 'Destination Port Unreachable': return w.pingErrPortUnreachable;
    default: return w.pingErrOther(kind);
  }
}

export function fromNote(from: string, lang: Lang): string {
  return words(lang).explainOutput.pingFrom(from);
}

export function statNotes(lang: Lang) {
  const w = words(lang).explainOutput;
  return {
    header: w.pingStatHeader,
    transmitted: w.pingStatTransmitted,
    received: w.pingStatReceived,
    errors: w.pingStatErrors,
    duplicates: w.pingStatDuplicates,
    loss: (p: string) => p === '0%' ? w.pingLossNone : p === '100%' ? w.pingLossAll : w.pingLoss(p),
    time: w.pingStatTime,
    rtt: w.pingStatRtt,
    pipe: w.pingStatPipe,
  };
}

/** The note on `ping: …` error lines; `target` is the address the command line named, when known. */
export function pingErrorNote(msg: string, lang: Lang, target = ''): string {
  const w = words(lang).explainOutput;
  // lo down explains a failing 127.0.0.1, not a failing address elsewhere.
  const addr = parseAddress(target);
  if (/Network is unreachable|网络不可达/.test(msg) && addr?.family === 4 && !isLoopback(addr)) return w.pingNoRouteTo(target);
  if (/Network is unreachable|网络不可达/.test(msg)) return w.pingNoRoute;
  if (/Operation not permitted|不允许的操作/.test(msg)) return w.pingNotPermitted;
  if (/Name or service not known|Temporary failure in name resolution|未知的名称或服务|域名解析暂时失败/.test(msg)) return w.pingNoName;
  if (/No route to host|没有到主机的路由/.test(msg)) return w.pingNoRouteToHost;
  return w.pingFailed;
}
