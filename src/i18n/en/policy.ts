/** The tutor's English words: policy. */
export const policy = {
};

export type PolicyWords = typeof policy;
