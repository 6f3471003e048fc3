/** The tutor's English words: topology (the few words the picture says). */
export const topology = {
  // Box titles and contents.
  /** Title of the lab's root namespace box. */
  host: 'host',
  /** Title of the box holding veth ends whose namespace has no name. */
  unnamed: '(no name)',
  /** Shown in a namespace without interfaces. */
  noInterfaces: '(no interfaces)',
  // The legend.
  /** Administratively up and running. */
  up: 'up',
  /** Up, but the other end (or every port) is down. */
  noCarrier: 'up, no carrier',
  /** Administratively down. */
  down: 'down',
  /** The connector between the two ends of a veth pair. */
  vethPair: 'veth pair',
  /** The mark in front of what the last command changed. */
  changed: 'just changed',
  // A terminal too narrow for the picture.
  /** The note shown instead of the picture when it would be narrower than `min` columns. */
  tooNarrow: (min: number) => `Topology hidden: it needs a terminal at least ${min} columns wide.`,
};

export type TopologyWords = typeof topology;
