/**
 * One line of a lesson's `check` block, parsed (DESIGN §5, "Check language").
 * Plain data: `parse.ts` builds checks, `evaluate.ts` judges them against the
 * lab, reading addresses with `net/ip-address.ts`.
 */
import type { Lang } from '../i18n/lang.ts';
import type { RunResult } from '../model/run-result.ts';
import type { Snapshot } from '../model/snapshot.ts';

/** What every check carries, whatever its kind. */
export type CheckBase = {
  /** The line began with `not `: the check holds when its assertion does not. */
  readonly negated: boolean;
  /** 1-based line of the check in its lesson file. */
  readonly line: number;
  /** 1-based column of its first word (`not` or the keyword). */
  readonly col: number;
  /** The line as written, without surrounding whitespace. */
  readonly source: string;
};

/** What a check asserts; `netns` fields hold `ROOT_NS` ('') when `in NS` was omitted. */
export type CheckAssertion =
  | {
    readonly kind: 'netns-exists';
    /** The named namespace that must exist. */
    readonly netns: string;
  }
  | {
    readonly kind: 'link-exists';
    /** Interface name. */
    readonly link: string;
    /** The namespace it must be in. */
    readonly netns: string;
  }
  | {
    readonly kind: 'link-state';
    /** Interface name. */
    readonly link: string;
    /** Its namespace (`ROOT_NS` for the lab's root). */
    readonly netns: string;
    /** `is up` (UP flag set) or `is down` (not set). */
    readonly up: boolean;
  }
  | {
    readonly kind: 'link-type';
    /** Interface name. */
    readonly link: string;
    /** Its namespace (`ROOT_NS` for the lab's root). */
    readonly netns: string;
    /** The kind the kernel reports: `veth`, `loopback`, `bridge`, `dummy`, … */
    readonly type: string;
  }
  | {
    readonly kind: 'veth-peer';
    /** Interface name. */
    readonly link: string;
    /** Its namespace (`ROOT_NS` for the lab's root). */
    readonly netns: string;
    /** The name of the other end. */
    readonly peer: string;
    /** The namespace of the other end (`ROOT_NS` when `in NS2` is omitted). */
    readonly peerNetns: string;
  }
  | {
    readonly kind: 'link-master';
    /** Interface name. */
    readonly link: string;
    /** Its namespace (`ROOT_NS` for the lab's root). */
    readonly netns: string;
    /** The bridge the interface must be enslaved to. */
    readonly master: string;
  }
  | {
    readonly kind: 'addr';
    /** Address with its prefix, as written, e.g. `192.0.0.1/24`. */
    readonly cidr: string;
    /** Interface name. */
    readonly link: string;
    /** Its namespace (`ROOT_NS` for the lab's root). */
    readonly netns: string;
  }
  | {
    readonly kind: 'route';
    /** `default`, a prefix like `192.0.0.0/24`, or a bare address (a host route). */
    readonly dest: string;
    /** The gateway the route must use, or null for any. */
    readonly via: string | null;
    /** The device the route must use, or null for any. */
    readonly dev: string | null;
    /** Its namespace (`ROOT_NS` for the lab's root). */
    readonly netns: string;
  }
  | {
    readonly kind: 'sysctl';
    /** The key, dotted, e.g. `net.ipv4.ip_forward`: one of `SYSCTL_KEYS`. */
    readonly key: string;
    /** The value it must have, as `sysctl KEY` prints it, e.g. `1`. */
    readonly value: string;
    /** Its namespace (`ROOT_NS` for the lab's root). */
    readonly netns: string;
  }
  | {
    readonly kind: 'ping';
    /** The address the checker pings. */
    readonly addr: string;
    /** The namespace it pings from. */
    readonly from: string;
    readonly expect: 'succeeds' | 'fails';
  }
  | {
    readonly kind: 'ran';
    /** The words a command of this step must start with, read the way iproute2 reads them. */
    readonly words: readonly string[];
  }
  | {
    readonly kind: 'exit';
    /** Exit status 0 (`succeeds`) or non-zero (`fails`) of the last command. */
    readonly expect: 'succeeds' | 'fails';
  }
  | {
    readonly kind: 'output-contains';
    /** Text the last command's output must contain, escapes resolved. */
    readonly text: string;
  }
  | {
    readonly kind: 'output-matches';
    /** The regular expression's source, between the slashes. */
    readonly regex: string;
    /** Its flags, e.g. `i`. */
    readonly flags: string;
  }
  | {
    readonly kind: 'file-exists';
    /** An absolute path inside the lab. */
    readonly path: string;
  }
  | {
    readonly kind: 'saw-link';
    /** The interface the learner must have listed (with `ip link` or `ip addr`). */
    readonly link: string;
    /** The namespace it is listed in (`ROOT_NS` for the lab's root). */
    readonly netns: string;
  }
  | {
    readonly kind: 'pinged';
    /** The address the learner's own ping went to. */
    readonly addr: string;
    /** The namespace the learner pinged from (`ROOT_NS` for the lab's root). */
    readonly from: string;
    /** It got replies, or it did not. */
    readonly expect: 'succeeds' | 'fails';
    /** With `fails`: why it must have failed, or null for any failure. */
    readonly reason: ErrorReason | null;
  }
  | {
    readonly kind: 'pinged-between';
    /** One end of the path: the learner pinged from here to an address of `b`, or the other way round. */
    readonly a: string;
    readonly b: string;
  }
  | {
    readonly kind: 'error';
    /** The error the command must have failed with. */
    readonly reason: ErrorReason;
    /** A command of this step starting with these words (read as `ran` reads them), or null for the last command. */
    readonly words: readonly string[] | null;
  };

/** The errors `error` and `pinged … fails with` recognise, whatever the language of the system. */
export const ERROR_REASONS = ['unreachable', 'no-route', 'exists', 'invalid-gateway', 'no-device', 'no-reply'] as const;

/** One of `ERROR_REASONS`. */
export type ErrorReason = (typeof ERROR_REASONS)[number];

/**
 * The per-namespace sysctls a check can look at: the ones the probe reads
 * into `Netns.sysctls`, each with the values it can take.
 */
export const SYSCTL_KEYS: Readonly<Record<string, readonly string[]>> = {
  'net.ipv4.ip_forward': ['0', '1'],
};

/** One parsed check line. */
export type Check = CheckBase & CheckAssertion;

/** The kinds of check, e.g. `link-state`. */
export type CheckKind = Check['kind'];

/** What a check decided, written for the learner. */
export type Verdict = {
  /** The check holds (a negated check: its assertion does not). */
  readonly ok: boolean;
  /** Why, in the learner's language, comparing what was expected with what the lab shows. */
  readonly reason: string;
};

/** What a check can look at. */
export type CheckContext = {
  /** The lab's state after the learner's last command. */
  snapshot: Snapshot;
  /** The learner's last command in this step, or null. */
  last: RunResult | null;
  /** argv of every command run since this step began (first program of a pipeline), failed ones included. */
  history: readonly (readonly string[])[];
  /**
   * What each command since this step began produced, in order (what `saw`,
   * `pinged` and `error … from` read). When absent, only `last` is known.
   */
  runs?: readonly RunResult[];
  /** Runs the checker's `ping -c 1 -W 1 ADDR` (once more when no reply came) inside the lab from a namespace (`ROOT_NS` for the root); true on a reply. */
  ping: (fromNetns: string, addr: string) => Promise<boolean>;
  /** Whether a path exists inside the lab. */
  fileExists: (path: string) => Promise<boolean>;
  /** The language of the reasons. */
  lang: Lang;
};
