/**
 * What a lesson taught, shown when it is complete: the recap its author wrote
 * (front matter `recap:`), or else every reference command of its steps, once
 * each, in order, with the title of the step that taught it as what it did.
 * Pure.
 */
import type { Lesson, RecapItem } from './model.ts';

export function lessonRecap(lesson: Lesson): RecapItem[] {
  if (lesson.recap) return [...lesson.recap];
  const seen = new Set<string>();
  const out: RecapItem[] = [];
  for (const step of lesson.steps) {
    for (const c of step.commands) {
      const key = c.text.trim().replace(/\s+/g, ' ');
      if (seen.has(key)) continue;
      seen.add(key);
      out.push({ command: key, meaning: step.title });
    }
  }
  return out;
}
