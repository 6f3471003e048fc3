/** The tutor's Chinese words: topology. */
import type { TopologyWords } from '../en/topology.ts';

export const topology: TopologyWords = {
};
