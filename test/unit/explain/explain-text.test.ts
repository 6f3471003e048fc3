/**
 * `netns-tutor explain` explains errors too: every error rule the shell's 💡
 * notes use (the rules under src/explain/error/), driven
 * through `explainText`, the function the subcommand calls, with the command
 * line and, where the text alone is enough, without it, in English and
 * Chinese. The subcommand has no lab state: it says what the shell says
 * without a snapshot, and never what a lab it has not seen holds.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { explainError, explainText, renderTextExplanation } from '../../../src/explain/index.ts';
import { explainTextStrict } from '../../../src/explain/text.ts';
import { LANGS, type Lang } from '../../../src/i18n/lang.ts';
import type { RunResult } from '../../../src/model/run-result.ts';
import { ERROR_CASES } from './error-cases.ts';
import { capture, loadCaptures, outputOf, runResult } from './fixtures.ts';

/** One error as the subcommand reads it: a captured failure, or a real iproute2/ping message written here. */
type Case = {
  readonly rule: string;
  /** A capture under fixtures/outputs. */
  readonly name?: string;
  readonly argv?: readonly string[];
  readonly text?: string;
  /** What the explanation must say with the command line, per language. */
  readonly en: RegExp;
  readonly zh: RegExp;
  /** What it must say from the text alone. */
  readonly alone: { readonly en: RegExp; readonly zh: RegExp };
};

const ip = (s: string) => s.split(' ');

/** The error rules of the shell, each with the errors that reach it. */
const CASES: readonly Case[] = [
  // The abbreviation trap: a short name read as a keyword of `ip link add`.
  { rule: 'abbreviation trap (invalid lladdr)', name: 'err-lladdr', en: /read `a` as the keyword `address`.*`ip link add name a type veth peer name b`/, zh: /把 `a` 当成了关键字 `address`/, alone: { en: /`type` as a link-layer \(MAC\) address.*keyword `address`/, zh: /链路层（MAC）地址.*关键字 `address`/ } },
  { rule: 'abbreviation trap (invalid lladdr)', name: 'err-lladdr-b', en: /`b` as the keyword `broadcast`/, zh: /`broadcast` 的缩写/, alone: { en: /keyword `address`/, zh: /关键字 `address`/ } },
  { rule: 'abbreviation trap ("dev" is duplicate)', name: 'err-link-abbrev', en: /`l` as the keyword `link`/, zh: /`link` 的缩写/, alone: { en: /value for `dev` when it met `peer`.*abbreviation of a keyword/, zh: /`dev` 的值.*关键字的缩写/ } },
  { rule: 'abbreviation trap (invalid txqueuelen)', name: 'err-txqueuelen', en: /`t` as the keyword `txqueuelen`/, zh: /`txqueuelen` 的缩写/, alone: { en: /`type` as the value of `txqueuelen`/, zh: /`txqueuelen`（发送队列长度/ } },
  { rule: 'invalid lladdr (not a MAC address)', argv: ip('ip link set veth7 address zz'), text: '"zz" is invalid lladdr.\n', en: /`zz` as a link-layer \(MAC\) address.*02:00:00:00:00:01\.$/, zh: /MAC 地址是/, alone: { en: /six two-digit hexadecimal numbers/, zh: /六个两位十六进制数/ } },
  // Namespaces.
  { rule: 'namespace exists', name: 'err-netns-exists', en: /Namespace ns0 already exists.*`ip netns del ns0`/, zh: /命名空间 ns0 已经存在了/, alone: { en: /Namespace ns0 already exists/, zh: /命名空间 ns0 已经存在了/ } },
  { rule: 'no such namespace (Cannot open network namespace)', name: 'err-no-netns', en: /no namespace named ns2.*`ip netns add ns2`/, zh: /没有名为 ns2 的命名空间.*`ip netns add ns2`/, alone: { en: /no namespace named ns2/, zh: /没有名为 ns2 的命名空间/ } },
  { rule: 'no such namespace (Cannot open network namespace)', name: 'err-no-netns-zh', en: /no namespace named ns2/, zh: /没有名为 ns2 的命名空间/, alone: { en: /no namespace named ns2/, zh: /没有名为 ns2 的命名空间/ } },
  { rule: 'no such namespace (Cannot open network namespace)', name: 'err-no-netns-n', en: /no namespace named ns2/, zh: /没有名为 ns2 的命名空间/, alone: { en: /no namespace named ns2/, zh: /没有名为 ns2 的命名空间/ } },
  { rule: 'no such namespace (Cannot remove namespace file)', name: 'err-netns-del-missing', en: /no namespace named ns5 to delete/, zh: /没有名为 ns5 的命名空间可删/, alone: { en: /no namespace named ns5 to delete/, zh: /没有名为 ns5 的命名空间可删/ } },
  { rule: 'no such namespace (Invalid "netns" value)', name: 'err-netns-invalid', en: /no namespace named ns9.*`ip netns add ns9`/, zh: /没有名为 ns9 的命名空间/, alone: { en: /no namespace named ns9/, zh: /没有名为 ns9 的命名空间/ } },
  // Interfaces that are not there.
  { rule: 'missing device (Cannot find device)', name: 'err-cannot-find-device', en: /veth7 does not exist on the host: either it was never created, or it was moved to another namespace/, zh: /主机上没有 veth7：.*移到别的命名空间/, alone: { en: /veth7 does not exist in the namespace where the command ran.*moved to another namespace/, zh: /命令运行的那个命名空间里没有 veth7/ } },
  { rule: 'missing device (Cannot find device)', name: 'err-cannot-find-device-zh', en: /veth7 does not exist on the host/, zh: /主机上没有 veth7/, alone: { en: /veth7 does not exist in the namespace where the command ran/, zh: /命令运行的那个命名空间里没有 veth7/ } },
  { rule: 'missing device (Cannot find device)', name: 'err-del-missing', en: /veth9 does not exist on the host/, zh: /主机上没有 veth9/, alone: { en: /veth9 does not exist/, zh: /没有 veth9/ } },
  { rule: 'missing device (Cannot find device)', name: 'err-no-such-device-dev', en: /veth7 does not exist on the host/, zh: /主机上没有 veth7/, alone: { en: /veth7 does not exist/, zh: /没有 veth7/ } },
  { rule: 'missing device (Cannot find device)', name: 'err-port-in-ns', en: /eth0 does not exist on the host/, zh: /主机上没有 eth0/, alone: { en: /eth0 does not exist/, zh: /没有 eth0/ } },
  { rule: 'missing device (Device does not exist, a master)', name: 'err-master-missing', en: /br0 does not exist in ns0.*`ip -n ns0 link add br0 type bridge`/, zh: /ns0 中没有 br0.*网桥/, alone: { en: /br0 does not exist in the namespace where the command ran/, zh: /命令运行的那个命名空间里没有 br0/ } },
  { rule: 'missing device (Device "X" does not exist)', argv: ip('ip -n ns0 addr show dev veth7'), text: 'Device "veth7" does not exist.\n', en: /veth7 does not exist in ns0.*`ip -n ns0 link`/, zh: /ns0 中没有 veth7/, alone: { en: /veth7 does not exist in the namespace where the command ran/, zh: /命令运行的那个命名空间里没有 veth7/ } },
  // Things that exist already.
  { rule: 'address already assigned', name: 'err-addr-assigned', en: /192\.0\.0\.1\/24 is already on veth7 in ns0.*`ip -n ns0 addr del 192\.0\.0\.1\/24 dev veth7`/, zh: /ns0 中的 veth7 上已经有 192\.0\.0\.1\/24 了/, alone: { en: /already on that interface.*`ip addr del ADDRESS\/PREFIX dev IF`/, zh: /那个接口上已经有这个地址了/ } },
  { rule: 'address already assigned', name: 'err-addr-assigned-zh', en: /already on veth7 in ns0/, zh: /已经有 192\.0\.0\.1\/24 了/, alone: { en: /already on that interface/, zh: /已经有这个地址了/ } },
  { rule: 'File exists (ip link add)', name: 'err-veth-exists', en: /veth7 or veth1-peer already exists on the host \(the kernel does not say which\)/, zh: /已经有名为 veth7 或 veth1-peer 的接口了（内核没说是哪一个）/, alone: { en: /already exists: the command tries to create something that is already there/, zh: /内核说它已经存在/ } },
  { rule: 'File exists (ip link add)', name: 'err-veth-exists-zh', en: /veth7 or veth1-peer already exists/, zh: /veth7 或 veth1-peer/, alone: { en: /already exists/, zh: /已经存在/ } },
  { rule: 'File exists (ip link add)', name: 'err-eth0-exists', en: /veth2 or eth0 already exists on the host/, zh: /veth2 或 eth0/, alone: { en: /already exists/, zh: /已经存在/ } },
  { rule: 'File exists (ip link add)', name: 'err-peer-exists', en: /veth8 or veth7 already exists in ns0.*`ip -n ns0 link set NAME netns NS`/, zh: /ns0 中已经有名为 veth8 或 veth7 的接口了/, alone: { en: /already exists/, zh: /已经存在/ } },
  { rule: 'File exists (ip route add)', name: 'err-route-exists', en: /A default route already exists in ns1.*`ip -n ns1 route replace default via 192\.0\.0\.1`/, zh: /ns1 中已经有一条默认路由了/, alone: { en: /a route within its table.*`ip route replace`/, zh: /路由在同一张表里唯一/ } },
  { rule: 'File exists (ip route add)', name: 'err-route-default-exists', en: /A default route already exists in ns2/, zh: /ns2 中已经有一条默认路由了/, alone: { en: /already exists/, zh: /已经存在/ } },
  { rule: 'File exists (ip addr add)', argv: ip('ip -n ns0 addr add 192.0.0.1/24 dev veth7'), text: 'RTNETLINK answers: File exists\n', en: /192\.0\.0\.1\/24 is already on veth7 in ns0/, zh: /ns0 中的 veth7 上已经有 192\.0\.0\.1\/24 了/, alone: { en: /already exists/, zh: /已经存在/ } },
  { rule: 'File exists (another command)', argv: ip('ip rule add from 192.0.0.1 table 7'), text: 'RTNETLINK answers: File exists\n', en: /already exists: the command tries to create something/, zh: /内核说它已经存在/, alone: { en: /already exists/, zh: /已经存在/ } },
  // Words iproute2 did not expect.
  { rule: 'garbage (interface without dev)', name: 'err-garbage', en: /wants the interface after the word `dev`.*`ip -n ns0 addr add 192\.0\.0\.1\/24 dev veth7`/, zh: /`ip addr add` 要求接口名写在 `dev` 后面/, alone: { en: /wants the interface after the word `dev`.*`ip addr add ADDRESS\/PREFIX dev veth7`/, zh: /要求接口名写在 `dev` 后面/ } },
  { rule: 'garbage (two addresses)', argv: ip('ip addr add 192.0.0.1/24 192.0.0.2/24 dev veth7'), text: 'Error: either "local" is duplicate, or "192.0.0.2/24" is a garbage.\n', en: /One address per command/, zh: /一条命令只能加一个地址/, alone: { en: /One address per command/, zh: /一条命令只能加一个地址/ } },
  { rule: 'garbage (another word)', argv: ip('ip link set dev veth7 dev veth8'), text: 'Error: either "dev" is duplicate, or "veth8" is a garbage.\n', en: /already had a value for `dev` when it met `veth8`.*`ip link help`/, zh: /`ip link help` 会列出正确写法/, alone: { en: /already had a value for `dev`.*`ip OBJECT help`/, zh: /`ip 对象 help`/ } },
  { rule: 'invalid prefix', name: 'err-invalid-prefix', en: /192\.0\.0\.300\/24 is not a valid address/, zh: /192\.0\.0\.300\/24 不是合法的地址/, alone: { en: /192\.0\.0\.300\/24 is not a valid address/, zh: /不是合法的地址/ } },
  { rule: 'object unknown', name: 'err-object-unknown', en: /lnk is not something ip knows.*Did you mean link\?/, zh: /ip 不认识 lnk.*是不是想写 link？/, alone: { en: /Did you mean link\?/, zh: /是不是想写 link？/ } },
  { rule: 'command unknown', name: 'err-command-unknown', en: /ip link has no command sett.*Did you mean set\?/, zh: /ip link 没有 sett 这个命令.*是不是想写 set？/, alone: { en: /ip link has no command sett.*Did you mean set\?/, zh: /ip link 没有 sett 这个命令/ } },
  // Routes.
  { rule: 'nexthop has invalid gateway', name: 'err-nexthop', en: /gateway 192\.0\.3\.9 is not in any subnet reached directly in ns0.*`ip -n ns0 route` lists the subnets reached directly/, zh: /网关 192\.0\.3\.9 不属于任何直接可达的网段/, alone: { en: /The gateway is not in any subnet reached directly in the namespace where the command ran/, zh: /命令运行的那个命名空间里，网关不属于任何直接可达的网段/ } },
  { rule: 'nexthop has invalid gateway', name: 'err-nexthop-other-side', en: /gateway 192\.0\.2\.254 is not in any subnet reached directly in ns2/, zh: /网关 192\.0\.2\.254/, alone: { en: /A gateway must be a neighbour/, zh: /网关必须是邻居/ } },
  { rule: 'route get: Network is unreachable', name: 'route-get-unreachable', en: /in ns1 no route covers 198\.51\.100\.1/, zh: /ns1 中没有任何路由覆盖 198\.51\.100\.1/, alone: { en: /no route covers the address the command named/, zh: /没有任何路由覆盖命令里的那个地址/ } },
  { rule: 'route get: No route to host', name: 'route-get-forwarding-off', en: /arriving on veth1 is for somebody else, so router would have to forward it.*net\.ipv4\.ip_forward is 0/, zh: /router 得转发它/, alone: { en: /No route to host:.*forwarding is off/, zh: /没有到主机的路由：.*转发是关闭的/ } },
  { rule: 'No such process', argv: ip('ip -n ns0 route del 10.0.0.0/8'), text: 'RTNETLINK answers: No such process\n', en: /no such entry to delete or change/, zh: /没有这一项可删除或修改/, alone: { en: /no such entry/, zh: /没有这一项/ } },
  { rule: 'Cannot assign requested address', argv: ip('ip -n ns0 addr del 192.0.0.9/24 dev veth7'), text: 'RTNETLINK answers: Cannot assign requested address\n', en: /That address is not on that interface/, zh: /那个接口上没有这个地址/, alone: { en: /not on that interface/, zh: /没有这个地址/ } },
  // Programs and privileges.
  { rule: 'program not installed (nsenter / command not found)', argv: ip('ethtool veth7'), text: 'nsenter: failed to execute ethtool: No such file or directory\n', en: /`ethtool` is not installed.*`sudo apt-get install ethtool`/, zh: /没有安装 `ethtool`/, alone: { en: /`ethtool` is not installed/, zh: /没有安装 `ethtool`/ } },
  { rule: 'program not installed (nsenter / command not found)', argv: ip('ethtool veth7'), text: 'ethtool: command not found\n', en: /`ethtool` is not installed/, zh: /没有安装 `ethtool`/, alone: { en: /`ethtool` is not installed/, zh: /没有安装 `ethtool`/ } },
  { rule: 'program not installed (exec of a lab tool failed)', argv: ip('ip netns exec ns0 ethtool veth7'), text: 'exec of "ethtool" failed: No such file or directory\n', en: /`ethtool` is not installed/, zh: /没有安装 `ethtool`/, alone: { en: /`ethtool` is not installed/, zh: /没有安装 `ethtool`/ } },
  { rule: 'no such program (exec of X failed)', name: 'err-exec-missing', en: /no program named nosuchprog: ip netns exec runs a program/, zh: /没有名为 nosuchprog 的程序/, alone: { en: /no program named nosuchprog/, zh: /没有名为 nosuchprog 的程序/ } },
  { rule: 'unknown device type', argv: ip('ip link add d0 type dummy'), text: 'Error: Unknown device type.\n', en: /does not know this interface type/, zh: /内核不认识这种接口类型/, alone: { en: /does not know this interface type/, zh: /内核不认识这种接口类型/ } },
  { rule: 'Operation not permitted', name: 'err-not-permitted', en: /CAP_NET_ADMIN/, zh: /CAP_NET_ADMIN/, alone: { en: /CAP_NET_ADMIN/, zh: /不允许的操作/ } },
  { rule: 'Operation not permitted', name: 'err-not-permitted-zh', en: /CAP_NET_ADMIN/, zh: /CAP_NET_ADMIN/, alone: { en: /CAP_NET_ADMIN/, zh: /不允许的操作/ } },
  { rule: 'Operation not permitted (ip netns add)', name: 'err-netns-not-permitted', en: /creating a namespace needs root/, zh: /创建命名空间需要 root 权限/, alone: { en: /creating a namespace needs root/, zh: /创建命名空间需要 root 权限/ } },
  { rule: 'Operation not permitted', argv: ip('ping -c 1 192.0.0.2'), text: 'ping: sendmsg: 不允许的操作\n', en: /Operation not permitted: the kernel refused/, zh: /不允许的操作/, alone: { en: /Operation not permitted/, zh: /不允许的操作/ } },
  // Ping.
  { rule: 'Network is unreachable (ping)', name: 'ping-unreachable', en: /in ns0 the kernel has no route to 127\.0\.0\.1.*lo down.*`ip -n ns0 link set lo up`/, zh: /网络不可达：ns0 中内核没有通往 127\.0\.0\.1 的路由.*lo 默认是关闭的.*`ip -n ns0 link set lo up`/, alone: { en: /Network is unreachable: in the namespace where the command ran, the kernel has no route to the address.*lo is down.*`ip -n NS link set lo up`/, zh: /网络不可达：命令运行的那个命名空间里，内核没有通往那个地址的路由.*lo 默认是关闭的/ } },
  { rule: 'Network is unreachable (ping)', name: 'ping-unreachable-zh', en: /no route to 127\.0\.0\.1.*`ip -n ns0 link set lo up`/, zh: /网络不可达.*lo 默认是关闭的/, alone: { en: /lo is down/, zh: /lo 默认是关闭的/ } },
  { rule: 'Network is unreachable (ping)', name: 'ping-no-route', en: /in ns0 the kernel has no route to 10\.1\.1\.1.*interface that leads there is down/, zh: /ns0 中内核没有通往 10\.1\.1\.1 的路由/, alone: { en: /no route to the address/, zh: /没有通往那个地址的路由/ } },
  { rule: 'Network is unreachable (ping)', name: 'ping-host-no-br-addr', en: /on the host the kernel has no route to 192\.0\.2\.1/, zh: /主机上内核没有通往 192\.0\.2\.1 的路由/, alone: { en: /no route to the address/, zh: /没有通往那个地址的路由/ } },
  { rule: 'Network is unreachable (ping)', name: 'ping-host-no-br-addr-zh', en: /no route to 192\.0\.2\.1/, zh: /网络不可达：主机上/, alone: { en: /no route to the address/, zh: /网络不可达/ } },
  { rule: 'Network is unreachable (ping)', name: 'ping-across-no-route', en: /in ns1 the kernel has no route to 198\.51\.100\.1/, zh: /ns1 中内核没有通往 198\.51\.100\.1 的路由/, alone: { en: /no route to the address/, zh: /网络不可达/ } },
  { rule: 'Network is unreachable (ping)', name: 'ping-across-no-route-zh', en: /no route to 198\.51\.100\.1/, zh: /网络不可达：ns1 中/, alone: { en: /no route to the address/, zh: /网络不可达/ } },
  { rule: 'Destination Host Unreachable (ping)', name: 'ping-host-unreachable', en: /Destination Host Unreachable: 192\.0\.0\.9 is in a subnet on the link, but nobody there answered ARP/, zh: /目标主机不可达）：192\.0\.0\.9/, alone: { en: /Destination Host Unreachable: 192\.0\.0\.9/, zh: /192\.0\.0\.9 属于链路上的子网/ } },
  { rule: 'no reply (ping, 100% loss)', name: 'ping-peer-down', en: /Every request was lost.*both of its ends are up/, zh: /所有请求都丢了.*两端都启用/, alone: { en: /Every request was lost/, zh: /所有请求都丢了/ } },
  { rule: 'no reply (ping, 100% loss)', name: 'ping-wrong-subnet', en: /Every request was lost.*same subnet/, zh: /所有请求都丢了/, alone: { en: /Every request was lost/, zh: /所有请求都丢了/ } },
  { rule: 'no reply (ping, 100% loss)', name: 'ping-forwarding-off', en: /Every request was lost.*the gateway must forward/, zh: /网关必须打开转发/, alone: { en: /Every request was lost/, zh: /所有请求都丢了/ } },
  { rule: 'no reply (ping, 100% loss)', name: 'ping-no-way-back', en: /Every request was lost.*routes are needed in both directions/, zh: /两个方向都需要路由/, alone: { en: /Every request was lost/, zh: /所有请求都丢了/ } },
];

/** The command line and the text the subcommand reads for a case. */
function input(k: Case): { argv: readonly string[]; text: string } {
  if (k.name) {
    const c = capture(k.name);
    return { argv: c.argv, text: outputOf(c) };
  }
  return { argv: k.argv!, text: k.text! };
}

/** What the shell's explainer says without a lab state, for the same failure. */
function shellWithoutLab(k: Case, lang: Lang): string[] {
  if (k.name) {
    const c = capture(k.name);
    return explainError(c.argv, runResult(c), null, lang);
  }
  const r: RunResult = { argv: [k.argv!], exitCode: 1, signal: null, stdout: '', stderr: k.text!, durationMs: 1, interrupted: false, timedOut: false };
  return explainError(k.argv!, r, null, lang);
}

/** Words that would claim a fact about a lab the subcommand has not seen. */
const LAB_CLAIMS = /in the lab|The lab has|anywhere in the lab|it is in \S+ now|Did you mean ns|实验里/;

test('every captured failure the shell explains is one of the cases here', () => {
  const covered = new Set(CASES.flatMap((k) => (k.name ? [k.name] : [])));
  const missing = ERROR_CASES.map((k) => k.name).filter((n) => !covered.has(n));
  assert.deepEqual(missing, [], 'add a case for each captured failure');
});

for (const lang of LANGS) {
  test(`each error rule through the subcommand's path, with the command line (${lang})`, () => {
    for (const k of CASES) {
      const { argv, text } = input(k);
      const e = explainTextStrict(argv, text, lang);
      const said = e.error.join(' ');
      assert.ok(e.error.length > 0, `${k.rule} (${k.name ?? text.trim()}): nothing said`);
      assert.match(said, k[lang], `${k.rule} (${k.name ?? text.trim()})`);
      // The same rule as the shell's, as the shell says it without a lab state to read.
      assert.deepEqual(e.error, shellWithoutLab(k, lang), `${k.rule}: the shell would say the same`);
      assert.doesNotMatch(said, LAB_CLAIMS, `${k.rule}: no claim about an unseen lab`);
      assert.deepEqual(explainText(argv, text, lang), e, 'explainText agrees with explainTextStrict');
    }
  });

  test(`each error rule from the text alone (${lang})`, () => {
    for (const k of CASES) {
      const { text } = input(k);
      const e = explainTextStrict(null, text, lang);
      const said = e.error.join(' ');
      assert.ok(e.error.length > 0, `${k.rule} (${k.name ?? text.trim()}): nothing said without the command`);
      assert.match(said, k.alone[lang], `${k.rule} (${k.name ?? text.trim()}) without the command`);
      assert.doesNotMatch(said, LAB_CLAIMS, `${k.rule}: no claim about an unseen lab`);
      // Where it ran is unknown: never "on the host" / "主机上", nor a namespace the text does not name.
      assert.doesNotMatch(said, lang === 'en' ? /on the host|\bin ns\d/ : /(?<!宿)主机上|ns\d 中/, `${k.rule}: where it ran is unknown`);
    }
  });
}

test('the chosen words follow the language asked for, whatever the locale the error was printed in', () => {
  for (const name of ['ping-unreachable', 'ping-unreachable-zh', 'err-cannot-find-device', 'err-cannot-find-device-zh']) {
    const c = capture(name);
    const en = explainText(c.argv, outputOf(c), 'en').error.join(' ');
    const zh = explainText(c.argv, outputOf(c), 'zh').error.join(' ');
    assert.doesNotMatch(en, /[\u4e00-\u9fff]/, `${name}: English only`);
    assert.match(zh, /[\u4e00-\u9fff]/, `${name}: Chinese`);
  }
});

test('a ping that failed is annotated as output and explained as an error; one that worked only annotated', () => {
  const failed = capture('ping-host-unreachable');
  const e = explainText(failed.argv, outputOf(failed), 'en');
  assert.equal(e.output?.family, 'ping');
  assert.ok(e.error.length > 0);
  const shown = renderTextExplanation(outputOf(failed), e, { color: false, width: 100, lang: 'en' });
  assert.match(shown, /In short:[\s\S]*Why it failed:\n {2}• Destination Host Unreachable: 192\.0\.0\.9/);
  assert.doesNotMatch(shown, /\x1b\[/, 'plain text without colour');
  for (const name of ['ping-lo', 'ping-lo-zh', 'ping-across', 'ping-lo-interrupted']) {
    const c = capture(name);
    const ok = explainText(c.argv, outputOf(c), 'en');
    assert.equal(ok.output?.family, 'ping', name);
    assert.deepEqual(ok.error, [], `${name}: no error in a ping that got replies`);
  }
});

test('an error alone: the text as read, then why it failed, in Chinese too', () => {
  const c = capture('err-netns-exists');
  const e = explainText(c.argv, outputOf(c), 'zh');
  assert.equal(e.output, null);
  const shown = renderTextExplanation(outputOf(c), e, { color: false, width: 80, lang: 'zh' });
  assert.equal(shown.split('\n')[0], 'Cannot create namespace file "/run/netns/ns0": File exists');
  assert.match(shown, /为什么失败：\n {2}• 命名空间 ns0 已经存在了。/);
  assert.match(renderTextExplanation(outputOf(c), e, { color: true, width: 80, lang: 'zh' }), /\x1b\[1m为什么失败：/);
});

test('the outputs of successful commands get no error notes', () => {
  const ok = loadCaptures().filter((c) => c.exitCode === 0 && outputOf(c).trim() !== '');
  assert.ok(ok.length > 20);
  for (const c of ok) {
    for (const argv of [c.argv, null]) {
      assert.deepEqual(explainTextStrict(argv, outputOf(c), 'en').error, [], `${c.name}${argv ? '' : ' (text alone)'}`);
    }
  }
});

test('nothing recognised: no output family and no error', () => {
  for (const text of ['', 'hello world\n', 'Segmentation fault\n']) {
    const e = explainText(null, text, 'en');
    assert.equal(e.output, null);
    assert.deepEqual(e.error, []);
  }
  assert.deepEqual(explainText(ip('ip link set veth7 up'), '\n', 'zh').error, []);
});

test('explainTextStrict and its rendering never throw, with or without a command, whatever the text', () => {
  const texts = CASES.map((k) => input(k).text);
  const argvs: (readonly string[] | null)[] = [null, [], ...CASES.map((k) => input(k).argv)];
  const argv = fc.oneof(fc.constantFrom(...argvs), fc.array(fc.oneof(fc.constantFrom('ip', 'netns', 'exec', 'ns0', 'link', 'add', 'set', 'route', 'get', 'via', 'iif', 'dev', 'master', 'peer', 'name', 'ping', '-c', '-n'), fc.string({ maxLength: 5 })), { maxLength: 9 }));
  const text = fc.oneof(fc.constantFrom(...texts), fc.string({ maxLength: 80 }), fc.tuple(fc.constantFrom(...texts), fc.nat(200), fc.string({ maxLength: 12 })).map(([t, at, junk]) => t.slice(0, at) + junk + t.slice(at)));
  fc.assert(fc.property(argv, text, fc.constantFrom('en', 'zh') as fc.Arbitrary<Lang>, fc.integer({ min: 10, max: 120 }), (av, t, lang, width) => {
    const e = explainTextStrict(av, t, lang);
    renderTextExplanation(t, e, { color: width % 2 === 0, width, lang });
  }), { numRuns: 400 });
});
