/** Small wording helpers shared by the explainers: the language, namespaces, lists, code. */
import type { Lang } from '../../i18n/lang.ts';
import { words } from '../../i18n/words.ts';
import { ROOT_NS } from '../../model/snapshot.ts';

/** A namespace as the learner knows it: `ns0`, or "the host" for the lab's root. */
export function nsName(ns: string | null, lang: Lang): string {
  const w = words(lang).explainShared;
  if (ns === null) return w.nsUnnamed;
  return ns === ROOT_NS ? w.nsHost : ns;
}

/** "on the host" / "in ns0"; in Chinese "主机上" / "ns0 中". */
export function inNs(ns: string, lang: Lang): string {
  const w = words(lang).explainShared;
  return ns === ROOT_NS ? w.inHost : w.inNs(ns);
}

/** A list: "a, b and c" / "a、b 和 c". */
export function joinList(items: readonly string[], lang: Lang): string {
  if (items.length <= 1) return items[0] ?? '';
  const w = words(lang).explainShared;
  const head = items.slice(0, -1).join(w.listComma);
  return `${head}${w.listAnd}${items[items.length - 1]}`;
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
  const w = words(lang).explainShared;
  return ns === ROOT_NS ? w.atHost : w.atNs(ns);
}
