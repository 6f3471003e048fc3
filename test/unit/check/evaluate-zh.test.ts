import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { CheckContext } from '../../../src/check/evaluate.ts';
import type { Snapshot } from '../../../src/model/snapshot.ts';
import { judge, result } from './fixtures/helpers.ts';
import { BRIDGE, CONNECTED, FRESH, GATEWAY, HALF_UP, NS0_LO_DOWN, NS0_LO_UP, NS0_NS1, VETH_IN_ROOT, VETH_SWAPPED } from './fixtures/snapshots.ts';

const HOST = '宿主机（实验环境的根命名空间）';

/** [check line, lab state, expected ok, expected reason, context] */
type Case = readonly [string, Snapshot, boolean, string, Partial<CheckContext>?];

test('reasons in Chinese read naturally, for every kind of check', async () => {
  const unreachable = result([['ip', 'netns', 'exec', 'ns0', 'ping', '127.0.0.1']], 2, '', 'ping: connect: 网络不可达\n');
  const cases: Case[] = [
    ['netns ns0 exists', FRESH, false, '没有名为 ns0 的命名空间（实验环境里还没有任何命名的命名空间）'],
    ['netns ns0 exists', NS0_LO_DOWN, true, '命名空间 ns0 已存在'],
    ['not netns ns0 exists', NS0_NS1, false, '命名空间 ns0 已存在，但这一步期望它不存在'],
    ['link veth7 in ns0 exists', VETH_SWAPPED, false, 'veth7 在 ns1 中，但这一步期望它在 ns0 中'],
    ['link veth7 in ns0 exists', VETH_IN_ROOT, false, `veth7 在${HOST}中，但这一步期望它在 ns0 中`],
    ['link veth7 in ns0 exists', NS0_NS1, false, 'ns0 中没有 veth7；目前还没有任何命名空间有名为 veth7 的接口'],
    ['link lo in ns0 is up', NS0_LO_DOWN, false, 'ns0 中的 lo 处于关闭状态（没有设置 UP 标志），但这一步期望它是启用的（UP）'],
    ['link lo in ns0 is up', NS0_LO_UP, true, 'ns0 中的 lo 已启用（设置了 UP 标志）'],
    ['link veth7 in ns0 is up', HALF_UP, true, 'ns0 中的 veth7 已启用（设置了 UP 标志），不过状态是 LOWERLAYERDOWN：另一端还没有启用'],
    ['link veth7 is up', VETH_IN_ROOT, false, `${HOST}中的 veth7 处于关闭状态（没有设置 UP 标志），但这一步期望它是启用的（UP）`],
    ['link br0 type bridge', BRIDGE, true, `${HOST}中的 br0 类型是 bridge`],
    ['link veth7 in ns0 type bridge', CONNECTED, false, 'ns0 中的 veth7 类型是 veth，但这一步期望类型是 bridge'],
    ['link veth0 in ns0 master br0', BRIDGE, false, 'ns0 中的 veth0 没有连接到任何网桥，但这一步期望它连接在 br0 上'],
    ['link br-veth0 master br0', BRIDGE, true, `${HOST}中的 br-veth0 连接在 br0 上`],
    ['veth veth7 in ns0 peer veth1-peer in ns1', CONNECTED, true, 'ns0 中 veth7 的另一端是 ns1 中的 veth1-peer'],
    ['veth veth7 peer veth1-peer', VETH_IN_ROOT, true, `${HOST}中 veth7 的另一端是同一命名空间中的 veth1-peer`],
    ['veth veth0 in ns0 peer br-veth1', BRIDGE, false, `ns0 中 veth0 的另一端是${HOST}中的 br-veth0，但这一步期望另一端是${HOST}中的 br-veth1`],
    ['addr 192.0.0.2/24 on veth7 in ns0', CONNECTED, false, 'ns0 中的 veth7 有 192.0.0.1/24，但没有 192.0.0.2/24；192.0.0.2/24 在 ns1 中的 veth1-peer 上'],
    ['addr 127.0.0.1/8 on lo in ns0', NS0_LO_DOWN, false, 'ns0 中的 lo 没有任何地址'],
    ['addr 192.0.0.1/24 on veth7 in ns0', CONNECTED, true, 'ns0 中的 veth7 有地址 192.0.0.1/24'],
    ['route default via 10.0.0.1 in ns0', GATEWAY, true, 'ns0 有路由 `default via 10.0.0.1 dev veth0`'],
    ['route default via 10.0.0.2 in ns0', GATEWAY, false, 'ns0 的默认路由是 `default via 10.0.0.1 dev veth0`，但这一步期望有路由 `default via 10.0.0.2`'],
    ['route 10.9.0.0/16 in ns0', CONNECTED, false, 'ns0 没有到 10.9.0.0/16 的路由（它的路由：`192.0.0.0/24 dev veth7`）'],
    ['ping 127.0.0.1 from ns0 fails', NS0_LO_DOWN, true, '从 ns0 ping 127.0.0.1 没有收到回复；ns0 中的 lo 处于关闭状态，连自己的回环地址都到不了'],
    ['ping 192.0.0.1 from ns1 succeeds', CONNECTED, true, '从 ns1 ping 192.0.0.1 收到了回复', { ping: async () => true }],
    ['ping 192.0.0.1 from ns1 succeeds', HALF_UP, false, '从 ns1 ping 192.0.0.1 没有收到回复；ns1 没有到 192.0.0.1 的路由，但这一步期望收到回复'],
    ['ran ip netns list', FRESH, false, '你还没有运行任何命令，但这一步期望你运行 `ip netns list`'],
    ['ran ip netns list', FRESH, true, '你运行了 `ip netns`', { history: [['ip', 'netns']] }],
    ['ran ip a', FRESH, false, '这一步你运行的命令 `ip addr add 1.2.3.4/8 dev lo` 不是以 `ip a` 开头的；按 ip 的读法，`ip a` 就是 `ip address show`',
      { history: [['ip', 'addr', 'add', '1.2.3.4/8', 'dev', 'lo']] }],
    ['exit fails', FRESH, false, '这一步还没有运行过任何命令'],
    ['exit succeeds', NS0_LO_DOWN, false, '你上一条命令 `ip netns exec ns0 ping 127.0.0.1` 的退出状态是 2，但这一步期望它成功（退出状态为 0）', { last: unreachable }],
    ['output contains "网络不可达"', NS0_LO_DOWN, true, '你上一条命令 `ip netns exec ns0 ping 127.0.0.1` 的输出包含“网络不可达”', { last: unreachable }],
    ['output matches /state UP/', NS0_LO_DOWN, false, '你上一条命令 `ip netns exec ns0 ping 127.0.0.1` 的输出不匹配 /state UP/', { last: unreachable }],
    ['file /var/run/netns/ns0 exists', NS0_LO_DOWN, true, '实验环境中存在 /var/run/netns/ns0', { fileExists: async () => true }],
    ['not file /var/run/netns/ns0 exists', NS0_LO_DOWN, false, '实验环境中存在 /var/run/netns/ns0，但这一步期望它不存在', { fileExists: async () => true }],
  ];
  for (const [line, snap, ok, reason, over] of cases) {
    assert.deepEqual(await judge(line, snap, { lang: 'zh', ...over }), { ok, reason }, line);
  }
});
