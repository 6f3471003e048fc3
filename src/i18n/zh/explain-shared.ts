/** The tutor's Chinese words: explain-shared. */
import type { ExplainSharedWords } from '../en/explain-shared.ts';

export const explainShared: ExplainSharedWords = {
  nsUnnamed: '一个没有名字的命名空间',
  nsHost: '主机',
  inHost: '主机上',
  inNs: (ns: string) => `${ns} 中`,
  atHost: '在主机上',
  atNs: (ns: string) => `在 ${ns} 中`,

  listComma: '、',
  listAnd: ' 和 ',
};
