/** `netns-tutor _service http PORT NAME NS`: a lesson's background service, run by the lab inside a namespace (not for people to type). */
import { usageError, type ExitCode } from '../errors.ts';
import { runWhoamiHttp } from '../services/whoami-http.ts';

export async function serviceCommand(argv: readonly string[]): Promise<ExitCode> {
  const [kind, port, name, ns] = argv;
  const p = Number(port);
  if (kind !== 'http' || !Number.isInteger(p) || p < 1 || p > 65535 || !name || !ns) throw usageError('_service http PORT NAME NS');
  return runWhoamiHttp(p, name, ns);
}
