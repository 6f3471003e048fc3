// The lessons after the article end to end: the built CLI in tmux, each step's
// reference commands typed as a learner types them (a predict step answered at
// the prompt first), with the lessons' services, step setups and challenges.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { messages } from '../../src/i18n/messages.ts';
import { words } from '../../src/i18n/words.ts';
import { lesson, quit, shellSetup, stateHome, typeLesson } from './learner.ts';

const { skip, server, host } = await shellSetup();

for (const [id, lang, seen] of [
  ['nat', 'en', /you came from 203\.0\.113\.1/],
  ['publish', 'en', /hello from web in c1: you came from 203\.0\.113\.2/],
  ['containers-by-hand', 'en', /hello from web in ctr1/],
  ['fix-it', 'en', /0% packet loss/],
  ['nat', 'zh', /you came from 203\.0\.113\.1/],
] as const) {
  test(`the ${id} lesson typed command by command (${lang})`, { skip, timeout: 600_000 }, async () => {
    const pane = server.start(['start', id, '--lang', lang], { env: { XDG_STATE_HOME: stateHome() } });
    const l = lesson(id, lang);
    await pane.waitFor(l.title);
    await typeLesson(pane, l);
    const all = pane.history();
    assert.match(all, seen);
    assert.ok(all.includes(words(lang).practice.recapTitle), 'the recap is shown');
    assert.ok(all.includes(messages(lang).complete(l.title)), 'the lesson is complete');
    await quit(pane, host);
  });
}
