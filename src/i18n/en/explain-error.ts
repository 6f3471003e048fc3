/** The tutor's English words: explain-error. */
export const explainError = {
};

export type ExplainErrorWords = typeof explainError;
