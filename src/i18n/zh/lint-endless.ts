/** The tutor's Chinese words: lint, commands that cannot end by themselves. */
import type { LintEndlessWords } from '../en/lint-endless.ts';

export const lintEndless: LintEndlessWords = {
  ipMonitor: '`ip monitor` 会一直等待事件，直到被停止',
  ipMonitorFix: '请用一条会结束的命令显示状态（`ip link`、`ip addr` 等）；步骤的正文可以请学习者试试 `ip monitor`，再用 Ctrl-C 停止它。',
  monitor: (program) => `\`${program} monitor\` 会一直等待事件，直到被停止`,
  monitorFix: (program) => `请用一条会结束的命令显示状态；步骤的正文可以请学习者试试 \`${program} monitor\`，再用 Ctrl-C 停止它。`,
  ping: (program) => (program === 'arping'
    ? `不带 \`-c\` 或 \`-w\` 的 \`${program}\` 会一直发送请求，直到被停止`
    : `不带 \`-c\` 或 \`-w\` 的 \`${program}\` 会一直 ping 下去，直到被停止`),
  pingFix: (program) => `请给出次数，例如 \`${program} -c 3 …\`（步骤的正文可以告诉学习者：可以省略 \`-c\`，再用 Ctrl-C 停止它）。`,
  tcpdump: '不带 `-c` 的 `tcpdump` 会一直抓包，直到被停止',
  tcpdumpFix: '请给出抓包个数，例如 `tcpdump -c 5 …`。',
  cat: (device) => `读取 \`${device}\` 永远不会结束`,
  catContinuousFix: '请读取普通文件，或者用 `| head -c 16` 只取几个字节。',
  catWaitingFix: '请改为读取普通文件。',
  tail: '`tail -f` 会一直跟踪文件，直到被停止',
  tailFix: '去掉 `-f`。',
  ss: '`ss -E` 会一直等待套接字事件，直到被停止',
  ssFix: '去掉 `-E`。',
  ethtool: '`ethtool --monitor` 会一直等待事件，直到被停止',
  ethtoolFix: '请用一条会结束的命令显示这项设置。',
  yes: '`yes` 会一直输出，直到被停止',
  yesFix: '用管道把它接到 `head`。',
  watch: '`watch` 会一直重复运行它的命令，直到被停止',
  watchFix: '只运行一次那条命令。',
  sleep: '`sleep infinity` 永远不会结束',
  sleepFix: '去掉它。',
};
