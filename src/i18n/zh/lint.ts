/** The tutor's Chinese words: lint. */
import type { LintWords } from '../en/lint.ts';

export const lint: LintWords = {
};
