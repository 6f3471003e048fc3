/** The tutor's English words: explain-change. */
export const explainChange = {
};

export type ExplainChangeWords = typeof explainChange;
