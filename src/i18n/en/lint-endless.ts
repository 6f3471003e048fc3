/** The tutor's English words: lint, commands that cannot end by themselves (lesson/endless.ts): why, and what to write instead. */
export const lintEndless = {
  ipMonitor: '`ip monitor` waits for events until it is stopped',
  ipMonitorFix: 'Show the state with a command that ends (`ip link`, `ip addr`, …); the step\'s text can invite learners to try `ip monitor` and stop it with Ctrl-C.',
  /** `bridge monitor`, `tc monitor`, `nft monitor`. */
  monitor: (program: string) => `\`${program} monitor\` waits for events until it is stopped`,
  monitorFix: (program: string) => `Show the state with a command that ends; the step's text can invite learners to try \`${program} monitor\` and stop it with Ctrl-C.`,
  /** `ping`, `ping6`, `arping` without a count. */
  ping: (program: string) => `\`${program}\` without \`-c\` or \`-w\` ${program === 'arping' ? 'sends requests' : 'pings'} until it is stopped`,
  pingFix: (program: string) => `Give it a count, e.g. \`${program} -c 3 …\` (the step's text can tell learners that they may leave \`-c\` out and stop it with Ctrl-C).`,
  tcpdump: '`tcpdump` without `-c` captures until it is stopped',
  tcpdumpFix: 'Give it a count, e.g. `tcpdump -c 5 …`.',
  cat: (device: string) => `reading \`${device}\` never ends`,
  /** A device that prints without pause (/dev/zero). */
  catContinuousFix: 'Read a regular file, or take a few bytes with `| head -c 16`.',
  /** A device that waits for more (/dev/kmsg). */
  catWaitingFix: 'Read a regular file instead.',
  tail: '`tail -f` follows the file until it is stopped',
  tailFix: 'Leave out `-f`.',
  ss: '`ss -E` waits for socket events until it is stopped',
  ssFix: 'Leave out `-E`.',
  ethtool: '`ethtool --monitor` waits for events until it is stopped',
  ethtoolFix: 'Show the setting with a command that ends.',
  yes: '`yes` prints until it is stopped',
  yesFix: 'Pipe it into `head`.',
  watch: '`watch` repeats its command until it is stopped',
  watchFix: 'Run the command once.',
  sleep: '`sleep infinity` never ends',
  sleepFix: 'Leave it out.',
};

export type LintEndlessWords = typeof lintEndless;
