/** What the tutor says when it will not run a line, or adjusted it first: the `policy` part of the catalogue. Pure. */
import type { Lang } from '../i18n/lang.ts';
import { words } from '../i18n/words.ts';
import { FILTERS, LAB_TOOLS, type CommandNote, type Refusal } from './command.ts';

const tools = (extra: readonly string[]) => [...new Set([...LAB_TOOLS, ...extra])].join(', ');

/** One or two friendly sentences: what was refused, why, and what to do instead. */
export function describeRefusal(r: Refusal, lang: Lang, extraTools: readonly string[] = []): string {
  const say = words(lang).policy;
  switch (r.kind) {
    case 'operator': return r.op === '(' || r.op === ')' ? say.parentheses : say.operator(r.op, FILTERS);
    case 'substitution': return say.substitution(r.what);
    case 'redirect': return say.redirect(r.op);
    case 'unbalanced-quote': return say.unbalancedQuote(r.quote);
    case 'glob': return say.glob(r.pattern);
    case 'program': return say.program(r.program, r.inner, r.nearest ? say.didYouMean(r.nearest) : '', tools(extraTools), FILTERS);
    case 'filter': return say.filter(r.program, FILTERS);
    case 'install': return say.install(r.manager, r.packages);
    case 'shell-builtin': return say.shellBuiltin(r.program);
    case 'sysctl-write': return say.sysctlWrite(r.key);
    case 'sysctl-load': return say.sysctlLoad;
    case 'option': return say.option(r.program, r.option, say.optionWhy[r.why]);
    case 'too-long': return say.tooLong(r.length);
    case 'control-chars': return say.controlChars;
    case 'not-utf8': return say.notUtf8;
  }
}

/** A short line about an adjustment made before running. */
export function describeNote(n: CommandNote, lang: Lang): string {
  const say = words(lang).policy;
  switch (n.kind) {
    case 'stripped-prompt': return say.strippedPrompt;
    case 'stripped-sudo': return say.strippedSudo;
    case 'stripped-comment': return say.strippedComment;
  }
}
