/** Explains a command's output: picks the family, then its explainer. Pure. */
import type { Lang } from '../../i18n/lang.ts';
import type { OutputExplanation } from './types.ts';
import { pingTarget, readTarget } from '../shared/argv.ts';
import { detectFamily } from './family.ts';
import { type Origin, explainInterfaces } from './interfaces/explain.ts';
import { explainBridgeFdb } from './bridge-fdb.ts';
import { explainBridgeLink } from './bridge-link.ts';
import { explainIpNeigh } from './ip-neigh.ts';
import { explainIpRoute } from './ip-route.ts';
import { explainLsNetns, explainNetnsList } from './netns-list.ts';
import { explainPing } from './ping.ts';
import { explainRouteGet } from './ip-route-get.ts';
import { neverThrow } from '../shared/never-throw.ts';
import { outputLines } from '../shared/output-lines.ts';
import { ipIn } from '../shared/wording.ts';

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
    case 'ip-addr':
    case 'ip-link': e = explainInterfaces(lines, family, origin, lang); break;
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
  return neverThrow(() => explainOutputStrict(argv, output, lang), null);
}
