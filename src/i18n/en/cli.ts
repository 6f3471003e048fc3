/** The tutor's English words: cli. */
export const cli = {
};

export type CliWords = typeof cli;
