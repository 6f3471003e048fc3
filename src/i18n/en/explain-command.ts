/** The tutor's English words: explain-command. */
export const explainCommand = {
};

export type ExplainCommandWords = typeof explainCommand;
