/** The tutor's Chinese words: advice. */
import type { AdviceWords } from '../en/advice.ts';

export const advice: AdviceWords = {
};
