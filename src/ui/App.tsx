/**
 * The full-screen shell: the transcript (one <Static> for the whole run),
 * then the picker or the lesson's live part.
 */
import { Box, measureElement, useApp, useStdout, type DOMElement } from 'ink';
import { useMemo, useRef } from 'react';
import { shellLayout, MAX_TEXT_WIDTH } from './layout.ts';
import { LessonView } from './LessonView.tsx';
import { Picker } from './Picker.tsx';
import { pickerRows } from './picker-rows.ts';
import { needsRedraw, redrawText } from './redraw.ts';
import { itemText, Transcript, type TranscriptItem } from './Transcript.tsx';
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
  const { stdout } = useStdout();
  const root = useRef<DOMElement>(null);
  // A narrower terminal: the transcript again at the new width, on a screen cleared of the old frame (redraw.ts).
  const size = useTerminalSize((before, after) => {
    const frameRows = root.current ? measureElement(root.current).height : 0;
    if (!needsRedraw(before, after, frameRows)) return;
    const width = shellLayout({ ...after, showTopology: state?.showTopology ?? false, hasSnapshot: (state?.snapshot ?? null) !== null }).textWidth;
    const all = [...shell.archive, ...(state?.entries ?? [])];
    stdout.write(redrawText(all.map((item) => itemText(item, { lang, color: deps.color, width })).join('\n'), frameRows));
  });
  const layout = state
    ? shellLayout({ ...size, showTopology: state.showTopology, hasSnapshot: state.snapshot !== null })
    : shellLayout({ ...size, showTopology: false, hasSnapshot: false });
  const painted = deps.painted ?? 0;
  const items = useMemo((): TranscriptItem[] => [...shell.archive, ...(state?.entries ?? [])].slice(painted), [shell.archive, state?.entries, painted]);
  const lang = state?.lang ?? (screen.kind === 'picker' ? screen.lang : screen.lesson.lang);
  // Should no screen hold the keyboard (the last frame, when leaving), Ctrl-C still leaves.
  const keys = useKeyRouter((input, key) => { if (key.ctrl && input === 'c') exit(); });

  return (
    <KeysContext.Provider value={keys}>
      <Box ref={root} flexDirection="column">
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
        {screen.kind === 'lesson' && state && (
          <LessonView key={screen.id} session={screen.session} state={state} layout={layout} history={deps.history} color={deps.color} />
        )}
      </Box>
    </KeysContext.Provider>
  );
}
