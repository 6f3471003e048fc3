/** What one classroom server allows each learner, and the pure rules that apply it. */
import { canonicalWords } from '../iproute/grammar.ts';

export type Limits = {
  /** Learners with a session at once; one more is told the class is full. */
  readonly maxLearners: number;
  /** Commands a learner may start per second, on average… */
  readonly commandsPerSecond: number;
  /** …and in a burst (a pasted block of lines). */
  readonly commandBurst: number;
  /** Network namespaces per lab (enforced by the kernel where the lab has a user namespace of its own). */
  readonly maxNamespaces: number;
  /** Interfaces per lab, all namespaces together. */
  readonly maxLinks: number;
  /** The longest command line, in characters. */
  readonly maxLineChars: number;
  /** The largest WebSocket message, in bytes. */
  readonly maxMessageBytes: number;
  /** The largest terminal the page may ask for. */
  readonly maxColumns: number;
  readonly maxRows: number;
  /** How long a learner who left (reload, lost connection) keeps their session and lab. */
  readonly graceMs: number;
  /** A lab with no key pressed for this long is closed (progress kept). */
  readonly idleMs: number;
};

export const DEFAULT_LIMITS: Limits = {
  maxLearners: 40,
  commandsPerSecond: 4,
  commandBurst: 12,
  maxNamespaces: 16,
  maxLinks: 64,
  maxLineChars: 4096,
  maxMessageBytes: 64 * 1024,
  maxColumns: 400,
  maxRows: 200,
  graceMs: 10 * 60_000,
  idleMs: 30 * 60_000,
};

/** A token bucket: `take()` says whether one more may go now. */
export class TokenBucket {
  #tokens: number;
  #at: number;
  constructor(private readonly rate: number, private readonly burst: number, private readonly now: () => number = Date.now) {
    this.#tokens = burst;
    this.#at = now();
  }
  take(): boolean {
    const t = this.now();
    this.#tokens = Math.min(this.burst, this.#tokens + ((t - this.#at) / 1000) * this.rate);
    this.#at = t;
    if (this.#tokens < 1) return false;
    this.#tokens -= 1;
    return true;
  }
}

/** Whether a pipeline creates an interface: `ip link add …` in any namespace and spelling. */
export function addsLink(pipeline: readonly (readonly string[])[]): boolean {
  return pipeline.some((argv) => {
    const w = canonicalWords(argv);
    for (let i = 0; i + 2 < w.length; i++) if (w[i] === 'ip' && w[i + 1] === 'link' && w[i + 2] === 'add') return true;
    return false;
  });
}

/** A terminal size the page asked for, kept within 1…max (a size of 0 or 10000 is not refused, it is clamped). */
export function clampSize(columns: unknown, rows: unknown, l: Pick<Limits, 'maxColumns' | 'maxRows'>): { columns: number; rows: number } {
  const fit = (v: unknown, max: number, fallback: number) => {
    const n = typeof v === 'number' && Number.isFinite(v) ? Math.floor(v) : fallback;
    return Math.min(max, Math.max(n, 10));
  };
  return { columns: fit(columns, l.maxColumns, 80), rows: fit(rows, l.maxRows, 24) };
}
