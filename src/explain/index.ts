/**
 * The explainers: what an output means part by part, why a command failed,
 * what a command changed in the kernel, and what each word of a command
 * line does. Pure functions over plain data, in English and Chinese.
 *
 * The rest of the code imports from here only. Inside, one folder per
 * pipeline (output/, error/, change/, command/), each using shared/ and none
 * using another; text.ts joins output and error for the `explain` subcommand.
 */
export type { Annotation, Family, OutputExplanation } from './output/types.ts';
export { detectFamily } from './output/family.ts';
export { explainOutput } from './output/explain.ts';
export { renderExplanation, type RenderOptions } from './output/render.ts';
export { explainError } from './error/explain.ts';
export { explainChange } from './change/explain.ts';
export { explainCommand } from './command/explain.ts';
export type { WordMeaning } from './command/words.ts';
export { explainText, renderTextExplanation, type TextExplanation } from './text.ts';
