/** Explains `ip neigh` output: the ARP / neighbour cache. Pure. */
import type { Lang } from '../../i18n/lang.ts';
import type { Annotation, OutputExplanation } from './types.ts';
import { joinList, tr } from '../shared/wording.ts';
import { LineNotes, tokenize } from './tokens.ts';

const STATES: Record<string, [string, string]> = {
  REACHABLE: ['REACHABLE: confirmed reachable a moment ago.', 'REACHABLE：刚刚确认过可达。'],
  STALE: ['STALE: known, but not confirmed lately; checked again the next time it is used.', 'STALE：已知，但最近没有确认过；下次使用时会重新确认。'],
  DELAY: ['DELAY: about to be confirmed again.', 'DELAY：即将重新确认。'],
  PROBE: ['PROBE: being confirmed right now.', 'PROBE：正在确认。'],
  FAILED: ['FAILED: nobody answered the ARP question for this address: no host on this link has it.', 'FAILED：没人回答对这个地址的 ARP 询问，链路上没有主机使用这个地址。'],
  INCOMPLETE: ['INCOMPLETE: the question was sent, no answer yet.', 'INCOMPLETE：询问已发出，还没有回应。'],
  PERMANENT: ['PERMANENT: added by hand; never expires.', 'PERMANENT：手工添加，永不过期。'],
  NOARP: ['NOARP: no ARP needed on this link.', 'NOARP：这条链路不需要 ARP。'],
  NONE: ['NONE: no state yet.', 'NONE：还没有状态。'],
};

type Entry = { addr: string; dev: string; state: string };

export function explainIpNeigh(lines: readonly string[], lang: Lang): OutputExplanation {
  const annotations: Annotation[] = [];
  const entries: Entry[] = [];
  lines.forEach((line, i) => {
    const notes = new LineNotes(i);
    const toks = tokenize(line);
    const addr = toks[0];
    if (!addr) return;
    const v6 = addr.text.includes(':');
    const e: Entry = { addr: addr.text, dev: '', state: '' };
    notes.span(addr, undefined, tr(lang, `${addr.text}: the ${v6 ? 'IPv6' : 'IP'} address of a neighbour on a directly connected link, one this namespace has tried to reach.`, `${addr.text}：直连链路上一个邻居的 ${v6 ? 'IPv6 ' : 'IP '}地址，本命名空间曾尝试直接联系它。`));
    for (let k = 1; k < toks.length; k += 1) {
      const t = toks[k]!;
      const v = toks[k + 1];
      if (t.text === 'dev' && v) {
        e.dev = v.text;
        notes.span(t, v, tr(lang, `dev ${v.text}: the link it sits on.`, `dev ${v.text}：它所在的链路。`));
        k += 1;
      } else if (t.text === 'lladdr' && v) {
        notes.span(t, v, tr(lang,
          `lladdr ${v.text}: its MAC address, learnt by ${v6 ? 'neighbour discovery' : 'ARP'}; frames to ${addr.text} go to this address.`,
          `lladdr ${v.text}：它的 MAC 地址，通过 ${v6 ? '邻居发现' : 'ARP'} 得知；发往 ${addr.text} 的帧就发给这个地址。`));
        k += 1;
      } else if (t.text === 'router') {
        notes.span(t, undefined, tr(lang, 'router: this neighbour said it is a router.', 'router：这个邻居声明自己是路由器。'));
      } else if (Object.hasOwn(STATES, t.text)) {
        e.state = t.text;
        notes.span(t, undefined, tr(lang, STATES[t.text]![0], STATES[t.text]![1]));
      }
    }
    entries.push(e);
    annotations.push(...notes.list);
  });
  return { family: 'ip-neigh', annotations, summary: neighSummary(entries, lang) };
}

function neighSummary(entries: readonly Entry[], lang: Lang): string[] {
  if (entries.length === 0) return [tr(lang,
    'The neighbour table is empty: nothing has been sent to a neighbour yet (a ping across a link fills it).',
    '邻居表是空的：还没有给任何邻居发过包（跨链路 ping 一次就会有记录）。')];
  const out = [tr(lang,
    `${entries.length} neighbour${entries.length === 1 ? '' : 's'} in the ARP cache: the IP-to-MAC answers this namespace has collected.`,
    `ARP 缓存里有 ${entries.length} 个邻居：本命名空间收集到的 IP 到 MAC 的对应关系。`)];
  const failed = entries.filter((e) => e.state === 'FAILED' || e.state === 'INCOMPLETE').map((e) => e.addr);
  if (failed.length > 0) out.push(tr(lang,
    `Nobody answered for ${joinList(failed, lang)}: no host on that link has ${failed.length === 1 ? 'this address' : 'these addresses'}.`,
    `${joinList(failed, lang)} 没有应答：那条链路上没有主机使用${failed.length === 1 ? '这个地址' : '这些地址'}。`));
  return out;
}
