/**
 * Reading a check line word by word with 1-based columns, the parse error
 * that carries a column, and "did you mean" worded for a parse error, in the
 * language of the reader's words (the `lint` part of the catalogue). Pure.
 */
import type { LintCheckWords } from '../i18n/en/lint-check.ts';
import { words } from '../i18n/words.ts';
import { didYouMean } from '../text/did-you-mean.ts';

/** A word of the line and its 1-based column. */
export type Word = { readonly text: string; readonly col: number };

/** A parse error on its way out of the recursive reading. */
export class Fail {
  constructor(readonly col: number, readonly message: string) {}
}

/** Reads a check line word by word, keeping columns. */
export class Reader {
  private pos = 0;
  private start = -1;
  private lastEnd = 0;
  /** `say`: the words of its parse errors. */
  constructor(private readonly text: string, private readonly base: number, readonly say: LintCheckWords = words('en').lint) {}

  private skipSpace(): void {
    while (this.pos < this.text.length && /\s/.test(this.text[this.pos]!)) this.pos++;
  }
  peek(): Word | null {
    const save = this.pos;
    this.skipSpace();
    let end = this.pos;
    while (end < this.text.length && !/\s/.test(this.text[end]!)) end++;
    const w = end > this.pos ? { text: this.text.slice(this.pos, end), col: this.base + this.pos } : null;
    this.pos = save;
    return w;
  }
  next(): Word | null {
    const w = this.peek();
    if (w === null) return null;
    if (this.start < 0) this.start = w.col - this.base;
    this.pos = this.lastEnd = w.col - this.base + w.text.length;
    return w;
  }
  /** The next word, or an error saying that `what` was expected there. */
  need(what: string): Word {
    const w = this.next();
    if (w !== null) return w;
    const so = this.source();
    throw new Fail(this.endCol(), so === '' ? this.say.expected(what) : this.say.expectedAtEnd(what, so));
  }
  /** The next word, which must be one of `alts`. */
  keyword(alts: readonly string[], what: string, aliases: Readonly<Record<string, string>> = {}): string {
    const w = this.need(what);
    if (alts.includes(w.text)) return w.text;
    throw new Fail(w.col, this.say.expectedFound(what, this.sourceBefore(w), w.text, this.suggest(w.text, alts, aliases)));
  }
  end(): void {
    const w = this.peek();
    if (w !== null) throw new Fail(w.col, this.say.unexpected(w.text, this.source()));
  }
  /** What was read so far. */
  source(): string {
    return this.start < 0 ? '' : this.text.slice(this.start, this.lastEnd);
  }
  /** What was read before the word `w`. */
  sourceBefore(w: Word): string {
    return this.start < 0 ? '' : this.text.slice(this.start, w.col - this.base).trimEnd();
  }
  /** Column just past the last character. */
  endCol(): number {
    return this.base + this.text.trimEnd().length;
  }
  /** The rest of the line, unsplit, without consuming it. */
  rest(): Word | null {
    const save = this.pos;
    this.skipSpace();
    const w = this.pos < this.text.length ? { text: this.text.slice(this.pos).trimEnd(), col: this.base + this.pos } : null;
    this.pos = save;
    return w;
  }
  skipAll(): void {
    this.pos = this.text.length;
  }
  /** The rest of the line read as one shell command's words: quotes and backslashes, no operators. */
  shellWords(): Word[] {
    const s = this.text;
    const words: Word[] = [];
    let cur: Word | null = null;
    const add = (ch: string, at: number) => { cur = cur === null ? { text: ch, col: this.base + at } : { text: cur.text + ch, col: cur.col }; };
    for (let i = this.pos; i < s.length; i++) {
      const ch = s[i]!;
      if (/\s/.test(ch)) {
        if (cur !== null) words.push(cur);
        cur = null;
      } else if (ch === "'") {
        const close = s.indexOf("'", i + 1);
        if (close < 0) throw new Fail(this.base + i, this.say.singleQuoteOpen);
        add(s.slice(i + 1, close), i);
        i = close;
      } else if (ch === '"') {
        const open = i;
        let t = '';
        for (i++; i < s.length && s[i] !== '"'; i++) {
          if (s[i] === '\\' && i + 1 < s.length && '"\\$`'.includes(s[i + 1]!)) i++;
          t += s[i];
        }
        if (i >= s.length) throw new Fail(this.base + open, this.say.doubleQuoteOpen);
        add(t, open);
      } else if (ch === '\\') {
        if (i + 1 >= s.length) throw new Fail(this.base + i, this.say.trailingBackslash);
        add(s[i + 1]!, i);
        i++;
      } else if ('|;&<>()`'.includes(ch) || (ch === '$' && s[i + 1] === '(')) {
        const op = ch === '$' ? '$(' : ch;
        throw new Fail(this.base + i, this.say.ranOperator(op));
      } else add(ch, i);
    }
    if (cur !== null) words.push(cur);
    this.skipAll();
    return words;
  }
  /** ` (did you mean \`X\`?)` when `word` is close to one of `candidates` or an alias of one; else ''. */
  suggest(word: string, candidates: readonly string[], aliases: Readonly<Record<string, string>> = {}): string {
    const best = didYouMean(word, candidates, aliases);
    return best === null ? '' : this.say.didYouMean(best);
  }
}
