/** The tutor's English words: explain-output. */
export const explainOutput = {
};

export type ExplainOutputWords = typeof explainOutput;
