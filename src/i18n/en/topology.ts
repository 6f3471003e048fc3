/** The tutor's English words: topology. */
export const topology = {
};

export type TopologyWords = typeof topology;
