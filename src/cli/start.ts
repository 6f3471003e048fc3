import { TutorError, type ExitCode } from '../errors.ts';
import type { Invocation } from './args.ts';

export async function startCommand(_inv: Invocation): Promise<ExitCode> {
  throw new TutorError('`start` is not available in this build yet.');
}
