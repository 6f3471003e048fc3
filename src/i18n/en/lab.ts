/** The tutor's English words: lab. */
export const lab = {
};

export type LabWords = typeof lab;
