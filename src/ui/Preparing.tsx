/** Shown while the lab is made fresh for another lesson. */
import { Text } from 'ink';
import type { Lang } from '../i18n/lang.ts';
import { messages } from '../i18n/messages.ts';
import { SPINNER, useTicker } from './use-ticker.ts';

export function Preparing({ title, lang, color }: { readonly title: string; readonly lang: Lang; readonly color: boolean }) {
  const tick = useTicker(true);
  return (
    <Text>
      <Text color={color ? 'cyan' : undefined}>{SPINNER[tick % SPINNER.length]}</Text> {messages(lang).preparingLesson(title)}
    </Text>
  );
}
