/** Explains a command's output: picks the family, then its explainer. Pure. */
import type { Lang } from '../i18n/lang.ts';
import type { OutputExplanation } from './types.ts';
import { pingTarget, readTarget } from './argv.ts';
import { detectFamily } from './detect.ts';
import type { Origin } from './explain-interfaces.ts';
import { explainBridgeFdb } from './explain-bridge-fdb.ts';
import { explainBridgeLink } from './explain-bridge-link.ts';
import { explainIpAddr } from './explain-ip-addr.ts';
import { explainIpLink } from './explain-ip-link.ts';
import { explainIpNeigh } from './explain-ip-neigh.ts';
import { explainIpRoute } from './explain-ip-route.ts';
import { explainLsNetns, explainNetnsList } from './explain-netns-list.ts';
import { explainPing } from './explain-ping.ts';
import { explainRouteGet } from './explain-route-get.ts';
import { ipIn, outputLines } from './text.ts';

/** Families whose empty output still says something (no namespaces, no routes, …). */
const EMPTY_SPEAKS = new Set(['netns-list', 'ls-netns', 'ip-route', 'ip-neigh', 'bridge-link', 'bridge-fdb']);

function originOf(argv: readonly string[] | null): Origin {
  if (!argv) return { ipPrefix: 'ip ', ns: null };
  const t = readTarget(argv);
  return { ipPrefix: ipIn(t.ns), ns: t.ns };
}

/** Like `explainOutput`, but lets a bug throw (for tests). */
export function explainOutputStrict(argv: readonly string[] | null, output: string, lang: Lang): OutputExplanation | null {
  const family = detectFamily(output, argv ?? undefined);
  if (family === null) return null;
  const lines = outputLines(output);
  const empty = lines.every((l) => l.trim() === '');
  if (empty && !EMPTY_SPEAKS.has(family)) return null;
  const origin = originOf(argv);
  let e: OutputExplanation;
  switch (family) {
    case 'ip-addr': e = explainIpAddr(lines, origin, lang); break;
    case 'ip-link': e = explainIpLink(lines, origin, lang); break;
    case 'netns-list': e = explainNetnsList(lines, lang); break;
    case 'ls-netns': e = explainLsNetns(lines, lang); break;
    case 'ping': e = explainPing(lines, lang, argv ? pingTarget(readTarget(argv).args) ?? '' : ''); break;
    case 'ip-route': e = explainIpRoute(lines, lang); break;
    case 'ip-route-get': e = explainRouteGet(lines, lang); break;
    case 'ip-neigh': e = explainIpNeigh(lines, lang); break;
    case 'bridge-link': e = explainBridgeLink(lines, lang); break;
    case 'bridge-fdb': e = explainBridgeFdb(lines, lang); break;
  }
  // An error message printed instead of the expected output is not this family's output.
  if (!empty && e.annotations.length === 0) return null;
  return e;
}

/** Explains an output, or null when nothing in it is recognised. Never throws. */
export function explainOutput(argv: readonly string[] | null, output: string, lang: Lang): OutputExplanation | null {
  try {
    return explainOutputStrict(argv, output, lang);
  } catch {
    return null;
  }
}
