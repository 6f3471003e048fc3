/** The tutor's English words: the classroom server and its pages. */
export const serve = {
  // The server's own lines (the contract's two URL lines are not words: they stay as they are in every language).
  mode: {
    owner: (user: string) => `Labs: each in its own user namespace owned by ${user}, so root inside a lab is ${user} outside.`,
    rootOnly: (why: string) => `Labs: run as root without a user namespace (${why}). Learners are still kept apart by their own namespaces.`,
    rootless: 'Labs: in user namespaces of the account running the server.',
  },
  listening: (learners: number) => `Up to ${learners} learners. Ctrl-C stops the server; progress is kept.`,
  stopping: 'Stopping: saving progress and closing every lab…',
  portInUse: (port: number) => `Port ${port} is already in use.`,
  portInUseHint: 'Pick another with --port N, or --port 0 for any free port.',
  /** `why`: the system's reason. */
  cannotListen: (bind: string, port: number, why: string) => `Cannot listen on ${bind}:${port}: ${why}`,
  // On a learner's screen.
  tooManyCommands: (perSecond: number) => `netns-tutor serve: too many commands at once (this classroom allows ${perSecond} per second). Wait a moment and run it again.`,
  tooManyLinks: (max: number) => `netns-tutor serve: this lab already has ${max} interfaces, the most this classroom allows. Delete some (ip link delete NAME) or /reset for a fresh lab.`,
  tooManyNamespaces: (max: number) => `netns-tutor serve: this classroom allows ${max} namespaces per lab. Delete one (ip netns delete NAME) or /reset for a fresh lab.`,
  lineTooLong: (max: number) => `netns-tutor serve: that line is longer than ${max} characters.`,
  // The page.
  page: {
    /** The page's language, as HTML names it (<html lang>). */
    htmlLang: 'en',
    title: 'netns-tutor',
    askName: 'Your name, as your teacher will see it:',
    start: 'Start',
    nameRule: 'Use 1–32 letters or digits (any language), with . _ - inside: no spaces, no slashes.',
    connecting: 'Connecting…',
    reconnecting: 'Connection lost: reconnecting…',
    ended: 'The tutor has ended. Reload the page to start again: your progress is kept.',
    classFull: 'The class is full: ask your teacher to raise --max-learners.',
    nameTaken: 'That name is in use by someone else in this class: choose another.',
    badName: 'That name cannot be used.',
    forbidden: 'This link is not valid for this class: ask your teacher for the learners\' link.',
    elsewhere: 'This session was opened in another tab or window.',
    idle: 'Your lab was closed after a long pause. Reload to go on where you left off: your progress is kept.',
    gone: 'The server has stopped. Your progress is kept.',
  },
  teacher: {
    title: 'netns-tutor: the class',
    learner: 'learner',
    now: 'now',
    onStep: 'on this step',
    online: 'online',
    away: 'away',
    lessons: 'lessons',
    none: 'No learner has joined yet. Give learners this link:',
    updated: (time: string) => `updated ${time}`,
  },
};

export type ServeWords = typeof serve;
