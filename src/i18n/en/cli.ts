/** The tutor's English words: cli (the subcommands' own messages, errors and their hints). */
export const cli = {
  // What to do next, under an error that has no hint of its own (errors.ts).
  usageHint: 'Run `netns-tutor --help` for the commands and options.',
  environmentHint: 'Run `netns-tutor doctor` to see what is missing and how to fix it.',
  // Finding lessons (lesson/load.ts).
  cannotRead: (path: string, why: string) => `Cannot read ${path}: ${why}`,
  noSuchPath: (path: string) => `No such file or directory: ${path}`,
  noSuchLessonFile: (ref: string) => `No such lesson file: ${ref}`,
  /** `at`: `: LINE:COL: MESSAGE` of the first error, or ''. */
  notALesson: (ref: string, at: string) => `${ref} is not a valid lesson${at}`,
  lintIt: (ref: string) => `Run \`netns-tutor lint ${ref}\` to see every problem.`,
  unknownLesson: (ref: string) => `Unknown lesson: ${ref}`,
  knownLessons: (ids: string) => `Known lessons: ${ids || '(none)'}. Run \`netns-tutor list\`.`,
  noLessonsDir: (dir: string) => `--lessons ${dir}: no such directory.`,
  /** A file in a --lessons directory that does not parse; `at`: `LINE:COL: MESSAGE` of its first error. */
  brokenLesson: (file: string, at: string) => `${file} is not a valid lesson (${at}); \`netns-tutor lint ${file}\` shows every problem.`,
  // netns-tutor progress.
  progressCleared: (id: string) => `Progress for ${id} cleared.`,
  allProgressCleared: 'All progress cleared.',
  noProgress: 'No progress yet. Run netns-tutor to start the first lesson.',
  /** One lesson's line under its title; `completedAt`: when it was completed, or null. */
  progressLine: (done: number, steps: number, time: string, hints: number, attempts: number, completedAt: string | null) =>
    `    ${done}/${steps} steps · ${time} · ${hints} hints · ${attempts} commands${completedAt ? ` · completed ${completedAt}` : ''}`,
  // netns-tutor explain.
  explainNothing: 'Nothing recognised: explain knows the output of ip addr/link, ip netns list, ls /var/run/netns, ping, ip route, ip route get, ip neigh, bridge link and bridge fdb, and the errors of ip and ping (give the command with --command for a closer explanation of an error).',
};

export type CliWords = typeof cli;
