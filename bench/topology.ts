/**
 * How long the topology layout takes for a large lab: 50 namespaces, each with
 * lo and a veth to the host, laid out at common terminal widths. The panel is
 * redrawn after every command, so the target is well under 5 ms.
 * Standalone: `node --import tsx bench/topology.ts`.
 */
import { fileURLToPath } from 'node:url';
import { ROOT_NS, type Link, type Netns, type Snapshot } from '../src/model/snapshot.ts';
import { layoutTopology } from '../src/topology/layout.ts';
import { median } from './stats.ts';

const RUNS = 50;
const NAMESPACES = 50;

function link(name: string, ifindex: number, kind: string, peer: Link['peer'], addrs: string[]): Link {
  return {
    name, ifindex, kind, up: true, operstate: kind === 'loopback' ? 'UNKNOWN' : 'UP', flags: ['UP', 'LOWER_UP'], mtu: 1500,
    mac: '02:00:00:00:00:00', qdisc: 'noqueue', master: null, peer,
    addrs: addrs.map((cidr) => ({ family: 'inet', cidr, local: cidr.split('/')[0]!, prefixlen: 24, scope: 'global' })),
  };
}

/** The lab the benchmark draws: `n` namespaces, each paired with the host. */
export function benchLab(n: number = NAMESPACES): Snapshot {
  const host: Link[] = [link('lo', 1, 'loopback', null, [])];
  const namespaces: Netns[] = [];
  for (let k = 0; k < n; k++) {
    host.push(link(`veth${k}`, 2 + k, 'veth', { name: 'eth0', ifindex: 2, netns: `ns${k}` }, [`10.${k}.0.1/24`]));
    namespaces.push({
      name: `ns${k}`, routes: [], sysctls: {},
      links: [link('lo', 1, 'loopback', null, ['127.0.0.1/8']), link('eth0', 2, 'veth', { name: `veth${k}`, ifindex: 2 + k, netns: ROOT_NS }, [`10.${k}.0.2/24`])],
    });
  }
  return { root: { name: ROOT_NS, links: host, routes: [], sysctls: {} }, namespaces: namespaces.sort((a, b) => a.name.localeCompare(b.name)) };
}

/** Median layout time of the 50-namespace lab at widths 80, 120 and 200 over ~50 runs each (after a warm-up). */
export function benchTopology(): { name: string; medianMs: number }[] {
  const lab = benchLab();
  return [80, 120, 200].map((width) => {
    for (let i = 0; i < 5; i++) layoutTopology(lab, width);
    const times: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      const t0 = performance.now();
      layoutTopology(lab, width);
      times.push(performance.now() - t0);
    }
    return { name: `topology layout, ${NAMESPACES} namespaces, width ${width}`, medianMs: Number(median(times).toFixed(3)) };
  });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  for (const r of benchTopology()) console.log(`${r.name}: ${r.medianMs} ms (median of ${RUNS})`);
}
