/** The tutor's Chinese words: lint, the lesson format's `step` and `predict` blocks, `recap:` and `services:`. */
import type { LintFormatWords } from '../en/lint-format.ts';

const not = (given: string) => (given ? `，而不是 \`${given}\`` : '，但这里是空的');
const list = (keys: readonly string[]) => keys.map((k) => `\`${k}\``).join('、');

export const lintFormat: LintFormatWords = {
  blockYaml: (where, message) => `\`${where}\` 块有误：${message}`,
  blockNotMap: (where, keys) => `\`${where}\` 块应由 \`key: value\` 形式的行组成（${list(keys)}）`,
  unknownKey: (where, key, known) => `\`${where}\` 中有未知的键 \`${key}\`（已知的键：${list(known)}）`,
  missingKey: (where, key) => `\`${where}\` 缺少 \`${key}:\``,
  entryMissingKey: (where, n, key) => `\`${where}\` 的第 ${n} 项缺少 \`${key}:\``,
  entryNotMap: (where, n, keys) => `\`${where}\` 的第 ${n} 项必须是包含 ${list(keys)} 的映射`,
  notText: (key, given) => `\`${key}\` 必须是文本${not(given)}`,
  notList: (key, keys) => `\`${key}\` 必须是列表，每一项包含 ${list(keys)}`,
  secondBlock: (where) => `一个步骤只能有一个 \`${where}\` 块；这一块会被忽略`,
  challengeNotBoolean: (given) => `\`challenge\` 必须是 \`true\` 或 \`false\`${not(given)}`,
  hintsAfterBad: (given) => `\`hints-after\` 必须是正整数（学习者在这一步运行多少条命令之后 /hint 才给提示）${not(given)}`,
  hintsAfterUnused: '没有 `challenge: true` 时，`hints-after` 不起作用',
  challengeNoCheck: (title) => `挑战步骤“${title}”没有 \`check\` 块：只有照原样输入参考命令才能通过。请写上判断目标是否达成的检查`,
  choicesCount: (n) => `\`predict\` 块需要 2 到 6 个选项，而不是 ${n} 个`,
  answerNotNumber: (given) => `\`answer\` 必须是正确选项的编号（1、2……）${not(given)}`,
  answerOutOfRange: (answer, n) => `\`answer: ${answer}\` 不是其中的选项：一共有 ${n} 个，编号从 1 到 ${n}`,
  serviceBadName: (name) => `服务名 \`${name}\` 只能包含小写字母、数字和 \`-\``,
  serviceBadNetns: (given) => `\`in\` 必须是命名空间的名字（即 /run/netns 下的文件名：不含 \`/\` 和引号，不能是 \`.\` 或 \`..\`，最多 255 字节）${not(given)}`,
  serviceBadPort: (given) => `\`http\` 必须是 TCP 端口，即 1 到 65535 之间的整数${not(given)}`,
  serviceBadFrom: (given, steps) => `\`from\` 必须是本课的步骤编号，从 1 到 ${steps}${not(given)}`,
  serviceDuplicate: (name, line) => `服务 \`${name}\` 已在第 ${line} 行定义过`,
};
