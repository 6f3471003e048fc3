/** The tutor's English words: explain-change (what a command changed in the kernel, in plain sentences). */
export const explainChange = {
  // Namespaces created and deleted.
  nsAddedLoDown: (ns: string) => `Namespace ${ns} was created: a separate network stack with only its own lo, which is down.`,
  stateUp: 'up',
  stateDown: 'down',
  linkBits: (bits: readonly string[]) => ` (${bits.join(', ')})`,
  nsAddedHolds: (ns: string, list: string) => `Namespace ${ns} was created; it holds ${list}.`,
  nsAdded: (ns: string) => `Namespace ${ns} was created.`,
  nsDelAlso: (link: string, inNs: string) => `${link} ${inNs}`,
  nsDeleted: (p: { ns: string; inside: string; insideCount: number; also: string; alsoCount: number }) =>
    `Namespace ${p.ns} was deleted${p.insideCount ? `, and ${p.inside} with it` : ''}${p.alsoCount ? `; the other end${p.alsoCount > 1 ? 's' : ''}, ${p.also}, went too` : ''}.`,

  // Interfaces created, deleted, moved and renamed.
  vethAddedHere: (at: string, a: string, b: string, down: boolean) =>
    `A veth pair was created ${at}: ${a} and ${b}, the two ends of one virtual cable${down ? ', both DOWN' : ''}.`,
  vethAdded: (p: { a: string; aIn: string; b: string; bIn: string; down: boolean }) =>
    `A veth pair was created: ${p.a} ${p.aIn} and ${p.b} ${p.bIn}${p.down ? ', both DOWN' : ''}.`,
  linkAdded: (kind: string, name: string, inNs: string, up: boolean) => `New ${kind} interface ${name} ${inNs}${up ? '' : ', DOWN'}.`,
  vethDeleted: (a: string, b: string) => `The veth pair ${a} / ${b} was deleted: removing one end removes both.`,
  linkDeleted: (name: string, inNs: string) => `${name} ${inNs} was deleted.`,
  moveStateUp: 'it is up there',
  moveStateDown: 'a move resets it, so it is DOWN there',
  moved: (p: { name: string; from: string; to: string; state: string; lost: string; lostCount: number }) =>
    `${p.name} moved from ${p.from} to ${p.to}; ${p.state}${p.lostCount ? ` and has lost ${p.lost}` : ''}.`,
  /** Between the move and what the pair now joins. */
  moveSep: ' ',
  movedPair: (to: string, peer: string) => `The pair now joins ${to} and ${peer}.`,
  renamed: (from: string, inNs: string, name: string) => `${from} ${inNs} was renamed ${name}.`,

  // Addresses, routes, bridge ports, MTU and sysctls.
  addrTailRoutes: (list: string) => `; the kernel added the route ${list} with it`,
  addrTailDown: (name: string) => `; it takes effect once ${name} is up`,
  addrAdded: (list: string, name: string, inNs: string, tail: string) => `${list} was added to ${name} ${inNs}${tail}.`,
  addrRemoved: (list: string, name: string, inNs: string) => `${list} was removed from ${name} ${inNs}.`,
  routeAdded: (inNs: string, route: string) => `New route ${inNs}: ${route}.`,
  routeRemoved: (route: string, inNs: string) => `The route ${route} ${inNs} is gone.`,
  masterSet: (name: string, inNs: string, master: string) => `${name} ${inNs} is now a port of ${master}.`,
  masterLeft: (name: string, inNs: string, before: string) => `${name} ${inNs} left ${before}.`,
  mtu: (name: string, inNs: string, mtu: number, before: number) => `The MTU of ${name} ${inNs} is now ${mtu} (was ${before}).`,
  sysctlForwardOn: ': it now forwards packets between its interfaces',
  sysctlForwardOff: ': it no longer forwards packets',
  sysctl: (key: string, inNs: string, after: string | undefined, fwd: string) => `${key} ${inNs} is now ${after}${fwd}.`,
  more: (count: number) => `…and ${count} more changes.`,

  // An interface brought up or down.
  adminDown: (name: string, where: string, routesGone: boolean) =>
    `${name} ${where} is now down: it neither sends nor receives${routesGone ? ', and its routes are gone' : ''}.`,
  adminLoUp: (where: string, list: string, ns: string) => `lo ${where} is up, and with it ${list}: ${ns} can now reach itself.`,
  adminRoutesUsable: (list: string) => `; the route ${list} is usable now`,
  adminPeerNs: (ns: string) => ` (${ns})`,
  adminNoCarrier: (name: string, where: string, peer: string, withRoutes: string) =>
    `${name} ${where} is up, but has no carrier yet: its other end, ${peer}, is still down${withRoutes}.`,
  adminPeerCarrier: (peer: string) => `, and its other end ${peer} now has carrier too: the cable is live`,
  adminUpCarrier: (name: string, where: string, carrier: string, withRoutes: string) => `${name} ${where} is up${carrier}${withRoutes}.`,
  adminUp: (name: string, where: string, withRoutes: string) => `${name} ${where} is up${withRoutes}.`,
};

export type ExplainChangeWords = typeof explainChange;
