/**
 * Captures real probe output for the parser's tests: each scenario runs in its
 * own throwaway lab. Run as root: node --import tsx scripts/capture-probe-fixtures.ts
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { openLab } from '../src/lab/lab.ts';
import { probeRaw } from '../src/lab/probe.ts';

const ARTICLE = [
  'ip netns add ns0', 'ip netns exec ns0 ip link set lo up', 'ip netns add ns1',
  'ip link add veth7 type veth peer name veth1-peer', 'ip link set veth1-peer netns ns1', 'ip link set veth7 netns ns0',
  'ip netns exec ns0 ip link set veth7 up', 'ip netns exec ns0 ip addr add 192.0.0.1/24 dev veth7',
  'ip netns exec ns1 ip link set veth1-peer up', 'ip netns exec ns1 ip addr add 192.0.0.2/24 dev veth1-peer',
];

const SCENARIOS: Record<string, string[]> = {
  'lo-only': ['ip netns add ns0'],
  'veth-across': ARTICLE,
  'veth-same-ns': ['ip netns add ns1', 'ip link add veth7 type veth peer name veth1-peer'],
  'veth-both-in-ns': ['ip netns add ns0', 'ip -n ns0 link add va type veth peer name vb', 'ip -n ns0 link set va up'],
  'veth-ambiguous': ['ip netns add a', 'ip netns add b', 'ip netns add c', 'ip netns add d',
    'ip -n a link add v type veth peer name w netns b', 'ip -n c link add v type veth peer name w netns d'],
  bridge: [
    'ip link add br0 type bridge', 'ip link set br0 up', 'ip addr add 192.0.2.254/24 dev br0',
    ...[0, 1].flatMap((i) => [`ip netns add ns${i}`, `ip link add veth${i} type veth peer name eth0 netns ns${i}`, `ip link set veth${i} master br0`, `ip link set veth${i} up`,
      `ip -n ns${i} link set eth0 up`, `ip -n ns${i} addr add 192.0.2.${i + 1}/24 dev eth0`, `ip -n ns${i} route add default via 192.0.2.254`]),
  ],
};

const out = join(import.meta.dirname, '..', 'fixtures', 'probe');
for (const [name, cmds] of Object.entries(SCENARIOS)) {
  const lab = await openLab();
  for (const c of cmds) {
    const r = await lab.run([c.split(' ')]);
    if (r.exitCode !== 0) throw new Error(`${name}: ${c}: ${r.stderr}`);
  }
  const raw = await probeRaw(lab.prefix);
  writeFileSync(join(out, `${name}.txt`), raw);
  await lab.close();
  console.log(name, raw.length);
}

// A peer in a namespace without a name: the namespace lives on in a process after its name is deleted.
{
  const lab = await openLab();
  for (const c of ['ip netns add tmp', 'ip link add vhost type veth peer name vhidden netns tmp']) await lab.run([c.split(' ')]);
  const sleeper = lab.run([['ip', 'netns', 'exec', 'tmp', 'sleep', '30']]);
  await new Promise((r) => setTimeout(r, 200));
  await lab.run([['ip', 'netns', 'delete', 'tmp']]);
  const raw = await probeRaw(lab.prefix);
  writeFileSync(join(out, 'peer-unnamed.txt'), raw);
  await lab.close();
  await sleeper;
  console.log('peer-unnamed', raw.length);
}
