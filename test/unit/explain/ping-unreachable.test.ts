/** `ping: connect: Network is unreachable` comes before ping's header: the note reads the target from the command line. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { explainOutput } from '../../../src/explain/index.ts';
import { LANGS } from '../../../src/i18n/lang.ts';
import { capture, outputOf } from './fixtures.ts';

/** The note on the `connect: …` part of the first line. */
function connectNote(argv: readonly string[] | null, output: string, lang: 'en' | 'zh'): string {
  const e = explainOutput(argv, output, lang);
  assert.equal(e?.family, 'ping');
  const a = e.annotations.find((x) => x.line === 0 && output.slice(x.start, x.end).startsWith('connect: '));
  assert.ok(a, `a note on the connect error (${lang})`);
  return a.note;
}

test('an address elsewhere without a route: the note names it and does not blame lo', () => {
  const c = capture('ping-no-route');
  assert.match(c.argv.join(' '), /ping -c 1 10\.1\.1\.1$/);
  for (const lang of LANGS) {
    const note = connectNote(c.argv, outputOf(c), lang);
    assert.ok(note.includes('10.1.1.1'), `${lang}: ${note}`);
    assert.doesNotMatch(note, /\blo\b|127\.0\.0\.1/, `${lang}: lo has nothing to do with 10.1.1.1: ${note}`);
  }
  assert.match(connectNote(c.argv, outputOf(c), 'en'), /no interface that is up has an address in its subnet, and there is no default route/);
  assert.match(connectNote(c.argv, outputOf(c), 'zh'), /没有默认路由/);
});

test('127.0.0.1, in English and in the article\'s Chinese: the note still says lo is down', () => {
  for (const name of ['ping-unreachable', 'ping-unreachable-zh']) {
    const c = capture(name);
    for (const lang of LANGS) assert.match(connectNote(c.argv, outputOf(c), lang), lang === 'en' ? /lo is down/ : /lo 是关闭的/);
  }
});

test('without a command line the target is unknown, and the note stays general', () => {
  const note = connectNote(null, 'ping: connect: Network is unreachable\n', 'en');
  assert.match(note, /^no route to this address/);
});
