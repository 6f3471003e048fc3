import { TutorError, type ExitCode } from '../errors.ts';
import type { Invocation } from './args.ts';

export async function progressCommand(_inv: Invocation): Promise<ExitCode> {
  throw new TutorError('`progress` is not available in this build yet.');
}
