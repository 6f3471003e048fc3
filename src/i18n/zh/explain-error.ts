/** The tutor's Chinese words: explain-error. */
import type { ExplainErrorWords } from '../en/explain-error.ts';

export const explainError: ExplainErrorWords = {
};
