/** The tutor's Chinese words: topology. */
import type { TopologyWords } from '../en/topology.ts';

export const topology: TopologyWords = {
  host: '宿主机',
  unnamed: '(无名)',
  noInterfaces: '(没有网卡)',
  up: '启用',
  noCarrier: '启用但无载波',
  down: '关闭',
  vethPair: 'veth 对',
  changed: '刚刚变化',
  tooNarrow: (min) => `拓扑图已隐藏：终端至少需要 ${min} 列宽。`,
};
