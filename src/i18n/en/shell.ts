/** The tutor's English words: shell. */
export const shell = {
};

export type ShellWords = typeof shell;
