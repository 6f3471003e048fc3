// Tables drawn to a width (render/table.ts): as cli-table3 draws them when they fit, the widest
// columns giving way when they do not, cells wrapped inside their borders.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { columnWidths, drawTable } from '../../../src/render/table.ts';
import { stripAnsi } from '../../../src/text/ansi.ts';
import { displayWidth } from '../../../src/text/width.ts';

test('columns that fit keep their natural widths', () => {
  assert.deepEqual(columnWidths([5, 10], 40), [5, 10]);
});

test('the widest columns give way first; a narrow one keeps its width', () => {
  // 2 columns take 7 columns of borders and padding: 23 left for the text.
  assert.deepEqual(columnWidths([5, 40], 30), [5, 18]);
  assert.deepEqual(columnWidths([30, 30], 31), [12, 12]);
});

test('every line of a table is as wide as the others and no wider than the width', () => {
  const head = ['name', 'what it is'];
  const rows = [['veth7', 'one end of a veth pair, in the host, joined to its peer in ns1'], ['br0', '一个网桥，把宿主机上的几条 veth 连在一起']];
  for (const width of [24, 30, 40, 60, 100]) {
    const lines = drawTable(head, rows, width).map(stripAnsi);
    const widths = new Set(lines.map(displayWidth));
    assert.equal(widths.size, 1, `${width}: ${lines.join('\n')}`);
    assert.ok([...widths][0]! <= width, `${width}: ${lines.join('\n')}`);
    for (const l of lines) assert.match(l, /^[┌├│└].*[┐┤│┘]$/);
  }
});

test('a table that fits is drawn as marked-terminal drew it: a rule under the header and between rows', () => {
  assert.deepEqual(drawTable(['a', 'b'], [['1', '2'], ['3', '4']], 80).map(stripAnsi), [
    '┌───┬───┐',
    '│ a │ b │',
    '├───┼───┤',
    '│ 1 │ 2 │',
    '├───┼───┤',
    '│ 3 │ 4 │',
    '└───┴───┘',
  ]);
});
