/** The tutor's English words: lint. */
export const lint = {
};

export type LintWords = typeof lint;
