/**
 * One line of a lesson's `check` block, parsed (DESIGN §5, "Check language"),
 * and the IP addresses checks compare. Plain data and pure helpers:
 * `parse.ts` builds checks, `evaluate.ts` judges them against the lab.
 */

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

/** An IP address as the checks compare it: bytes, so that `fe80::1` equals `fe80:0:0::1`. */
export type IpAddress = {
  /** 4 or 6. */
  readonly family: 4 | 6;
  /** 4 bytes (IPv4) or 16 (IPv6). */
  readonly bytes: readonly number[];
};

/** An address with a prefix length, e.g. 192.0.0.1/24. */
export type IpPrefix = { readonly addr: IpAddress; readonly prefix: number };

/** Reads an IPv4 (dotted quad, no leading zeros) or IPv6 address; null when it is not one. */
export function parseAddress(s: string): IpAddress | null {
  if (s.includes(':')) {
    const b = parseV6(s);
    return b ? { family: 6, bytes: b } : null;
  }
  const b = parseV4(s);
  return b ? { family: 4, bytes: b } : null;
}

function parseV4(s: string): number[] | null {
  const parts = s.split('.');
  if (parts.length !== 4 || !parts.every((p) => /^(0|[1-9]\d{0,2})$/.test(p) && Number(p) <= 255)) return null;
  return parts.map(Number);
}

function parseV6(s: string): number[] | null {
  const halves = s.split('::');
  if (halves.length > 2) return null;
  const words = (part: string, last: boolean): number[] | null => {
    if (part === '') return [];
    const out: number[] = [];
    const groups = part.split(':');
    for (const [i, g] of groups.entries()) {
      if (last && i === groups.length - 1 && g.includes('.')) {
        const v4 = parseV4(g);
        if (!v4) return null;
        out.push(v4[0]! * 256 + v4[1]!, v4[2]! * 256 + v4[3]!);
      } else if (/^[0-9a-fA-F]{1,4}$/.test(g)) out.push(parseInt(g, 16));
      else return null;
    }
    return out;
  };
  const head = words(halves[0]!, halves.length === 1);
  const tail = halves.length === 2 ? words(halves[1]!, true) : [];
  if (!head || !tail) return null;
  const n = head.length + tail.length;
  if (halves.length === 1 ? n !== 8 : n > 7) return null;
  return [...head, ...new Array<number>(8 - n).fill(0), ...tail].flatMap((w) => [w >> 8, w & 255]);
}

/** Reads `ADDR/LEN` with the prefix length in range for the family; null otherwise. */
export function parseCidr(s: string): IpPrefix | null {
  const parts = s.split('/');
  if (parts.length !== 2 || !/^(0|[1-9]\d{0,2})$/.test(parts[1]!)) return null;
  const addr = parseAddress(parts[0]!);
  const prefix = Number(parts[1]);
  if (!addr || prefix > (addr.family === 4 ? 32 : 128)) return null;
  return { addr, prefix };
}

/** The network a prefix belongs to: host bits cleared. */
export function networkOf(p: IpPrefix): IpPrefix {
  const bytes = p.addr.bytes.map((b, i) => {
    const bits = Math.max(0, Math.min(8, p.prefix - i * 8));
    return b & ((0xff << (8 - bits)) & 0xff);
  });
  return { addr: { family: p.addr.family, bytes }, prefix: p.prefix };
}

/** Whether two addresses are the same address. */
export function sameAddress(a: IpAddress, b: IpAddress): boolean {
  return a.family === b.family && a.bytes.every((x, i) => x === b.bytes[i]);
}

/** Whether `addr` lies inside the network of `p`. */
export function prefixContains(p: IpPrefix, addr: IpAddress): boolean {
  return p.addr.family === addr.family && sameAddress(networkOf(p).addr, networkOf({ addr, prefix: p.prefix }).addr);
}

/** The canonical text of an address (IPv6 compressed as RFC 5952 says). */
export function formatAddress(a: IpAddress): string {
  if (a.family === 4) return a.bytes.join('.');
  const w = Array.from({ length: 8 }, (_, i) => a.bytes[2 * i]! * 256 + a.bytes[2 * i + 1]!);
  let best = -1;
  let bestLen = 1;
  for (let i = 0; i < 8; i++) {
    let j = i;
    while (j < 8 && w[j] === 0) j++;
    if (j - i > bestLen) { best = i; bestLen = j - i; }
  }
  const hex = (xs: number[]) => xs.map((x) => x.toString(16)).join(':');
  return best < 0 ? hex(w) : `${hex(w.slice(0, best))}::${hex(w.slice(best + bestLen))}`;
}
