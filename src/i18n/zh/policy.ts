/** The tutor's Chinese words: policy. */
import type { PolicyWords } from '../en/policy.ts';

export const policy: PolicyWords = {
};
