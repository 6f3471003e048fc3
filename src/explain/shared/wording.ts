/** Small wording helpers shared by the explainers: the language, namespaces, lists, code. */
import type { Lang } from '../../i18n/lang.ts';
import { ROOT_NS } from '../../model/snapshot.ts';
import { tidyZh } from '../../text/zh-spacing.ts';

/** Picks the English or Chinese text. */
export function tr(lang: Lang, en: string, zh: string): string {
  return lang === 'zh' ? tidyZh(zh) : en;
}

/** A namespace as the learner knows it: `ns0`, or "the host" for the lab's root. */
export function nsName(ns: string | null, lang: Lang): string {
  if (ns === null) return tr(lang, 'a namespace without a name', '一个没有名字的命名空间');
  return ns === ROOT_NS ? tr(lang, 'the host', '主机') : ns;
}

/** "on the host" / "in ns0"; in Chinese "主机上" / "ns0 中". */
export function inNs(ns: string, lang: Lang): string {
  if (lang === 'zh') return ns === ROOT_NS ? '主机上' : `${ns} 中`;
  return ns === ROOT_NS ? 'on the host' : `in ${ns}`;
}

/** A list: "a, b and c" / "a、b 和 c". */
export function joinList(items: readonly string[], lang: Lang): string {
  if (items.length <= 1) return items[0] ?? '';
  const head = items.slice(0, -1).join(lang === 'zh' ? '、' : ', ');
  return `${head}${tr(lang, ' and ', ' 和 ')}${items[items.length - 1]}`;
}

/** How to start an `ip` command in a namespace: `ip ` on the host, `ip -n ns0 ` elsewhere. */
export function ipIn(ns: string): string {
  return ns === ROOT_NS ? 'ip ' : `ip -n ${ns} `;
}

/** Code in running text. */
export function code(s: string): string {
  return `\`${s}\``;
}

/** Chinese "在主机上" / "在 ns0 中" (English: same as `inNs`). */
export function atNs(ns: string, lang: Lang): string {
  if (lang === 'en') return inNs(ns, lang);
  return ns === ROOT_NS ? '在主机上' : `在 ${ns} 中`;
}
