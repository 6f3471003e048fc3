/** The tutor's Chinese words: explain-shared. */
import type { ExplainSharedWords } from '../en/explain-shared.ts';

export const explainShared: ExplainSharedWords = {
};
