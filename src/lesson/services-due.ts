/**
 * Which of a lesson's background services should be running: those whose
 * step has come (`from`), in a namespace that exists now. Pure; the driver
 * starts them (lab/services.ts keeps one of each).
 */
import type { Lesson, Service } from './model.ts';
import type { Snapshot } from '../model/snapshot.ts';

export function servicesDue(lesson: Lesson, stepIndex: number, snapshot: Snapshot | null): Service[] {
  if (!snapshot) return [];
  const names = new Set(snapshot.namespaces.map((n) => n.name));
  return lesson.services.filter((s) => s.from <= stepIndex + 1 && names.has(s.in));
}
