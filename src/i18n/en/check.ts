/** The tutor's English words: check. */
export const check = {
};

export type CheckWords = typeof check;
