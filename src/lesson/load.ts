/**
 * Finding and reading lesson files: the lessons shipped with the tutor, extra
 * directories given with --lessons, single files. The only part of lessons
 * that touches the file system.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { usageError, type TutorError } from '../errors.ts';
import type { Lang } from '../i18n/lang.ts';
import type { CliWords } from '../i18n/en/cli.ts';
import { words } from '../i18n/words.ts';
import type { Lesson } from './model.ts';
import { parseLesson } from './parse.ts';
import type { LintedFile } from './lint.ts';

/** The lessons shipped with the tutor: `lessons/` beside `dist/` (built) or `src/` (development). */
export function builtinLessonsDir(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 4; i++) {
    const candidate = join(dir, 'lessons');
    if (existsSync(join(candidate, 'en'))) return candidate;
    dir = dirname(dir);
  }
  return join(dirname(fileURLToPath(import.meta.url)), 'lessons');
}

/**
 * The file of lesson `id` in a directory's language folder, told by its name
 * alone (`NN-<id>.md`); null when there is none or the folder cannot be read.
 */
export function lessonFileNamed(dir: string, lang: Lang, id: string): string | null {
  let names: string[];
  try { names = readdirSync(join(dir, lang)).sort(); } catch { return null; }
  const name = names.find((n) => /^\d+-/.test(n) && n.endsWith(`-${id}.md`));
  return name ? join(dir, lang, name) : null;
}

/** Whether a lesson reference names something on disk (a file or a directory) rather than a lesson id. */
export function isLessonPath(ref: string): boolean {
  return existsSync(ref);
}

/** Every `.md` file under a directory (two levels: `DIR/*.md` and `DIR/<lang>/*.md`), or the file itself. */
export function findLessonFiles(path: string): string[] {
  let st: ReturnType<typeof statSync>;
  try {
    st = statSync(path, { throwIfNoEntry: false });
  } catch (e) {
    const why = (e as NodeJS.ErrnoException).code ?? (e as Error).message;
    throw lessonError((say) => say.cannotRead(path, why));
  }
  if (!st) throw lessonError((say) => say.noSuchPath(path));
  if (st.isFile()) return [path];
  const out: string[] = [];
  // Entries that cannot be read (no permission, a symlink loop) are not lessons: skip them.
  const stat = (p: string) => { try { return statSync(p, { throwIfNoEntry: false }); } catch { return undefined; } };
  const list = (dir: string) => { try { return readdirSync(dir).sort(); } catch { return []; } };
  const walk = (dir: string, depth: number) => {
    for (const name of list(dir)) {
      const p = join(dir, name);
      const s = stat(p);
      if (s?.isDirectory() && depth < 2) walk(p, depth + 1);
      else if (s?.isFile() && name.endsWith('.md') && !/^readme\.md$/i.test(name)) out.push(p);
    }
  };
  walk(path, 0);
  return out;
}

/** Reads and parses files, naming each relative to the working directory as compilers do; problems are worded in `lang`. */
export function readLessonFiles(files: readonly string[], lang: Lang = 'en'): LintedFile[] {
  return files.map((f) => {
    const shown = relative(process.cwd(), resolve(f)) || f;
    let text: string;
    try {
      text = readFileSync(f, 'utf8');
    } catch (e) {
      return { file: shown, result: { lesson: null, diagnostics: [{ file: shown, line: 1, col: 1, severity: 'error' as const, message: words(lang).lint.cannotRead((e as Error).message) }] } };
    }
    return { file: shown, result: parseLesson(text, shown, lang) };
  });
}

/** Every usable lesson in the built-in directory and the extra ones. */
export function loadAllLessons(extraDirs: readonly string[] = []): Lesson[] {
  const dirs = [builtinLessonsDir(), ...extraDirs];
  const files = dirs.flatMap((d) => (existsSync(d) ? findLessonFiles(d) : []));
  return readLessonFiles(files).flatMap((f) => (f.result.lesson ? [f.result.lesson] : []));
}

/**
 * One lesson by id (in the wanted language, else any) or by file path.
 * Throws a usage error (exit 2) naming the known ids when there is none.
 */
export function resolveLesson(ref: string, lang: Lang, extraDirs: readonly string[] = []): Lesson {
  if (ref.endsWith('.md') || ref.includes('/')) {
    const [f] = readLessonFiles([ref]);
    if (!existsSync(ref)) throw lessonError((say) => say.noSuchLessonFile(ref));
    if (!f!.result.lesson) {
      const first = f!.result.diagnostics.find((d) => d.severity === 'error');
      const at = first ? `: ${first.line}:${first.col}: ${first.message}` : '';
      throw lessonError((say) => say.notALesson(ref, at), (say) => say.lintIt(ref));
    }
    return f!.result.lesson;
  }
  const all = loadAllLessons(extraDirs);
  const hit = all.find((l) => l.id === ref && l.lang === lang) ?? all.find((l) => l.id === ref);
  if (!hit) {
    const ids = [...new Set(all.map((l) => l.id))].join(', ');
    const why = whyNotFound(extraDirs);
    throw lessonError((say) => say.unknownLesson(ref), (say) => [...why.map((w) => w(say)), say.knownLessons(ids)].join('\n'));
  }
  return hit;
}

/** What may hide a lesson, worded in a language: a --lessons directory that is not there, a file that does not parse. */
function whyNotFound(extraDirs: readonly string[]): ((say: CliWords) => string)[] {
  const out: ((say: CliWords) => string)[] = [];
  for (const d of extraDirs) {
    if (!existsSync(d)) {
      out.push((say) => say.noLessonsDir(d));
      continue;
    }
    for (const f of readLessonFiles(findLessonFiles(d))) {
      const first = f.result.lesson ? undefined : f.result.diagnostics.find((x) => x.severity === 'error');
      if (!first) continue;
      const at = `${first.line}:${first.col}: ${first.message}`;
      out.push((say) => say.brokenLesson(f.file, at));
    }
  }
  return out;
}

/** The lesson with this id in a language, else in any language it has. */
export function lessonWithId(all: readonly Lesson[], id: string, lang: Lang): Lesson | undefined {
  return all.find((x) => x.id === id && x.lang === lang) ?? all.find((x) => x.id === id);
}

/** Lessons in one language, ordered by file name (their NN- prefix). */
export function lessonsInLang(all: readonly Lesson[], lang: Lang): Lesson[] {
  const ids = [...new Set(all.map((l) => l.id))];
  return ids.flatMap((id) => {
    const l = lessonWithId(all, id, lang);
    return l ? [l] : [];
  });
}

/** A usage error worded in English and in Chinese, from the catalogue (TutorError shows the one the tutor speaks). */
function lessonError(message: (say: CliWords) => string, hint?: (say: CliWords) => string): TutorError {
  const en = words('en').cli;
  const zh = words('zh').cli;
  return usageError(message(en), hint?.(en), { message: message(zh), hint: hint?.(zh) });
}
