/** The few words the picture says, in each language. */
import type { Lang } from '../i18n/lang.ts';

/** Narrower than this, the picture is replaced by a one-line note. */
export const MIN_WIDTH = 40;

/** The picture's words in one language. */
export type Words = {
  /** Title of the lab's root namespace box. */
  readonly host: string;
  /** Title of the box holding veth ends whose namespace has no name. */
  readonly unnamed: string;
  /** Shown in a namespace without interfaces. */
  readonly noInterfaces: string;
  /** Legend: administratively up and running. */
  readonly up: string;
  /** Legend: up, but the other end (or every port) is down. */
  readonly noCarrier: string;
  /** Legend: administratively down. */
  readonly down: string;
  /** Legend: the connector between the two ends of a veth pair. */
  readonly vethPair: string;
  /** Legend: the mark in front of what the last command changed. */
  readonly changed: string;
  /** The note shown instead of the picture on a narrow terminal. */
  readonly tooNarrow: string;
};

const EN: Words = {
  host: 'host',
  unnamed: '(no name)',
  noInterfaces: '(no interfaces)',
  up: 'up',
  noCarrier: 'up, no carrier',
  down: 'down',
  vethPair: 'veth pair',
  changed: 'just changed',
  tooNarrow: `Topology hidden: it needs a terminal at least ${MIN_WIDTH} columns wide.`,
};

const ZH: Words = {
  host: '宿主机',
  unnamed: '(无名)',
  noInterfaces: '(没有网卡)',
  up: '启用',
  noCarrier: '启用但无载波',
  down: '关闭',
  vethPair: 'veth 对',
  changed: '刚刚变化',
  tooNarrow: `拓扑图已隐藏：终端至少需要 ${MIN_WIDTH} 列宽。`,
};

/** The words for a language. */
export function wordsFor(lang: Lang): Words {
  return lang === 'zh' ? ZH : EN;
}
