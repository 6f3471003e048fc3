import { TutorError, type ExitCode } from '../errors.ts';
import type { Invocation } from './args.ts';

export async function reportCommand(_inv: Invocation): Promise<ExitCode> {
  throw new TutorError('`report` is not available in this build yet.');
}
