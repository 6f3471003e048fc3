/** The tutor's Chinese words: practice (challenge steps, predictions, the recap, and their counts). */
import type { PracticeWords } from '../en/practice.ts';

export const practice: PracticeWords = {
  challengeOpens: (hintsAfter) => `挑战：请自己想办法完成。/check 只告诉你目标是否达成；在这一步运行 ${hintsAfter} 条命令之后，/hint 才会给出提示。`,
  hintsLocked: (more) => `这是挑战，暂时没有提示：请先在这一步再运行 ${more} 条命令，之后 /hint 才会给出提示。`,
  goalHolds: '目标已达成。',
  goalNotYet: '还没有：目标尚未达成。',
  answerHint: (n) => `输入 1–${n} 作答`,
  answerFirst: (n) => `请先回答问题：输入 1 到 ${n} 之间的数字。（/skip 跳过这一步，/help 列出其他命令。）`,
  answered: (n) => `你的答案是 ${n}。`,
  chose: (n, right) => (right ? `你选了 ${n}：答对了。` : `你选了 ${n}：实际情况并非如此。`),
  runToSee: '现在运行这一步的命令，亲眼看看结果。',
  reveal: (n, text, predicted) => `输出表明正确答案是 ${n}：${text}${predicted === true ? '（和你预测的一样）' : predicted === false ? '（和你预测的不同）' : ''}`,
  recapTitle: '本课学到的命令',
  progressPractice: (challenges, noHints, predictions, right) => `    解决挑战 ${challenges} 个（其中 ${noHints} 个没用提示）· 预测答对 ${right}/${predictions}`,
  reportChallenges: '挑战（无提示）',
  reportPredictions: '预测答对',
};
