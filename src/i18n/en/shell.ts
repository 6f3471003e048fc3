/** The tutor's English words: shell (the lesson screen, plain mode and the messages around a session). */
export const shell = {
  // Where the learner is, and hints.
  stepOf: (i: number, n: number) => `step ${i} of ${n}`,
  passed: (title: string) => `✓ ${title}`,
  noMoreHints: 'No more hints for this step. /check shows what is still missing; /skip moves on.',
  noHints: 'This step has no hints. /check shows what is still missing.',
  hintN: (i: number, n: number) => `Hint ${i}/${n}`,
  // /check: what the kernel shows for the step.
  checkHeader: 'What the kernel shows for this step:',
  checkAllOk: 'Everything this step asks for holds.',
  checkNone: 'This step has no checks: it passes once you have run its commands.',
  needsCommands: (cmds: string) => `Still to run: ${cmds}`,
  // Moving between steps: /skip, /back, /reset, resuming, replays.
  skipped: (title: string) => `Skipped "${title}": its commands were run for you so the lab matches the next step.`,
  back: (title: string) => `Back to "${title}": the lab was rebuilt to the state before it.`,
  atFirstStep: 'This is the first step already.',
  resetting: 'Fresh lab: replaying the earlier steps…',
  resetDone: (n: number) => (n ? `Lab rebuilt (${n} command${n === 1 ? '' : 's'} replayed).` : 'Fresh, empty lab.'),
  replayLine: (cmd: string) => `  ↻ ${cmd}`,
  setupLine: (cmd: string) => `  · ${cmd}`,
  resumed: (i: number, n: number) => `Resuming at step ${i} of ${n}.`,
  learnerReplayHeader: 'What you changed in this step before you left, replayed:',
  learnerReplayDone: (n: number, of: number) => (n === of ? `The lab is as you left it (${n} of your command${n === 1 ? '' : 's'} replayed).` : `${n} of your ${of} commands replayed; the lab is without the rest.`),
  notReplayed: (line: string, why: string) => `Not replayed: ${line} (${why}). The lab is without what it did; run it again if you need it.`,
  // A step that cannot go on as the lab stands.
  /** The learner is ahead: a later step is already done, and this one needs the lab as it was before. */
  ahead: (step: number, title: string, need: string) =>
    `You are ahead of this step: the lab already has what step ${step}, "${title}", does, and this step needs the lab as it was before that. The kernel shows: ${need}. Type /reset to rebuild the lab as it was when this step began, or /skip to move on.`,
  /** The state this step needs is gone, and its own commands do not bring it back. */
  cannotHappen: (need: string) =>
    `This step cannot happen as written any more: it needs the lab as it was when the step began, and its own commands do not bring that back. The kernel shows: ${need}. Type /reset to rebuild the lab as it was when this step began, or /skip to move on.`,
  // /explain.
  noExplain: 'Nothing to explain yet: run a command first.',
  explainNothing: 'The tutor does not recognise this output well enough to annotate it.',
  // Running commands.
  unknownMeta: (cmd: string, list: string) => `Unknown command ${cmd}. The tutor's commands: ${list}`,
  busy: 'A command is still running: Ctrl-C stops it.',
  ctrlCAgain: 'Press Ctrl-C again (or type /quit) to leave. Your progress is saved.',
  interrupted: 'Stopped.',
  outputCapped: 'Stopped: the command printed more than 1 MiB of output.',
  timedOut: (s: number) => `Stopped after ${s} s (the time limit).`,
  stdinEnded: 'Input ended before the lesson was complete; progress is saved.',
  preparing: 'Preparing the lab…',
  checking: 'Reading the kernel\'s state…',
  runningFor: (secs: number) => `${secs} s · Ctrl-C stops it`,
  queued: (n: number) => `${n} more line${n === 1 ? '' : 's'} queued: ${n === 1 ? 'it runs' : 'they run'} next`,
  // The end of a lesson.
  complete: (title: string) => `Lesson complete: ${title}`,
  summary: (time: string, hints: number, attempts: number, skipped: number) =>
    `Time ${time} · hints used ${hints} · commands run ${attempts}${skipped ? ` · steps skipped ${skipped}` : ''}`,
  nextOffer: (title: string) => `Next: "${title}". Press Enter to start it, or /quit to leave.`,
  allDone: 'That was the last lesson. /lessons to pick one again, /quit to leave.',
  // The topology panel.
  topologyOn: 'Topology panel shown.',
  topologyOff: 'Topology panel hidden.',
  topologyNarrow: 'The terminal is too narrow for the topology panel (it needs 60 columns).',
  topologyShort: 'The terminal is too short for the topology panel.',
  topologyClipped: (n: number) => `… ${n} more line${n === 1 ? '' : 's'}: a taller terminal shows ${n === 1 ? 'it' : 'them'}, /topology hides the panel`,
  topologyTooNarrow: (n: number) => `Topology hidden: it needs ${n} columns.`,
  // The lab and the progress file.
  hostMode: '⚠ --host: commands run on the REAL host network stack. What this session creates is deleted when it ends.',
  labError: (m: string) => `The lab failed: ${m}`,
  progressWarning: (m: string) => `Progress could not be saved (${m}). The session goes on, but steps you finish now may not be remembered next time: free some disk space or make that directory writable; XDG_STATE_HOME chooses another directory.`,
  /** A corrupt file (`….corrupt-…`), or one of which only parts could be read (`….partial-…`, with the places left out). */
  progressMovedAside: (p: string, dropped: readonly string[] = []) => (dropped.length || partialAside(p)
    ? `Parts of the progress file could not be read${dropped.length ? ` (${places(dropped)})` : ''}; they were left out and the rest was kept. The original file was moved aside to ${p}.`
    : `The progress file was unreadable and was moved aside to ${p}; starting fresh.`),
  lastLessonGone: (id: string, instead: string) => `Your last lesson, ${id}, can no longer be found (its file was moved, removed or broken; check --lessons). Starting ${instead} instead.`,
  // The prompt and /help.
  prompt: '$ ',
  promptHint: 'Type a command, or /help',
  helpTitle: 'Commands',
  help: [
    ['Enter', 'run the command in the lab'],
    ['↑ / ↓', 'previous / next command'],
    ['Tab', 'complete commands, namespace and interface names'],
    ['Ctrl-C', 'stop a running command; twice at the prompt to leave'],
    ['/hint', 'the next hint for this step'],
    ['/check', 'what is still missing, read from the kernel'],
    ['/explain', 'the last output, annotated, and the command word by word'],
    ['/skip', 'run this step for me and move on'],
    ['/back', 'go back one step (the lab is rebuilt)'],
    ['/reset', 'a fresh lab, replayed to this step'],
    ['/topology', 'show or hide the topology panel'],
    ['/lessons', 'pick another lesson'],
    ['/quit', 'leave (progress is saved)'],
  ] as [string, string][],
  notes: 'note',
  // The lesson picker.
  pickerTitle: 'Pick a lesson',
  pickerHelp: '↑/↓ to move, Enter to start, q to quit',
  pickerHelpBack: '↑/↓ to move, Enter to start, Esc to go back, q to quit',
  pickerSteps: (done: number, n: number) => `${done}/${n}`,
  pickerDone: 'done',
  pickerEmpty: 'No lessons found in this language.',
  lessonDone: 'complete',
  // Durations (formatDuration in i18n/messages.ts): `4 min 05 s`, or `5 s` under a minute.
  minutesSeconds: (m: number, s: string) => `${m} min ${s} s`,
  seconds: (s: number) => `${s} s`,
  stepSetupHeader: 'This step begins with the lab set up as it needs:',
  serviceFailed: (name: string, ns: string, why: string) => `The lesson's service ${name} could not start in ${ns}: ${why}`,
};

export type ShellWords = typeof shell;

/** Whether a moved-aside progress file is one that was read in part (see progress/store.ts). */
export function partialAside(p: string): boolean {
  return /\.partial-[^/]*$/.test(p);
}

/** The first few places of a progress file that were left out, then how many more. */
export function places(dropped: readonly string[]): string {
  const shown = dropped.slice(0, 3).join(', ');
  return dropped.length > 3 ? `${shown}, +${dropped.length - 3}` : shown;
}
