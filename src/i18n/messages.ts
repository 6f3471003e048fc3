/** The tutor's own words in the shell, in English and Chinese. */
import type { Lang } from './lang.ts';

const en = {
  stepOf: (i: number, n: number) => `step ${i} of ${n}`,
  passed: (title: string) => `✓ ${title}`,
  noMoreHints: 'No more hints for this step. /check shows what is still missing; /skip moves on.',
  noHints: 'This step has no hints. /check shows what is still missing.',
  hintN: (i: number, n: number) => `Hint ${i}/${n}`,
  checkHeader: 'What the kernel shows for this step:',
  checkAllOk: 'Everything this step asks for holds.',
  checkNone: 'This step has no checks: it passes once you have run its commands.',
  needsCommands: (cmds: string) => `Still to run: ${cmds}`,
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
  noExplain: 'Nothing to explain yet: run a command first.',
  explainNothing: 'The tutor does not recognise this output well enough to annotate it.',
  unknownMeta: (cmd: string, list: string) => `Unknown command ${cmd}. The tutor's commands: ${list}`,
  busy: 'A command is still running: Ctrl-C stops it.',
  ctrlCAgain: 'Press Ctrl-C again (or type /quit) to leave. Your progress is saved.',
  interrupted: 'Stopped.',
  outputCapped: 'Stopped: the command printed more than 1 MiB of output.',
  timedOut: (s: number) => `Stopped after ${s} s (the time limit).`,
  complete: (title: string) => `Lesson complete: ${title}`,
  summary: (time: string, hints: number, attempts: number, skipped: number) =>
    `Time ${time} · hints used ${hints} · commands run ${attempts}${skipped ? ` · steps skipped ${skipped}` : ''}`,
  nextOffer: (title: string) => `Next: "${title}". Press Enter to start it, or /quit to leave.`,
  allDone: 'That was the last lesson. /lessons to pick one again, /quit to leave.',
  topologyOn: 'Topology panel shown.',
  topologyOff: 'Topology panel hidden.',
  topologyNarrow: 'The terminal is too narrow for the topology panel (it needs 60 columns).',
  hostMode: '⚠ --host: commands run on the REAL host network stack. What this session creates is deleted when it ends.',
  labError: (m: string) => `The lab failed: ${m}`,
  progressWarning: (m: string) => `Progress could not be saved (${m}). The session goes on, but steps you finish now may not be remembered next time: free some disk space or make that directory writable; XDG_STATE_HOME chooses another directory.`,
  /** A corrupt file (`….corrupt-…`), or one of which only parts could be read (`….partial-…`, with the places left out). */
  progressMovedAside: (p: string, dropped: readonly string[] = []) => (dropped.length || partialAside(p)
    ? `Parts of the progress file could not be read${dropped.length ? ` (${places(dropped)})` : ''}; they were left out and the rest was kept. The original file was moved aside to ${p}.`
    : `The progress file was unreadable and was moved aside to ${p}; starting fresh.`),
  lastLessonGone: (id: string, instead: string) => `Your last lesson, ${id}, can no longer be found (its file was moved, removed or broken; check --lessons). Starting ${instead} instead.`,
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
  pickerTitle: 'Pick a lesson',
  pickerHelp: '↑/↓ to move, Enter to start, q to quit',
  pickerSteps: (done: number, n: number) => `${done}/${n}`,
  pickerDone: 'done',
  notes: 'note',
  stdinEnded: 'Input ended before the lesson was complete; progress is saved.',
  preparing: 'Preparing the lab…',
  checking: 'Reading the kernel\'s state…',
  runningFor: (secs: number) => `${secs} s · Ctrl-C stops it`,
  queued: (n: number) => `${n} more line${n === 1 ? '' : 's'} queued: ${n === 1 ? 'it runs' : 'they run'} next`,
  topologyShort: 'The terminal is too short for the topology panel.',
  topologyClipped: (n: number) => `… ${n} more line${n === 1 ? '' : 's'}: a taller terminal shows ${n === 1 ? 'it' : 'them'}, /topology hides the panel`,
  pickerHelpBack: '↑/↓ to move, Enter to start, Esc to go back, q to quit',
  pickerEmpty: 'No lessons found in this language.',
  lessonDone: 'complete',
  topologyTooNarrow: (n: number) => `Topology hidden: it needs ${n} columns.`,
  /** The learner is ahead: a later step is already done, and this one needs the lab as it was before. */
  ahead: (step: number, title: string, need: string) =>
    `You are ahead of this step: the lab already has what step ${step}, "${title}", does, and this step needs the lab as it was before that. The kernel shows: ${need}. Type /reset to rebuild the lab as it was when this step began, or /skip to move on.`,
  /** The state this step needs is gone, and its own commands do not bring it back. */
  cannotHappen: (need: string) =>
    `This step cannot happen as written any more: it needs the lab as it was when the step began, and its own commands do not bring that back. The kernel shows: ${need}. Type /reset to rebuild the lab as it was when this step began, or /skip to move on.`,
};

export type Messages = typeof en;

/** Whether a moved-aside progress file is one that was read in part (see progress/store.ts). */
function partialAside(p: string): boolean {
  return /\.partial-[^/]*$/.test(p);
}

/** The first few places of a progress file that were left out, then how many more. */
function places(dropped: readonly string[]): string {
  const shown = dropped.slice(0, 3).join(', ');
  return dropped.length > 3 ? `${shown}, +${dropped.length - 3}` : shown;
}

const zh: Messages = {
  stepOf: (i, n) => `第 ${i} 步，共 ${n} 步`,
  passed: (title) => `✓ ${title}`,
  noMoreHints: '这一步没有更多提示了。/check 查看还缺什么；/skip 跳过这一步。',
  noHints: '这一步没有提示。/check 查看还缺什么。',
  hintN: (i, n) => `提示 ${i}/${n}`,
  checkHeader: '内核中与这一步相关的状态：',
  checkAllOk: '这一步要求的状态都已满足。',
  checkNone: '这一步没有检查项：运行它的命令即可通过。',
  needsCommands: (cmds) => `还需要运行：${cmds}`,
  skipped: (title) => `已跳过“${title}”：导师替你运行了这一步的命令，实验环境与下一步保持一致。`,
  back: (title) => `回到“${title}”：实验环境已重建到这一步之前的状态。`,
  atFirstStep: '已经是第一步了。',
  resetting: '新的实验环境：正在重放前面的步骤……',
  resetDone: (n) => (n ? `实验环境已重建（重放了 ${n} 条命令）。` : '全新的空实验环境。'),
  replayLine: (cmd) => `  ↻ ${cmd}`,
  setupLine: (cmd) => `  · ${cmd}`,
  resumed: (i, n) => `从第 ${i} 步继续（共 ${n} 步）。`,
  learnerReplayHeader: '重放你离开前在这一步所做的改动：',
  learnerReplayDone: (n, of) => (n === of ? `实验环境已恢复到你离开时的样子（重放了你的 ${n} 条命令）。` : `重放了你的 ${of} 条命令中的 ${n} 条；其余的效果不在实验环境中。`),
  notReplayed: (line, why) => `未能重放：${line}（${why}）。实验环境中没有它的效果；如有需要请再运行一次。`,
  noExplain: '还没有可以解释的输出：先运行一条命令吧。',
  explainNothing: '导师认不出这段输出，无法逐项注解。',
  unknownMeta: (cmd, list) => `没有 ${cmd} 这个命令。导师的命令有：${list}`,
  busy: '还有命令在运行：按 Ctrl-C 停止它。',
  ctrlCAgain: '再按一次 Ctrl-C（或输入 /quit）退出。进度已保存。',
  interrupted: '已停止。',
  outputCapped: '已停止：这条命令的输出超过了 1 MiB。',
  timedOut: (s) => `运行超过 ${s} 秒（时间上限），已停止。`,
  complete: (title) => `本课完成：${title}`,
  summary: (time, hints, attempts, skipped) => `用时 ${time} · 使用提示 ${hints} 次 · 运行命令 ${attempts} 条${skipped ? ` · 跳过 ${skipped} 步` : ''}`,
  nextOffer: (title) => `下一课：“${title}”。按回车开始，或输入 /quit 退出。`,
  allDone: '这是最后一课了。/lessons 重新选课，/quit 退出。',
  topologyOn: '已显示拓扑面板。',
  topologyOff: '已隐藏拓扑面板。',
  topologyNarrow: '终端太窄，放不下拓扑面板（至少需要 60 列）。',
  hostMode: '⚠ --host：命令运行在宿主机真实的网络栈上。本次会话创建的东西会在结束时删除。',
  labError: (m) => `实验环境出错：${m}`,
  progressWarning: (m) => `进度没能保存（${m}）。学习可以继续，但现在完成的步骤下次可能不会被记住：请腾出磁盘空间或让该目录可写；也可以用 XDG_STATE_HOME 指定另一个目录。`,
  progressMovedAside: (p, dropped = []) => (dropped.length || partialAside(p)
    ? `进度文件有部分内容无法读取${dropped.length ? `（${places(dropped)}）` : ''}，这部分已略去，其余保留。原文件已移到 ${p}。`
    : `进度文件无法读取，已移到 ${p}；从头开始记录。`),
  lastLessonGone: (id, instead) => `找不到你上次学习的课程 ${id} 了（它的文件被移走、删除或损坏；请检查 --lessons）。改为开始 ${instead}。`,
  prompt: '$ ',
  promptHint: '输入命令，或 /help',
  helpTitle: '命令',
  help: [
    ['回车', '在实验环境中运行命令'],
    ['↑ / ↓', '上一条 / 下一条命令'],
    ['Tab', '补全命令、命名空间和网卡名'],
    ['Ctrl-C', '停止正在运行的命令；在提示符处连按两次退出'],
    ['/hint', '这一步的下一条提示'],
    ['/check', '从内核读取状态，看看还缺什么'],
    ['/explain', '逐项注解上一次的输出，并逐词解释命令'],
    ['/skip', '替我完成这一步并继续'],
    ['/back', '退回上一步（会重建实验环境）'],
    ['/reset', '新的实验环境，并重放到当前步骤'],
    ['/topology', '显示或隐藏拓扑面板'],
    ['/lessons', '选择其他课程'],
    ['/quit', '退出（进度已保存）'],
  ],
  pickerTitle: '选择课程',
  pickerHelp: '↑/↓ 移动，回车开始，q 退出',
  pickerSteps: (done, n) => `${done}/${n}`,
  pickerDone: '已完成',
  notes: '提示',
  stdinEnded: '输入在课程完成前结束了；进度已保存。',
  preparing: '正在准备实验环境……',
  checking: '正在读取内核状态……',
  runningFor: (secs) => `${secs} 秒 · Ctrl-C 停止`,
  queued: (n) => `还有 ${n} 行在排队：当前命令结束后依次运行`,
  topologyShort: '终端太矮，放不下拓扑面板。',
  topologyClipped: (n) => `……还有 ${n} 行：把终端拉高即可看到，/topology 可隐藏面板`,
  pickerHelpBack: '↑/↓ 移动，回车开始，Esc 返回，q 退出',
  pickerEmpty: '这种语言下没有找到课程。',
  lessonDone: '已完成',
  topologyTooNarrow: (n) => `拓扑面板已隐藏：需要 ${n} 列宽。`,
  ahead: (step, title, need) =>
    `你已经走到这一步前面了：实验环境里已经有第 ${step} 步“${title}”做的改动，而这一步需要的是那之前的样子。内核显示：${need}。输入 /reset 把实验环境重建成这一步开始时的样子，或输入 /skip 继续下一步。`,
  cannotHappen: (need) =>
    `这一步已经没法照原样进行了：它需要实验环境保持这一步开始时的样子，而这一步自己的命令改不回来。内核显示：${need}。输入 /reset 把实验环境重建成这一步开始时的样子，或输入 /skip 继续下一步。`,
};

export function messages(lang: Lang): Messages {
  return lang === 'zh' ? zh : en;
}

/** A duration as the summary shows it: `4 min 05 s` / `4 分 05 秒`. */
export function formatDuration(ms: number, lang: Lang): string {
  const s = Number.isFinite(ms) ? Math.max(0, Math.round(ms / 1000)) : 0;
  const m = Math.floor(s / 60);
  const r = String(s % 60).padStart(2, '0');
  return lang === 'zh' ? (m ? `${m} 分 ${r} 秒` : `${s % 60} 秒`) : m ? `${m} min ${r} s` : `${s % 60} s`;
}
