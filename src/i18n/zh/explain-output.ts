/** The tutor's Chinese words: explain-output. */
import type { ExplainOutputWords } from '../en/explain-output.ts';

export const explainOutput: ExplainOutputWords = {
};
