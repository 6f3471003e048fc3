/** The tutor's Chinese words: cli. */
import type { CliWords } from '../en/cli.ts';

export const cli: CliWords = {
};
