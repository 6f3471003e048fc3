// Property: for any snapshot and any width from 1 to 300, the layout does not
// throw, never draws over or outside its grid, and no line exceeds the width.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { layoutReport, renderPlain, textWidth } from '../../../src/topology/index.ts';
import type { Addr, Link, Netns, Snapshot } from '../../../src/model/snapshot.ts';

// Names mix plain ASCII with wide, combining, emoji and control characters.
const nameChar = fc.constantFrom('a', 'b', 'v', 'e', 't', 'h', '0', '1', '7', '-', '_', '.', '宿', '主', 'é', 'e\u0301', '😀', '\t', '\u200d', 'Ｗ', ' ');
const name = fc.array(nameChar, { minLength: 0, maxLength: 18 }).map((cs) => cs.join(''));
const cidr = fc.oneof(
  fc.constantFrom('127.0.0.1/8', '::1/128', '192.0.0.1/24', 'fe80::1/64', '2001:db8:85a3:1234:5678:8a2e:370:7334/128', '10.0.0.1/30'),
  name.map((n) => `${n}/64`),
);
const addr: fc.Arbitrary<Addr> = fc.record({ cidr, v6: fc.boolean() }).map(({ cidr: c, v6 }) => ({
  family: v6 ? 'inet6' : 'inet', cidr: c, local: c.split('/')[0] ?? '', prefixlen: 24, scope: c.startsWith('fe80') ? 'link' : 'global',
}));

/** A snapshot whose peers and masters point at names that may or may not exist. */
const snapshot: fc.Arbitrary<Snapshot> = fc
  .record({
    nsNames: fc.uniqueArray(name.filter((n) => n !== ''), { maxLength: 8 }),
    links: fc.array(
      fc.record({
        ns: fc.nat(9),
        name,
        ifindex: fc.integer({ min: 1, max: 40 }),
        kind: fc.constantFrom('veth', 'veth', 'veth', 'bridge', 'loopback', 'ether', 'dummy', 'vxlan-with-a-long-kind'),
        up: fc.boolean(),
        operstate: fc.constantFrom('UP', 'DOWN', 'UNKNOWN', 'LOWERLAYERDOWN'),
        master: fc.option(fc.nat(30), { nil: null }),
        peer: fc.option(fc.record({ link: fc.nat(30), ns: fc.integer({ min: -2, max: 9 }), named: fc.boolean(), ifindex: fc.nat(40) }), { nil: null }),
        addrs: fc.array(addr, { maxLength: 4 }),
      }),
      { maxLength: 30 },
    ),
  })
  .map(({ nsNames, links }) => {
    const spaces = ['', ...nsNames];
    const nsOf = (i: number): string => spaces[i % spaces.length]!;
    const linkName = (i: number): string => links[i % Math.max(1, links.length)]?.name ?? 'x';
    const built: Link[][] = spaces.map(() => []);
    for (const l of links) {
      built[l.ns % spaces.length]!.push({
        name: l.name, ifindex: l.ifindex, kind: l.kind, up: l.up, operstate: l.operstate, flags: [], mtu: 1500, mac: '', qdisc: '',
        master: l.master === null ? null : linkName(l.master),
        peer: l.peer === null ? null : {
          name: l.peer.named ? linkName(l.peer.link) : null,
          ifindex: l.peer.ifindex,
          netns: l.peer.ns === -1 ? null : l.peer.ns === -2 ? 'no-such-ns' : nsOf(l.peer.ns),
        },
        addrs: l.addrs,
      });
    }
    const toNs = (n: string, i: number): Netns => ({ name: n, links: built[i]!, routes: [], sysctls: {} });
    return { root: toNs('', 0), namespaces: nsNames.map((n, i) => toNs(n, i + 1)) };
  });

test('layout never throws, never draws over anything and never exceeds the width', () => {
  fc.assert(
    fc.property(snapshot, fc.integer({ min: 1, max: 300 }), fc.boolean(), fc.constantFrom('en' as const, 'zh' as const), (s, width, highlight, lang) => {
      const changed = highlight ? new Set([...s.namespaces.map((n) => `ns:${n.name}`), ...s.root.links.map((l) => `link:/${l.name}`)]) : undefined;
      const r = layoutReport(s, width, { changed, lang });
      assert.equal(r.faults, 0);
      for (const line of renderPlain(r.lines).split('\n')) assert.ok(textWidth(line) <= width, `${textWidth(line)} > ${width}: ${line}`);
    }),
    { numRuns: Number(process.env.PROPERTY_RUNS ?? 400) },
  );
});

/** A consistent lab: veth pairs whose ends point at each other, some in one namespace, some bridged. */
const lab: fc.Arbitrary<Snapshot> = fc
  .record({
    nsCount: fc.integer({ min: 0, max: 14 }),
    extra: fc.array(fc.record({ ns: fc.nat(14), name: fc.stringMatching(/^[a-z][a-z0-9-]{0,14}$/) }), { maxLength: 12 }),
    pairs: fc.array(fc.record({ a: fc.nat(14), b: fc.nat(14), up: fc.boolean(), v6: fc.boolean(), bridged: fc.boolean(), unnamed: fc.boolean() }), { maxLength: 24 }),
  })
  .map(({ nsCount, extra, pairs }) => {
    const names = ['', ...Array.from({ length: nsCount }, (_, i) => `ns${i}`)];
    const links: Link[][] = names.map(() => []);
    const base = (n: string, ifindex: number, kind: string, up: boolean): Link => ({
      name: n, ifindex, kind, up, operstate: up ? 'UP' : 'DOWN', flags: [], mtu: 1500, mac: '', qdisc: '', master: null, peer: null, addrs: [],
    });
    names.forEach((_, i) => links[i]!.push(base('lo', 1, 'loopback', i > 0)));
    for (const e of extra) links[e.ns % names.length]!.push(base(e.name, 100, 'dummy', true));
    pairs.forEach((p, k) => {
      const ia = p.a % names.length;
      const ib = p.b % names.length;
      const an = `a${k}`;
      const bn = `b${k}`;
      const ad: Addr[] = [{ family: p.v6 ? 'inet6' : 'inet', cidr: p.v6 ? `2001:db8::${k}/64` : `10.${k}.0.1/24`, local: '', prefixlen: 64, scope: 'global' }];
      const hasBridge = links[ia]!.some((l) => l.name === 'br');
      if (p.bridged && !hasBridge) links[ia]!.push(base('br', 99, 'bridge', true));
      links[ia]!.push({ ...base(an, 2 + k, 'veth', p.up), master: p.bridged ? 'br' : null, addrs: ad, peer: { name: bn, ifindex: 2 + k, netns: p.unnamed ? null : names[ib]! } });
      if (!p.unnamed) links[ib]!.push({ ...base(bn, 2 + k, 'veth', p.up), peer: { name: an, ifindex: 2 + k, netns: names[ia]! } });
    });
    const toNs = (n: string, i: number): Netns => ({ name: n, links: links[i]!, routes: [], sysctls: {} });
    return { root: toNs('', 0), namespaces: names.slice(1).map((n, i) => toNs(n, i + 1)) };
  });

test('consistent labs: connectors never collide, every pair is drawn or named, lines fit', () => {
  fc.assert(
    fc.property(lab, fc.integer({ min: 1, max: 300 }), (s, width) => {
      const r = layoutReport(s, width);
      assert.equal(r.faults, 0);
      const text = renderPlain(r.lines);
      for (const line of text.split('\n')) assert.ok(textWidth(line) <= width);
      if (width >= 80) for (const ns of [s.root, ...s.namespaces]) for (const l of ns.links) assert.ok(text.includes(l.name), l.name);
    }),
    { numRuns: Number(process.env.PROPERTY_RUNS ?? 400) },
  );
});
