/**
 * Before a lab starts: are the programs it needs on PATH? A missing one is
 * named with the package that provides it (exit 3), instead of every command
 * failing later with "No such file or directory".
 */
import { environmentErrorSaid } from '../errors.ts';
import { onPath } from './on-path.ts';
import { PACKAGES } from '../policy/packages.ts';

/** Throws a TutorError (exit 3) naming every missing program and how to install it. */
export function requirePrograms(host: boolean, env: NodeJS.ProcessEnv = process.env): void {
  const needed = host ? ['ip', 'ping'] : ['ip', 'ping', 'unshare', 'nsenter'];
  const missing = needed.filter((p) => !onPath(p, env));
  if (missing.length === 0) return;
  const names = missing.map((p) => `\`${p}\``).join(', ');
  const debian = [...new Set(missing.map((p) => PACKAGES[p]![0]))].join(' ');
  const fedora = [...new Set(missing.map((p) => PACKAGES[p]![1]))].join(' ');
  const one = missing.length === 1;
  throw environmentErrorSaid((w) => [w.lab.notInstalled(names, one), w.lab.notInstalledHint(one, debian, fedora)]);
}
