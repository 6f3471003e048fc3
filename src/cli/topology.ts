import { TutorError, type ExitCode } from '../errors.ts';
import type { Invocation } from './args.ts';

export async function topologyCommand(_inv: Invocation): Promise<ExitCode> {
  throw new TutorError('`topology` is not available in this build yet.');
}
