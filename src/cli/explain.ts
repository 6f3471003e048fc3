import { TutorError, type ExitCode } from '../errors.ts';
import type { Invocation } from './args.ts';

export async function explainCommand(_inv: Invocation): Promise<ExitCode> {
  throw new TutorError('`explain` is not available in this build yet.');
}
