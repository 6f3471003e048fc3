/** A short program on the host, run to completion at once: doctor's trials (`ip -V`, a trial user namespace). */
import { spawnSync } from 'node:child_process';
import { outputText } from '../model/run-result.ts';

/** Runs argv with a 5 s limit; `ok` when it started and exited 0, `out` its output and errors as one trimmed text. */
export function runQuick(cmd: string, args: readonly string[]): { ok: boolean; out: string } {
  const r = spawnSync(cmd, args, { encoding: 'utf8', timeout: 5000 });
  return { ok: !r.error && r.status === 0, out: outputText({ stdout: r.stdout ?? '', stderr: r.stderr ?? '' }).trim() };
}
