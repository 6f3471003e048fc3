// Opens a lab (rootless when asked), builds the article's state, starts a ping
// that never ends, prints the PIDs to watch, then waits to be killed.
import { openLab } from '../../../src/lab/lab.ts';
import { ARTICLE_COMMANDS } from '../../helpers/lab-env.ts';

const lab = await openLab(process.argv.includes('--rootless') ? { rootless: true } : {});
for (const c of ARTICLE_COMMANDS) {
  const r = await lab.run([c.split(' ')]);
  if (r.exitCode !== 0) { console.error(c, r.stderr); process.exit(1); }
}
const s = await lab.probe();
void lab.run([['ip', 'netns', 'exec', 'ns0', 'ping', '127.0.0.1']]);
await new Promise((r) => setTimeout(r, 300));
const { readFileSync } = await import('node:fs');
/** Every process below this one, as host PIDs. */
const descendants = (pid: number): number[] => {
  let kids: number[] = [];
  try { kids = readFileSync(`/proc/${pid}/task/${pid}/children`, 'utf8').trim().split(/\s+/).filter(Boolean).map(Number); } catch { /* gone */ }
  return kids.flatMap((k) => [k, ...descendants(k)]);
};
console.log(JSON.stringify({ ready: true, rootless: lab.rootless, pids: descendants(process.pid), v7: s.namespaces.find((n) => n.name === 'ns0')?.links.find((l) => l.name === 'veth7'), lo: s.root.links.find((l) => l.name === 'lo') }));
setInterval(() => {}, 1000);
