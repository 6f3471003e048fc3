/** The tutor's Chinese words: lint, the shape of a lesson file. */
import type { LintLessonWords } from '../en/lint-lesson.ts';

/** How a YAML value that is not text reads. */
const KINDS: Readonly<Record<string, string>> = { null: '空值', object: '映射', number: '数字', boolean: '布尔值' };

export const lintLesson: LintLessonWords = {
  frontMatterUnclosed: 'front matter 以 `---` 开头，但没有结束它的 `---` 行',
  noFrontMatter: '课程要以 front matter 开头：先是一行 `---`，然后是 `id:`、`title:` 和 `lang:`，最后是 `---`',
  frontMatterYaml: (message) => `front matter 有误：${message}`,
  frontMatterNotMap: 'front matter 必须由 `key: value` 形式的行组成（id、title、lang 等）',
  missingField: (key) => `front matter 缺少 \`${key}:\``,
  fieldNotText: (key) => `\`${key}\` 必须是文本`,
  fieldNotList: (key) => `\`${key}\` 必须是列表，例如 \`${key}: [${key === 'setup' ? '"ip netns add ns0"' : 'ip, ping'}]\``,
  entryNotText: (key, n, kind) =>
    `\`${key}\` 的第 ${n} 项必须是文本${key === 'setup' ? '（一行命令；如果含有 `:` 或 `#`，请加上引号）' : ''}，而不是${Object.hasOwn(KINDS, kind) ? KINDS[kind] : ` ${kind}`}`,
  badId: (id) => `id \`${id}\` 只能包含小写字母、数字和 \`-\``,
  badLang: (lang, langs) => `不支持 lang \`${lang}\`；请使用以下之一：${langs.join('、')}`,
  summaryNotText: '`summary` 必须是一行文本',
  unknownField: (key, known) => `未知的 front matter 字段 \`${key}\`（已知的字段：${known.join('、')}）`,
  blockBeforeSteps: (info) => `第一个 \`## \` 步骤之前的 \`${info}\` 块不属于任何步骤；它会作为引言的一部分显示`,
  headingNoTitle: '步骤标题的 `## ` 后面需要写上标题',
  fenceUnclosed: (mark) => `这个代码块没有闭合：请在它的最后一行后面加一行 "${mark}"`,
  noSteps: '这个课程没有步骤：每个步骤以一个 `## ` 标题开始',
  secondExplain: '一个步骤只有一个 `explain` 块；这一块会并入第一块',
  unknownBlock: (info, near) => `未知的代码块 \`${info}\`：你是不是想写 \`${near}\`？它会按普通代码显示`,
  stepCannotPass: (title) => `步骤“${title}”既没有命令（\`sh\` 块）也没有 \`check\` 块，所以永远不会通过`,
};
