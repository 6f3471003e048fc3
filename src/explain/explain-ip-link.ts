/** Explains `ip link` / `ip -d link` output in any namespace. Pure. */
import type { Lang } from '../i18n/lang.ts';
import type { OutputExplanation } from './types.ts';
import { type Origin, explainInterfaces } from './explain-interfaces.ts';

export function explainIpLink(lines: readonly string[], origin: Origin, lang: Lang): OutputExplanation {
  return explainInterfaces(lines, 'ip-link', origin, lang);
}
