/** The tutor's English words: explain-shared. */
export const explainShared = {
};

export type ExplainSharedWords = typeof explainShared;
