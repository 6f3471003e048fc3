/** Every English catalogue, one per part of the tutor: adding a language is adding a folder like this one. */
export { shell } from './shell.ts';
export { explainOutput } from './explain-output.ts';
export { explainError } from './explain-error.ts';
export { explainChange } from './explain-change.ts';
export { explainCommand } from './explain-command.ts';
export { explainShared } from './explain-shared.ts';
export { check } from './check.ts';
export { policy } from './policy.ts';
export { doctor } from './doctor.ts';
export { advice } from './advice.ts';
export { topology } from './topology.ts';
export { lint } from './lint.ts';
export { cli } from './cli.ts';
export { lab } from './lab.ts';
export { serve } from './serve.ts';
export { practice } from './practice.ts';
