/**
 * `netns-tutor topology [--host] [--width N]`: run the commands read from stdin
 * in a fresh lab (or read the real host, read-only, with --host), then print
 * the picture once, never wider than --width, else $COLUMNS, else the terminal.
 */
import { EXIT, usageError, type ExitCode } from '../errors.ts';
import { parseCommandLine } from '../policy/command.ts';
import { openLab } from '../lab/lab.ts';
import { probe } from '../lab/probe.ts';
import { describeRefusal } from '../policy/refusal-text.ts';
import { errorText } from '../model/run-result.ts';
import type { Snapshot } from '../model/snapshot.ts';
import { layoutTopology, renderAnsi, renderPlain } from '../topology/index.ts';
import { safeLine, safeText } from '../text/ansi.ts';
import { pictureWidth, type Invocation } from './args.ts';

async function readStdin(): Promise<string> {
  if (process.stdin.isTTY) return '';
  const chunks: Buffer[] = [];
  for await (const c of process.stdin) chunks.push(c as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

export async function topologyCommand(inv: Invocation): Promise<ExitCode> {
  const lang = inv.options.lang;
  let snapshot: Snapshot;
  let failed = 0;
  if (inv.options.host) {
    // Read-only: nothing from stdin runs on the host.
    snapshot = await probe([]);
  } else {
    const lines = (await readStdin()).split('\n');
    const lab = await openLab();
    try {
      for (const [i, line] of lines.entries()) {
        const p = parseCommandLine(line);
        if (p.kind === 'empty') continue;
        if (p.kind === 'refuse') throw usageError(`stdin line ${i + 1}: ${describeRefusal(p.refusal, lang)}`);
        const r = await lab.run(p.pipeline, { timeoutMs: 30_000 });
        if (r.exitCode !== 0) {
          failed++;
          process.stderr.write(`line ${i + 1}: ${safeLine(line.trim())}: ${safeText(errorText(r).trim()) || `exit ${r.exitCode}`}\n`);
        }
      }
      snapshot = await lab.probe();
    } finally {
      await lab.close();
    }
  }
  const width = pictureWidth(inv.width, process.env, process.stdout.isTTY ? process.stdout.columns : undefined);
  const lines = layoutTopology(snapshot, width, { lang });
  process.stdout.write(`${inv.options.color ? renderAnsi(lines) : renderPlain(lines)}\n`);
  return failed ? EXIT.failed : EXIT.ok;
}
