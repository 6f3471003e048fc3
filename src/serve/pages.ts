/** The two pages' HTML: a shell the page scripts fill. No inline script or style (the policy forbids them). Pure. */
import type { Lang } from '../i18n/lang.ts';
import { words } from '../i18n/words.ts';

const escape = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

function page(lang: Lang, title: string, script: string, body: string): string {
  return `<!doctype html>
<html lang="${words(lang).serve.page.htmlLang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="no-referrer">
<title>${escape(title)}</title>
<link rel="stylesheet" href="/assets/page.css">
<script type="module" src="/assets/${script}"></script>
</head>
<body>
${body}
</body>
</html>
`;
}

export function learnerPage(lang: Lang): string {
  const w = words(lang).serve.page;
  return page(lang, w.title, 'learner.js', `<main id="learner" data-lang="${lang}">
<form id="join" hidden>
<label for="name">${escape(w.askName)}</label>
<input id="name" name="name" autocomplete="name" maxlength="32" required>
<button type="submit">${escape(w.start)}</button>
<p class="rule">${escape(w.nameRule)}</p>
</form>
<div id="status" role="status" aria-live="polite"></div>
<div id="terminal"></div>
</main>`);
}

export function teacherPage(lang: Lang): string {
  const w = words(lang).serve.teacher;
  return page(lang, w.title, 'teacher.js', `<main id="teacher" data-lang="${lang}">
<h1>${escape(w.title)}</h1>
<p id="updated"></p>
<div id="table"></div>
</main>`);
}
