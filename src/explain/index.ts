/**
 * The explainers: what an output means part by part, why a command failed,
 * what a command changed in the kernel, and what each word of a command
 * line does. Pure functions over plain data, in English and Chinese.
 */
export type { Annotation, Family, OutputExplanation } from './types.ts';
export { detectFamily } from './detect.ts';
export { explainOutput } from './explain-output.ts';
export { explainError } from './explain-error.ts';
export { explainChange } from './explain-change.ts';
export { explainCommand, type WordMeaning } from './explain-command.ts';
export { explainText, type TextExplanation } from './explain-text.ts';
export { renderExplanation, renderTextExplanation, type RenderOptions } from './render.ts';
