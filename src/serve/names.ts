/** Learner names, class codes and tokens. Pure but for the random source. */
import { randomBytes, timingSafeEqual } from 'node:crypto';

/** 1–32 letters (any script) or digits, `.`, `_` or `-`, not starting with `.` or `-`: safe as a file name as it is. */
const NAME = /^[\p{L}\p{N}_][\p{L}\p{N}\p{M}_.-]{0,31}$/u;

/** A learner's name as typed, or null when it cannot be one (it becomes a file name, so no path can be made of it). */
export function learnerName(raw: unknown): string | null {
  if (typeof raw !== 'string') return null;
  const name = raw.normalize('NFC').trim();
  return NAME.test(name) && [...name].length <= 32 ? name : null;
}

/** A random code for the class or token for the teacher: letters and digits, easy to type or paste. */
export function randomCode(bytes: number): string {
  return randomBytes(bytes).toString('base64url').replace(/[-_]/g, '').slice(0, Math.ceil(bytes * 1.3)) || randomCode(bytes);
}

/** Compares a secret in constant time. */
export function sameSecret(given: unknown, secret: string): boolean {
  if (typeof given !== 'string') return false;
  const a = Buffer.from(given);
  const b = Buffer.from(secret);
  return a.length === b.length && timingSafeEqual(a, b);
}
