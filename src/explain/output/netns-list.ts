/** Explains `ip netns list` and `ls /var/run/netns/` output. Pure. */
import type { Lang } from '../../i18n/lang.ts';
import type { Annotation, OutputExplanation } from './types.ts';
import { code, joinList, tr } from '../shared/wording.ts';
import { LineNotes, tokenize } from './tokens.ts';

const LIST_LINE = /^(\S+)(?:\s+\(id:\s*(\d+)\))?\s*$/;

/** `ns1 (id: 0)` lines. */
export function explainNetnsList(lines: readonly string[], lang: Lang): OutputExplanation {
  const annotations: Annotation[] = [];
  const names: string[] = [];
  let ids = 0;
  lines.forEach((line, i) => {
    const m = LIST_LINE.exec(line);
    if (!m) return;
    const notes = new LineNotes(i);
    const name = m[1]!;
    names.push(name);
    const start = line.indexOf(name);
    notes.add(start, start + name.length, tr(lang,
      `${name}: a named network namespace, with its own interfaces, addresses and routes; ${code(`ip netns add ${name}`)} made it.`,
      `${name}：一个有名字的网络命名空间，有自己独立的网卡、地址和路由；是 ${code(`ip netns add ${name}`)} 创建的。`));
    if (m[2] !== undefined) {
      ids += 1;
      const open = line.indexOf('(', start + name.length);
      notes.add(open, line.indexOf(')', open) + 1, tr(lang,
        `(id: ${m[2]}): the number this namespace uses for ${name}. Ids are handed out only once the two are linked, for example by a veth with one end in each, which is why they appear after a move.`,
        `(id: ${m[2]})：当前命名空间给 ${name} 分配的编号。只有两者之间有了联系（比如一对 veth 各在一边）才会分配编号，所以移动网卡之后才看得到它。`));
    }
    annotations.push(...notes.list);
  });
  return { family: 'netns-list', annotations, summary: listSummary(names, ids, lang) };
}

function listSummary(names: readonly string[], ids: number, lang: Lang): string[] {
  if (names.length === 0) return [tr(lang,
    `No named namespace yet: ${code('ip netns add NAME')} creates one. The namespace you are in is not listed: the host has no name.`,
    `还没有任何有名字的命名空间，用 ${code('ip netns add 名字')} 创建。你所在的命名空间不会列出来：主机没有名字。`)];
  const n = names.length;
  const out = [tr(lang,
    `${n} named namespace${n === 1 ? '' : 's'}: ${joinList(names, lang)}, in the order the directory lists them.`,
    `共 ${n} 个有名字的命名空间：${joinList(names, lang)}，按目录里的顺序列出。`)];
  if (ids === 0) out.push(tr(lang,
    'None has an id yet: an id appears once a namespace is linked to this one, for example by a veth end moved there.',
    '它们都还没有 id：只有和当前命名空间发生联系（比如把 veth 的一端移过去）后才会分配 id。'));
  return out;
}

/** `ls /var/run/netns/` (also `-l`), and its error when the directory is missing. */
export function explainLsNetns(lines: readonly string[], lang: Lang): OutputExplanation {
  const annotations: Annotation[] = [];
  const names: string[] = [];
  lines.forEach((line, i) => {
    const notes = new LineNotes(i);
    if (/^ls: /.test(line)) {
      notes.add(0, line.length, tr(lang,
        'ls could not read the directory: it does not exist until the first ip netns add creates it.',
        'ls 读不到这个目录：第一次执行 ip netns add 之前它还不存在。'));
    } else if (!/^total \d+/.test(line)) {
      const toks = tokenize(line);
      // `ls` may print several names per line; `ls -l` puts the name last.
      const nameToks = toks.length > 0 && /^[-dlcbps][-rwxsStT.]{9}/.test(toks[0]!.text) ? toks.slice(-1) : toks;
      for (const t of nameToks) {
        names.push(t.text);
        notes.span(t, undefined, tr(lang,
          `${t.text}: the file ip netns add created for namespace ${t.text}. It keeps the namespace alive even when no program runs in it, and gives it the name that ip netns exec uses.`,
          `${t.text}：ip netns add 为命名空间 ${t.text} 创建的文件。即使里面没有任何程序在运行，这个文件也让命名空间继续存在，并提供 ip netns exec 所用的名字。`));
      }
    }
    annotations.push(...notes.list);
  });
  const summary = names.length === 0
    ? [tr(lang, 'No namespace files: no named namespace exists yet.', '没有命名空间文件：还没有任何有名字的命名空间。')]
    : [tr(lang,
      `${names.length} namespace file${names.length === 1 ? '' : 's'}: ${joinList(names, lang)}, the same names ${code('ip netns list')} shows.`,
      `共 ${names.length} 个命名空间文件：${joinList(names, lang)}，和 ${code('ip netns list')} 显示的名字一样。`)];
  return { family: 'ls-netns', annotations, summary };
}
