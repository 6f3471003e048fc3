/** Which package provides each program the lab runs: [Debian/Ubuntu, Fedora/RHEL]. */
export const PACKAGES: Readonly<Record<string, readonly [string, string]>> = {
  ip: ['iproute2', 'iproute'],
  bridge: ['iproute2', 'iproute'],
  ss: ['iproute2', 'iproute'],
  tc: ['iproute2', 'iproute-tc'],
  ping: ['iputils-ping', 'iputils'],
  sysctl: ['procps', 'procps-ng'],
  ethtool: ['ethtool', 'ethtool'],
  iptables: ['iptables', 'iptables'],
  nft: ['nftables', 'nftables'],
  curl: ['curl', 'curl'],
  nc: ['netcat-openbsd', 'nmap-ncat'],
  unshare: ['util-linux', 'util-linux'],
  nsenter: ['util-linux', 'util-linux'],
};

/** The packages for a program, or undefined (any name is safe to ask: no inherited keys). */
export function packagesOf(program: string): readonly [string, string] | undefined {
  return Object.hasOwn(PACKAGES, program) ? PACKAGES[program] : undefined;
}
