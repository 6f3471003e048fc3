/** The tutor's English words: explain-error, why a ping (or `ip route get`) failed, from what the kernel holds. */

/** Code in running text (as the explainers write it). */
const code = (s: string): string => `\`${s}\``;

export const explainErrorPing = {
  // `Network is unreachable`: no route at all.
  unreachWhereComma: (where: string) => `${where},`,
  unreachTheAddress: 'the address',
  unreachPing: (where: string, to: string) => `Network is unreachable: ${where} the kernel has no route to ${to}, so ping could not send a single packet.`,
  unreachRoute: (where: string, to: string) => `Network is unreachable: ${where} no route covers ${to}, so a packet for it could not be sent at all.`,
  unreachLoAny: `In a new namespace lo is down, and without lo there is no route even to 127.0.0.1: if that was the address, bring lo up in that namespace (${code('ip -n NS link set lo up')}).`,
  unreachOtherAny: 'For another address: either the interface that leads there is down or has no address, or no route covers it.',
  unreachLo: (target: string, cmd: string) =>
    `A new namespace starts with lo down, and without lo there is no route even to ${target}. Bring it up: ${code(cmd)}.`,
  unreachNoState: 'Either the interface that leads there is down or has no address, or no route covers this address.',
  unreachDownSubnet: (target: string, dev: string, cmd: string) =>
    `${target} is in the subnet of ${dev}, but ${dev} is down, and a down interface takes its routes with it: ${code(cmd)}.`,
  unreachRoutesOnly: (list: string) => `Its routes cover only ${list}.`,
  unreachNoRoutes: 'It has no routes at all: apart from lo, no interface there is up with an IPv4 address.',
  unreachBridgePort: (p: { target: string; link: string; ownerIn: string; local: string; port: string; name: string; cmd: string }) =>
    `${p.target} is on ${p.link} ${p.ownerIn}, behind ${p.local}, a port of ${p.port}. A port only carries frames; to join that network, ${p.name} needs an address on the bridge itself: ${code(p.cmd)}.`,
  unreachSameSubnet: (p: { target: string; link: string; ownerIn: string; local: string; cmd: string }) =>
    `${p.target} is on ${p.link} ${p.ownerIn}; give ${p.local} an address in the same subnet: ${code(p.cmd)}.`,
  unreachAddRoute: (ip: string, dest: string) => `Put both ends in one subnet, or add a route: ${code(`${ip}route add ${dest} via GATEWAY`)}.`,

  // No reply: Destination Host Unreachable, or every request lost.
  noReplyHost: (target: string) => `Destination Host Unreachable: ${target} is in a subnet on the link, but nobody there answered ARP for it.`,
  noReplyLost: 'Every request was lost: they went out, but no reply came back.',
  noReplyCheck: 'Check both ends: each must be up, with an address in the same subnet (a veth carries nothing until both of its ends are up). Through a gateway, the gateway must forward and routes are needed in both directions.',
  noReplyCheckShort: 'Check both ends: each must be up, with an address in the same subnet.',
  noReplyNoCarrier: (dev: string, peer: string, peerIn: string, cmd: string) =>
    `${dev} has no carrier: its other end, ${peer} ${peerIn}, is down. Bring it up: ${code(cmd)}.`,
  noReplyPeerNoAddr: (p: { hop: string; dev: string; peer: string; peerIn: string; cmd: string }) =>
    `Nobody in the lab has ${p.hop}: the other end of ${p.dev}, ${p.peer} ${p.peerIn}, has no IPv4 address yet: ${code(p.cmd)}.`,
  noReplyMeant: (p: { hop: string; dev: string; peer: string; peerIn: string; theirs: string; theirIp: string }) =>
    `Nobody in the lab has ${p.hop}. The other end of ${p.dev}, ${p.peer} ${p.peerIn}, has ${p.theirs}: did you mean ${p.theirIp}?`,
  noReplyNobody: (hop: string) => `Nobody in the lab has the address ${hop}.`,
  noReplyOwnerDown: (hop: string, link: string, ownerIn: string, cmd: string) =>
    `${hop} is on ${link} ${ownerIn}, but that interface is down: ${code(cmd)}.`,
  noReplyNotWired: (hop: string, link: string, ownerIn: string, dev: string) =>
    `${hop} belongs to ${link} ${ownerIn}, which is not wired to ${dev}: a veth joins only its own two ends.`,
  noReplyOtherSubnet: (p: { link: string; ownerIn: string; cidr: string; dev: string; devCidr: string | null; ownerName: string; src: string }) =>
    `${p.link} ${p.ownerIn} has ${p.cidr}, a different subnet from ${p.dev}'s ${p.devCidr}: the request arrives, but ${p.ownerName} has no route back to ${p.src}. Put both ends in one subnet.`,
  noReplyNoForward: (hop: string, ownerIn: string, fwd: string) =>
    `The gateway ${hop} ${ownerIn} does not forward packets: net.ipv4.ip_forward is 0 there, so it drops requests addressed to others without a word. Turn it on: ${fwd}.`,

  // Beyond a gateway that forwards.
  beyondNobody: (hop: string, target: string) => `The gateway ${hop} passes the requests on, but nobody in the lab has the address ${target}.`,
  beyondDown: (target: string, link: string, farIn: string, cmd: string) => `${target} is on ${link} ${farIn}, which is down: ${code(cmd)}.`,
  beyondWayBack: (cmd: string) => ` Give it a way back: ${code(cmd)}.`,
  beyondNoWayBack: (p: { target: string; link: string; farIn: string; farName: string; src: string; fix: string }) =>
    `The requests reach ${p.target} (${p.link} ${p.farIn}), but ${p.farName} has no route back to ${p.src}, so its replies go nowhere. Routes are needed in both directions.${p.fix}`,

  // A router on one of the namespace's own networks.
  viaForward: (ns: string, fwd: string) => ` ${ns} will also have to forward: ${fwd}.`,
  viaGateway: (p: { ip: string; link: string; gwIn: string; name: string; target: string; cmd: string; fwd: string }) =>
    `${p.ip} (${p.link} ${p.gwIn}) is on a network ${p.name} reaches directly and knows the way to ${p.target}: hand it the packets with a default route, ${code(p.cmd)}.${p.fwd}`,
};

export type ExplainErrorPingWords = typeof explainErrorPing;
