/**
 * The two kinds of error. A TutorError is something the user can act on: it says
 * what happened and what to do next, and carries the exit code. Anything else is
 * a bug, reported in one short line with a path to the log, never a stack trace.
 */
import type { Lang } from './i18n/lang.ts';
import { words, type Words } from './i18n/words.ts';

export const EXIT = {
  ok: 0,
  failed: 1,
  usage: 2,
  environment: 3,
} as const;

export type ExitCode = (typeof EXIT)[keyof typeof EXIT];

/** The same error in Chinese: the message and, when there is one, what to do next. */
export type InChinese = { readonly message: string; readonly hint?: string | null };

export class TutorError extends Error {
  /** What to do next, shown under the message. */
  readonly hint: string | null;
  readonly exitCode: ExitCode;
  /** The Chinese text, shown when the tutor speaks Chinese; null: English only. */
  readonly zh: InChinese | null;
  constructor(message: string, opts: { hint?: string | null; exitCode?: ExitCode; zh?: InChinese | null } = {}) {
    super(message);
    this.name = 'TutorError';
    this.hint = opts.hint ?? null;
    this.exitCode = opts.exitCode ?? EXIT.failed;
    this.zh = opts.zh ?? null;
  }

  /** The message and hint in a language (English when there is no Chinese text). */
  said(lang: 'en' | 'zh'): { message: string; hint: string | null } {
    return lang === 'zh' && this.zh ? { message: this.zh.message, hint: this.zh.hint ?? null } : { message: this.message, hint: this.hint };
  }
}

export function usageError(message: string, hint?: string, zh?: InChinese): TutorError {
  return new TutorError(message, {
    hint: hint ?? words('en').cli.usageHint,
    exitCode: EXIT.usage,
    zh: zh ? { message: zh.message, hint: zh.hint ?? words('zh').cli.usageHint } : null,
  });
}

export function environmentError(message: string, hint?: string, zh?: InChinese): TutorError {
  return new TutorError(message, {
    hint: hint ?? words('en').cli.environmentHint,
    exitCode: EXIT.environment,
    zh: zh ? { message: zh.message, hint: zh.hint ?? words('zh').cli.environmentHint } : null,
  });
}

/** An error's texts from the catalogue: the message and, when there is one, what to do next, in a language's words. */
export type Say = (w: Words, lang: Lang) => readonly [message: string, hint?: string];

/** A usage error in the tutor's words (`say` gives its texts in each language). */
export function usageErrorSaid(say: Say): TutorError {
  const [en, enHint] = say(words('en'), 'en');
  const [zh, zhHint] = say(words('zh'), 'zh');
  return usageError(en, enHint, { message: zh, hint: zhHint });
}

/** An environment error in the tutor's words (`say` gives its texts in each language). */
export function environmentErrorSaid(say: Say): TutorError {
  const [en, enHint] = say(words('en'), 'en');
  const [zh, zhHint] = say(words('zh'), 'zh');
  return environmentError(en, enHint, { message: zh, hint: zhHint });
}
