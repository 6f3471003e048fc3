/** The tutor's Chinese words: explain-command. */
import type { ExplainCommandWords } from '../en/explain-command.ts';

export const explainCommand: ExplainCommandWords = {
};
