/** The tutor's Chinese words: lab. */
import type { LabWords } from '../en/lab.ts';

export const lab: LabWords = {
};
