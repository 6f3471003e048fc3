// The bridge lesson's lab after every step, as the probe read it in a real lab
// (scripts/capture-lesson-states.ts): br0 with its ports hung under it as a tree,
// each port joined to its namespace's eth0. Golden pictures at four widths.
// Regenerate with UPDATE_GOLDEN=1 and read the diff.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { layoutReport, layoutTopology, linkState, renderPlain, SYMBOLS } from '../../../src/topology/index.ts';
import { parseProbeOutput } from '../../../src/model/parse-probe.ts';
import type { Snapshot } from '../../../src/model/snapshot.ts';
import { goldenFiles } from '../../helpers/golden.ts';

const here = dirname(fileURLToPath(import.meta.url));
const PROBES = join(here, '../../../fixtures/probe');
const golden = goldenFiles(join(here, 'golden'));
const WIDTHS = [60, 80, 120, 200];
const STEPS = Array.from({ length: 14 }, (_, i) => String(i).padStart(2, '0'));

function state(step: string): Snapshot {
  return parseProbeOutput(readFileSync(join(PROBES, `lesson-bridge-${step}.txt`), 'utf8'));
}

function pictures(s: Snapshot): string {
  return WIDTHS.map((w) => `── width ${w} ──\n${renderPlain(layoutTopology(s, w))}\n`).join('\n');
}

for (const step of STEPS) {
  test(`bridge lesson, after step ${Number(step)}: golden picture`, () => {
    golden(`lesson-bridge-${step}.txt`, pictures(state(step)));
  });
}

test('bridge lesson: the ports hang under br0 in order, each with its state, every cable drawn', () => {
  for (const step of STEPS) {
    const s = state(step);
    const br0 = s.root.links.find((l) => l.name === 'br0');
    const ports = s.root.links.filter((l) => l.master === 'br0');
    for (const w of [80, 120, 200]) {
      const r = layoutReport(s, w);
      assert.equal(r.faults, 0, `step ${step} at ${w}: faults`);
      assert.equal(r.labelled, 0, `step ${step} at ${w}: a cable named in words instead of drawn`);
      const rows = renderPlain(r.lines).split('\n');
      if (!br0) continue;
      const at = rows.findIndex((l) => l.includes(`${SYMBOLS[linkState(br0)]} br0 `));
      assert.ok(at >= 0, `step ${step} at ${w}: br0 with its state`);
      // Each port, in order below br0, with ├ before the last and └ for it.
      let from = at;
      ports.forEach((p, i) => {
        const mark = i === ports.length - 1 ? '└' : '├';
        const row = rows.findIndex((l, k) => k > from && l.includes(`${mark} ${SYMBOLS[linkState(p)]} ${p.name} `));
        assert.ok(row > from, `step ${step} at ${w}: ${p.name} as ${mark} under br0`);
        from = row;
      });
      // Ports are not drawn at the top level of the host's box.
      for (const p of ports) assert.ok(!rows.some((l) => new RegExp(`│ [●◐○] ${p.name} `).test(l)), `step ${step}: ${p.name} outside the tree`);
    }
  }
});

test('bridge lesson: the states the steps are about', () => {
  assert.equal(state('00').root.links.length, 1, 'a fresh lab: lo only');
  assert.equal(linkState(state('01').root.links.find((l) => l.name === 'br0')!), 'up', 'br0 up, no ports yet');
  const plugged = state('04');
  assert.equal(linkState(plugged.root.links.find((l) => l.name === 'br0')!), 'nocarrier', 'a port without carrier: br0 has none either');
  assert.equal(plugged.root.links.find((l) => l.name === 'veth1')!.master, 'br0');
  assert.equal(linkState(state('05').root.links.find((l) => l.name === 'br0')!), 'up', 'eth0 up in ns1: carrier');
  const done = state('13');
  assert.deepEqual(done.root.links.filter((l) => l.master === 'br0').map((l) => [l.name, l.peer?.name, l.peer?.netns]),
    [['veth1', 'eth0', 'ns1'], ['veth2', 'eth0', 'ns2'], ['veth3', 'eth0', 'ns3']]);
  assert.ok(renderPlain(layoutTopology(done, 80)).includes('192.0.2.254/24'));
});
