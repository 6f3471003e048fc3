/** The tutor's English words: advice. */
export const advice = {
};

export type AdviceWords = typeof advice;
