/** The transcript's items as terminal text, without Ink: <Transcript> shows them, and so does the first paint. Pure. */
import type { Lang } from '../i18n/lang.ts';
import { entryText } from '../render/entry-text.ts';
import type { Entry } from '../session/model.ts';

/** A line the tutor says outside any lesson's transcript (host mode, a progress file moved aside). */
export type Notice = { readonly kind: 'notice'; readonly text: string };
export type TranscriptItem = Entry | Notice;

/** The terminal text of one item. */
export function itemText(item: TranscriptItem, o: { lang: Lang; color: boolean; width: number }): string {
  if (item.kind === 'notice') return o.color ? `\x1b[33m${item.text}\x1b[0m` : item.text;
  // An empty line of output is still a line.
  return entryText(item, o) || ' ';
}
