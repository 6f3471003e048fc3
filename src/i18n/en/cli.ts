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
  // A bug in the tutor (cli.ts), after "netns-tutor: "; `where`: the log file.
  internalError: (said: string, where: string) => `internal error: ${said}. This is a bug in the tutor; details are in ${where}`,
  // Options with a bad value (cli/args.ts).
  badWidth: (given: string, max: number) => `--width ${given}: give the number of columns, a whole number from 1 to ${max}`,
  notAWholeNumber: (opt: string, given: string, min: number, max: number) => `--${opt} ${given}: give a whole number from ${min} to ${max}`,
  badSecret: (opt: string) => `--${opt}: use 4 to 128 letters, digits, - or _`,
  badBind: (bind: string) => `--bind ${bind}: give an address of this machine, e.g. 127.0.0.1 or 0.0.0.0`,
  // netns-tutor --help (cli/help.ts).
  help: `netns-tutor — learn Linux network namespaces by typing real commands in a throwaway lab

Usage:
  netns-tutor                          resume the last lesson, or open the lesson picker
  netns-tutor start <id|file.md>       start (or resume) one lesson
  netns-tutor list [--json]            lessons with progress
  netns-tutor lint <file|dir>...       check lesson files; prints file:line:col: message
  netns-tutor test [<id|file|dir>...]  prove every step fails before and passes after its commands
  netns-tutor explain [--command CMD]  explain command output, or an error message, read from stdin
  netns-tutor topology [--host] [--width N]  run commands from stdin in a fresh lab, then draw it
                                       no wider than N columns (default: $COLUMNS, else the terminal)
  netns-tutor serve [--port N] [--bind ADDR] [--class-code C] [--teacher-token T] [--max-learners N]
                                       the tutor in the browser for a class: one lab per learner,
                                       a live table for the teacher (prints both links)
  netns-tutor report DIR [--json|--csv]  class table from learners' --report-dir files
  netns-tutor doctor                   check this machine and say how to fix what is missing
  netns-tutor progress [--json] [--reset [id]]  what you have done

Options:
  --lang en|zh        language (default from LC_ALL, LC_MESSAGES, LANG)
  --lessons DIR       also load lessons from DIR (repeatable)
  --host              run on the real host network stack (root only; cleans up what it made)
  --plain             plain lines instead of the full screen (automatic when not a terminal)
  --no-color          no colours (also NO_COLOR=1)
  --report-dir DIR    also write your progress to DIR/<user>.json for a teacher
  -h, --help          this help
  -V, --version       the version

Examples:
  netns-tutor start netns-basics
  netns-tutor start veth-pair --lang zh
  printf 'ip netns add ns0\\n' | netns-tutor start netns-basics --plain
  netns-tutor lint lessons/ && netns-tutor test lessons/en/02-veth-pair.md
  ip addr | netns-tutor explain
  echo 'Cannot find device "veth7"' | netns-tutor explain --command 'ip link set veth7 up'
  printf 'ip netns add ns0\\n' | netns-tutor topology --width 60
  netns-tutor serve --bind 0.0.0.0 --port 8080 --report-dir /srv/class
  netns-tutor doctor

Exit codes: 0 ok, 1 a check/lint/test failed, 2 usage error or unknown lesson,
3 this machine cannot run a lab (see doctor).`,
};

export type CliWords = typeof cli;
