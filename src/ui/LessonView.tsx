/**
 * One lesson's live part, under the transcript: the live area, the topology
 * panel (beside, below, or a one-line note), the header with the progress
 * bar, and the prompt. Wiring only: the session, the prompt and the layout
 * are hooks and pure modules.
 */
import { Box, Text } from 'ink';
import { useCallback } from 'react';
import { messages } from '../i18n/messages.ts';
import { words } from '../i18n/words.ts';
import type { Action, SessionState } from '../session/model.ts';
import { awaitingAnswer } from '../session/practice.ts';
import { Header } from './Header.tsx';
import { NARROW_COLUMNS, type ShellLayout } from './layout.ts';
import { LiveArea } from './LiveArea.tsx';
import { Prompt } from './Prompt.tsx';
import { TopologyPanel } from './TopologyPanel.tsx';
import { usePrompt, type HistoryStore } from './use-prompt.ts';
import { isBusy, useRunning } from './use-running.ts';
import type { SessionLike } from './use-session.ts';

export type LessonViewProps = {
  readonly session: SessionLike;
  /** The session's state, as the shell last read it. */
  readonly state: SessionState;
  readonly layout: ShellLayout;
  readonly history: HistoryStore;
  readonly color: boolean;
};

export function LessonView({ session, state, layout, history, color }: LessonViewProps) {
  const dispatch = useCallback((a: Action) => session.dispatch(a), [session]);
  const prompt = usePrompt({ state, dispatch, history });
  const run = useRunning(state);
  const m = messages(state.lang);
  const width = layout.textWidth;
  const shown = layout.placement === 'side' || layout.placement === 'below';
  // Keyed by placement: Ink does not update a mounted box's border sides (its top rule would be drawn over its first line).
  const panel = state.snapshot && shown
    ? <TopologyPanel key={layout.placement} snapshot={state.snapshot} previous={state.previous} layout={layout} lang={state.lang} color={color} />
    : null;
  // A predict step's question waits for its answer: the prompt says how to give it.
  const question = awaitingAnswer(state);
  const placeholder = question ? words(state.lang).practice.answerHint(question.choices.length) : undefined;
  const note = layout.placement === 'narrow' ? m.topologyTooNarrow(NARROW_COLUMNS) : layout.placement === 'short' ? m.topologyShort : null;
  const live = <LiveArea state={state} run={run} width={width} color={color} />;
  const bottom = (
    <>
      <Header state={state} width={width} color={color} />
      <Prompt prompt={prompt} lang={state.lang} busy={isBusy(state)} width={width} color={color} placeholder={placeholder} />
    </>
  );
  // Leaving: the screen the learner goes back to ends with where the lesson stands.
  if (state.quitting) return <Header state={state} width={width} color={color} />;
  if (layout.placement === 'side') {
    return (
      <Box flexDirection="row">
        <Box flexDirection="column" width={width} justifyContent="flex-end">
          {live}
          {bottom}
        </Box>
        {panel}
      </Box>
    );
  }
  return (
    <Box flexDirection="column">
      {live}
      {panel}
      {note !== null && <Text dimColor wrap="truncate-end">{note}</Text>}
      {bottom}
    </Box>
  );
}
