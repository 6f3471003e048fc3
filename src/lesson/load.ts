/**
 * Finding and reading lesson files: the lessons shipped with the tutor, extra
 * directories given with --lessons, single files. The only part of lessons
 * that touches the file system.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { usageError } from '../errors.ts';
import type { Lang } from '../i18n/lang.ts';
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

/** Every `.md` file under a directory (two levels: `DIR/*.md` and `DIR/<lang>/*.md`), or the file itself. */
export function findLessonFiles(path: string): string[] {
  const st = statSync(path, { throwIfNoEntry: false });
  if (!st) throw usageError(`No such file or directory: ${path}`);
  if (st.isFile()) return [path];
  const out: string[] = [];
  const walk = (dir: string, depth: number) => {
    for (const name of readdirSync(dir).sort()) {
      const p = join(dir, name);
      const s = statSync(p, { throwIfNoEntry: false });
      if (s?.isDirectory() && depth < 2) walk(p, depth + 1);
      else if (s?.isFile() && name.endsWith('.md') && !/^readme\.md$/i.test(name)) out.push(p);
    }
  };
  walk(path, 0);
  return out;
}

/** Reads and parses files, naming each relative to the working directory as compilers do. */
export function readLessonFiles(files: readonly string[]): LintedFile[] {
  return files.map((f) => {
    const shown = relative(process.cwd(), resolve(f)) || f;
    let text: string;
    try {
      text = readFileSync(f, 'utf8');
    } catch (e) {
      return { file: shown, result: { lesson: null, diagnostics: [{ file: shown, line: 1, col: 1, severity: 'error' as const, message: `cannot read: ${(e as Error).message}` }] } };
    }
    return { file: shown, result: parseLesson(text, shown) };
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
    if (!existsSync(ref)) throw usageError(`No such lesson file: ${ref}`);
    if (!f!.result.lesson) {
      const first = f!.result.diagnostics.find((d) => d.severity === 'error');
      throw usageError(`${ref} is not a valid lesson${first ? `: ${first.line}:${first.col}: ${first.message}` : ''}`, `Run \`netns-tutor lint ${ref}\` to see every problem.`);
    }
    return f!.result.lesson;
  }
  const all = loadAllLessons(extraDirs);
  const hit = all.find((l) => l.id === ref && l.lang === lang) ?? all.find((l) => l.id === ref);
  if (!hit) {
    const ids = [...new Set(all.map((l) => l.id))].join(', ');
    throw usageError(`Unknown lesson: ${ref}`, `Known lessons: ${ids || '(none)'}. Run \`netns-tutor list\`.`);
  }
  return hit;
}

/** Lessons in one language, ordered by file name (their NN- prefix). */
export function lessonsInLang(all: readonly Lesson[], lang: Lang): Lesson[] {
  const ids = [...new Set(all.map((l) => l.id))];
  return ids.flatMap((id) => {
    const l = all.find((x) => x.id === id && x.lang === lang) ?? all.find((x) => x.id === id);
    return l ? [l] : [];
  });
}
