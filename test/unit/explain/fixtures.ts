/** The real outputs captured in a throwaway lab (fixtures/outputs/capture.sh), and golden-file helpers. */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import assert from 'node:assert/strict';
import { parseProbeOutput } from '../../../src/model/parse-probe.ts';
import type { RunResult } from '../../../src/model/run-result.ts';
import type { Snapshot } from '../../../src/model/snapshot.ts';
import { goldenFiles } from '../../helpers/golden.ts';

const here = dirname(fileURLToPath(import.meta.url));
export const FIXTURES = join(here, '../../../fixtures/outputs');
export const GOLDEN = join(here, 'golden');

export type Capture = {
  readonly name: string;
  readonly argv: readonly string[];
  readonly exitCode: number;
  /** The locale it ran in: `en` (C) or `zh` (zh_CN.UTF-8). */
  readonly lang: 'en' | 'zh';
  readonly stdout: string;
  readonly stderr: string;
};

function read(name: string, ext: string): string {
  const p = join(FIXTURES, `${name}.${ext}`);
  return existsSync(p) ? readFileSync(p, 'utf8') : '';
}

/** The manifests of capture.sh (the first two lessons) and capture-lessons.sh (bridge and routing), in that order. */
const MANIFESTS = ['manifest.jsonl', 'manifest-lessons.jsonl'];

export function loadCaptures(): Capture[] {
  return MANIFESTS.flatMap((file) => readFileSync(join(FIXTURES, file), 'utf8').trim().split('\n').map((line) => {
    const m = JSON.parse(line) as Omit<Capture, 'stdout' | 'stderr'>;
    return { ...m, stdout: read(m.name, 'stdout'), stderr: read(m.name, 'stderr') };
  }));
}

/** The lab's state captured with `snap NAME` (NAME.probe), as the probe reads it. */
export function capturedState(name: string): Snapshot {
  const p = join(FIXTURES, `${name}.probe`);
  assert.ok(existsSync(p), `no captured state named ${name}`);
  return parseProbeOutput(readFileSync(p, 'utf8'));
}

export function capture(name: string): Capture {
  const c = loadCaptures().find((x) => x.name === name);
  assert.ok(c, `no capture named ${name}`);
  return c;
}

/** What the tutor shows as a command's output: stdout, then stderr. */
export function outputOf(c: Capture): string {
  return c.stdout + c.stderr;
}

export function runResult(c: Capture): RunResult {
  return { argv: [c.argv], exitCode: c.exitCode, signal: null, stdout: c.stdout, stderr: c.stderr, durationMs: 1, interrupted: false, timedOut: false };
}

/** Compares with a golden file under golden/, or writes it when UPDATE_GOLDEN=1. */
export const assertGolden = goldenFiles(GOLDEN);
