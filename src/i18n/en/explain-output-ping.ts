/** The tutor's English words: explain-output, the parts on ping's output. */
export const explainOutputPing = {
  // ping's header and reply lines (ping-notes.ts).
  pingHeader: (target: string) => `ping sends ICMP echo requests to ${target} and waits for echo replies.`,
  pingResolved: 'the address it will talk to (the same when an address was given, not a name).',
  pingSize: (data: string, total: string) =>
    `each request carries ${data} bytes of data; ${total} bytes in all with the 20-byte IP header and the 8-byte ICMP header.`,
  pingBytesFrom: (n: string, from: string, data: number) =>
    `a reply of ${n} bytes came back from ${from}: ${data} bytes of data plus the 8-byte ICMP header.`,
  pingSeq: (n: string) => `icmp_seq=${n}: the request's sequence number; a gap in the numbers means a lost packet.`,
  pingTtl64: 'ttl=64: hops left when the reply arrived. Linux starts at 64, so the reply crossed no router.',
  pingTtlRouters: (v: string, routers: number) =>
    `ttl=${v}: hops left; it started at 64, so the reply crossed ${routers} router${routers === 1 ? '' : 's'}.`,
  pingTtl: (v: string) => `ttl=${v}: hops left when the reply arrived (senders start at 64, 128 or 255).`,
  pingTime: (v: string, fast: boolean) =>
    `time=${v} ms: round-trip time, from sending the request to getting the reply${fast ? '; this small, the packet never left the machine' : ''}.`,

  // ping's error lines (ping-notes.ts).
  pingErrHostUnreachable: (target: string) =>
    `nobody on the link answered the ARP question "who has ${target}?", so the request could not be delivered.`,
  pingErrNetUnreachable: 'a router on the way has no route to that network.',
  pingErrTtlExceeded: 'the packet passed through too many routers and was dropped (a routing loop?).',
  pingErrPortUnreachable: 'the target refused the packet.',
  pingErrOther: (kind: string) => `${kind}: an ICMP error instead of a reply.`,
  pingFrom: (from: string) =>
    `From ${from}: who reports the failure. When it is this side's own address, the request never got past this side.`,

  // ping's statistics (ping-notes.ts).
  pingStatHeader: 'the summary ping prints when it stops (after -c N requests, or on Ctrl-C).',
  pingStatTransmitted: 'requests sent.',
  pingStatReceived: 'replies that came back.',
  pingStatErrors: 'ICMP errors received instead of replies.',
  pingStatDuplicates: 'replies that came twice.',
  pingLossNone: 'requests without a reply: none.',
  pingLossAll: 'requests without a reply: all of them.',
  pingLoss: (p: string) => `requests without a reply: ${p}.`,
  pingStatTime: 'how long ping ran.',
  pingStatRtt: 'round-trip times: fastest, average, slowest, and how much they vary (mean deviation).',
  pingStatPipe: (n: string) => `up to ${n} requests were waiting for an answer at the same time.`,

  // `ping: …` errors (ping-notes.ts).
  pingNoRouteTo: (target: string) =>
    `no route to ${target}: the kernel refused before a single packet was sent. No route here covers it: no interface that is up has an address in its subnet, and there is no default route.`,
  pingNoRoute: 'no route to this address: the kernel refused before a single packet was sent. In a new namespace lo is down, so even 127.0.0.1 has no route.',
  pingNotPermitted: 'ping was not allowed to open its socket.',
  pingNoName: 'ping could not turn this name into an address.',
  pingNoRouteToHost: 'the kernel knows no way to that host.',
  pingFailed: 'ping stopped with an error before getting replies.',

  // The summary (ping.ts).
  pingTheTarget: 'the target',
  pingRefused: 'ping did not send a single packet: the kernel refused at once.',
  pingAllAnswered: (tx: string, rx: string, target: string) => `${tx} sent, ${rx} received, none lost: ${target} answers.`,
  pingNoReply: (tx: string, target: string) => `${tx} sent, no reply at all: ${target} cannot be reached.`,
  pingHostUnreachable: (target: string) =>
    `Destination Host Unreachable: ${target} is in a subnet on this link, but nobody there answered ARP for it.`,
  pingVanished: 'No error came back either: the requests left but vanished (a link without carrier, nobody with that address, or no way back).',
  pingSomeLost: (tx: string, rx: string, loss: string) => `${tx} sent, ${rx} received, ${loss} lost.`,
  pingRepliesSoFar: (n: number, target: string) =>
    `${n} repl${n === 1 ? 'y' : 'ies'} from ${target} so far; ping keeps going until Ctrl-C (or -c N).`,
  pingErrorsSoFar: (n: number) => `${n} error${n === 1 ? '' : 's'} so far, no reply.`,
  pingNoReplyYet: (target: string) => `No reply from ${target} yet.`,
};

export type ExplainOutputPingWords = typeof explainOutputPing;
