/**
 * The full-screen shell: the transcript (one <Static> for the whole run),
 * then the picker, a lab being prepared, or the lesson's live part.
 */
import { Box, useApp } from 'ink';
import { useMemo } from 'react';
import { shellLayout, MAX_TEXT_WIDTH } from './layout.ts';
import { LessonView } from './LessonView.tsx';
import { Picker } from './Picker.tsx';
import { pickerRows } from './picker-rows.ts';
import { Preparing } from './Preparing.tsx';
import { Transcript, type TranscriptItem } from './Transcript.tsx';
import { KeysContext, useKeyRouter } from './use-keys.ts';
import { useSession } from './use-session.ts';
import { useShell, type ShellDeps } from './use-shell.ts';
import { useTerminalSize } from './use-terminal-size.ts';

export type AppProps = { readonly deps: ShellDeps };

export function App({ deps }: AppProps) {
  const { exit } = useApp();
  const shell = useShell(deps, exit);
  const screen = shell.screen;
  const session = screen.kind === 'lesson' ? screen.session : null;
  const state = useSession(session);
  const size = useTerminalSize();
  const layout = state
    ? shellLayout({ ...size, showTopology: state.showTopology, hasSnapshot: state.snapshot !== null })
    : shellLayout({ ...size, showTopology: false, hasSnapshot: false });
  const items = useMemo((): TranscriptItem[] => [...shell.archive, ...(state?.entries ?? [])], [shell.archive, state?.entries]);
  const lang = state?.lang ?? (screen.kind === 'picker' ? screen.lang : screen.lesson.lang);
  // While a lab is made fresh no screen holds the keyboard: Ctrl-C leaves (progress is saved).
  const keys = useKeyRouter((input, key) => { if (key.ctrl && input === 'c') exit(); });

  return (
    <KeysContext.Provider value={keys}>
      <Box flexDirection="column">
        <Transcript items={items} width={layout.textWidth} lang={lang} color={deps.color} />
        {screen.kind === 'picker' && (
          <Picker
            rows={pickerRows(deps.lessons(screen.lang), deps.progress())}
            lang={screen.lang}
            current={screen.back?.screen.lesson.id ?? null}
            onPick={shell.pick}
            onQuit={exit}
            onBack={screen.back ? shell.back : undefined}
            notices={screen.error ? [screen.error] : []}
            width={Math.min(size.columns, MAX_TEXT_WIDTH)}
            color={deps.color}
          />
        )}
        {screen.kind === 'preparing' && <Preparing title={screen.lesson.title} lang={screen.lesson.lang} color={deps.color} />}
        {screen.kind === 'lesson' && state && (
          <LessonView key={screen.id} session={screen.session} state={state} layout={layout} history={deps.history} color={deps.color} />
        )}
      </Box>
    </KeysContext.Provider>
  );
}
