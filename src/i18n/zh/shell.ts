/** The tutor's Chinese words: shell. */
import type { ShellWords } from '../en/shell.ts';

export const shell: ShellWords = {
};
