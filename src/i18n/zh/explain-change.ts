/** The tutor's Chinese words: explain-change. */
import type { ExplainChangeWords } from '../en/explain-change.ts';

export const explainChange: ExplainChangeWords = {
};
