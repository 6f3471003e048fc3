/** The tutor's English words: explain-shared (the wording helpers every explainer uses). */
export const explainShared = {
  // Namespaces: a name as the learner knows it, and where something is.
  nsUnnamed: 'a namespace without a name',
  nsHost: 'the host',
  inHost: 'on the host',
  inNs: (ns: string) => `in ${ns}`,
  /** The same place as the object of a verb ("is in ns0"); Chinese puts 在 before it. */
  atHost: 'on the host',
  atNs: (ns: string) => `in ${ns}`,

  // Lists: "a, b and c".
  listComma: ', ',
  listAnd: ' and ',
};

export type ExplainSharedWords = typeof explainShared;
