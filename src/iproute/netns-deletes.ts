/**
 * Which namespaces a command line deletes, read as iproute2 reads it. Pure.
 * The lab needs it twice: a service in a namespace about to go is ended
 * first (lab/services.ts), and after the command the lab waits for the
 * kernel to finish destroying what went (lab/settle.ts).
 */
import { canonicalWords } from './grammar.ts';

/** Every namespace (`ip -all netns delete`). */
export const ALL_NAMESPACES = '\0all';

/** The namespaces an argv deletes: `ip netns delete NS…` in any spelling (`ip netns del`; `ip -all netns delete` is ALL_NAMESPACES). */
export function deletedNamespaces(argv: readonly string[]): string[] {
  const w = canonicalWords(argv);
  if (w[0] === 'ip' && w[1] === '-all' && w[2] === 'netns' && w[3] === 'delete') return [ALL_NAMESPACES];
  return w[0] === 'ip' && w[1] === 'netns' && w[2] === 'delete' ? w.slice(3) : [];
}
