/**
 * The tutor's English words: practice, what the lesson format adds to a
 * session: challenge steps, predictions and the recap (session/practice.ts,
 * render/entry-text.ts), and their counts in `progress` and `report`.
 */
const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

export const practice = {
  // A challenge step.
  /** Said when a challenge step begins. */
  challengeOpens: (hintsAfter: number) =>
    `Challenge: work it out yourself. /check says only whether the goal holds; /hint helps after you have run ${plural(hintsAfter, 'command')} in this step.`,
  /** /hint before the learner has run enough commands; `more`: how many are still to run. */
  hintsLocked: (more: number) => `No hints yet: this is a challenge. Run ${plural(more, 'more command', 'more commands')} in this step first, then /hint helps.`,
  goalHolds: 'The goal holds.',
  goalNotYet: 'Not yet: the goal does not hold.',
  // A prediction.
  /** Under the choices, and as the prompt's placeholder while the question waits. */
  answerHint: (n: number) => `Type 1–${n} to answer`,
  /** Anything but an answer while the question waits. */
  answerFirst: (n: number) => `Answer the question first: type a number from 1 to ${n}. (/skip skips the step, /help lists the other commands.)`,
  /** The question shown again after it was answered (a reset, or back to the step). */
  answered: (n: number) => `You answered ${n}.`,
  chose: (n: number, right: boolean) => (right ? `You chose ${n}: that is right.` : `You chose ${n}: that is not what happens.`),
  runToSee: 'Now run the step\'s command and see for yourself.',
  /** When the step passes: the choice the output showed right; `predicted`: whether the learner had it (null: not answered). */
  reveal: (n: number, text: string, predicted: boolean | null) =>
    `The output showed answer ${n} was right: ${text}${predicted === true ? ' (as you predicted)' : predicted === false ? ' (you predicted otherwise)' : ''}`,
  // The recap, when the lesson is complete.
  recapTitle: 'What this lesson taught',
  // Their counts: `netns-tutor progress` (a line under the lesson's) and `netns-tutor report` (two columns).
  progressPractice: (challenges: number, noHints: number, predictions: number, right: number) =>
    `    challenges solved ${challenges} (${noHints} without hints) · predictions right ${right}/${predictions}`,
  reportChallenges: 'challenges (no hints)',
  reportPredictions: 'predictions right',
};

export type PracticeWords = typeof practice;
