/** The tutor's Chinese words: lint, assembled like en/lint.ts. */
import type { LintWords } from '../en/lint.ts';
import { lintCheck } from './lint-check.ts';
import { lintEndless } from './lint-endless.ts';
import { lintFormat } from './lint-format.ts';
import { lintLesson } from './lint-lesson.ts';

export const lint: LintWords = {
  ...lintLesson,
  ...lintCheck,
  ...lintFormat,
  endless: lintEndless,
  refused: (why) => `实验环境会拒绝这条命令：${why}`,
  endlessCommand: (why, seconds, fix) => `这条命令不会自行结束：${why}，所以 \`netns-tutor test\` 会在 ${seconds} 秒后停止它，并判这一步失败。${fix}`,
  noHint: (title) => `步骤“${title}”没有 \`hint\` 块：学习者输入 /hint 时什么也得不到。请加上一两条，先轻轻点拨，再给出命令`,
  notInstalled: (program) => `\`${program}\`（列在 requires 中）没有安装在这台机器上；课程里用到它的命令在这里会失败`,
  fileNameForm: (name, id) => `文件名 \`${name}\` 应为 \`NN-${id}.md\`（先是表示顺序的数字，然后是 id）`,
  fileNameId: (named, id) => `文件名写的是 \`${named}\`，但 id 是 \`${id}\`；请让两者一致，这样各种语言的课程才能对应起来`,
  dirLang: (dir, lang) => `文件在 \`${dir}/\` 下，却写着 \`lang: ${lang}\``,
  duplicateId: (id, first, lang) => `id \`${id}\` 在语言 ${lang} 中已被 ${first} 使用`,
  stepCount: (lang, steps, refLang, refFile, refSteps) =>
    `这个 ${lang} 课程有 ${steps} 个步骤，而 ${refLang} 版（${refFile}）有 ${refSteps} 个；同一课程的各种语言版本需要相同的步骤`,
  stepShape: (step, what, refLang, refFile) =>
    `第 ${step} 步与 ${refLang} 版（${refFile}）不一致：${{
      challenge: '一个语言版本里是挑战，另一个里不是',
      'hints-after': '提示在不同数量的命令之后才开放',
      predict: '一个语言版本里要求预测，另一个里没有',
      answer: '选项数量或正确答案不同',
      setup: '准备实验环境的命令不同',
    }[what]}；学习进度和课堂报告对两种语言一视同仁`,
  cannotRead: (why) => `无法读取：${why}`,
  summary: (files, errors, warnings) => `检查了 ${files} 个文件：${errors} 个错误，${warnings} 个警告`,
};
