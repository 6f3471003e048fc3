/** The tutor's Chinese words: check. */
import type { CheckWords } from '../en/check.ts';

export const check: CheckWords = {
};
