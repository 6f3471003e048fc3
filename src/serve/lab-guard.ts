/**
 * A learner's lab with the classroom's limits around it: commands per second,
 * the length of a line, interfaces per lab. A command over a limit does not
 * run; its result is the reason, on the learner's screen as any error is.
 * The namespace limit is the kernel's (lab/sandbox.ts): its error gets the
 * classroom's reason beside it.
 */
import type { Lab, LabRunOptions } from '../lab/lab.ts';
import type { RunResult } from '../model/run-result.ts';
import { allNamespaces } from '../model/snapshot.ts';
import type { Lang } from '../i18n/lang.ts';
import { words } from '../i18n/words.ts';
import { addsLink, TokenBucket, type Limits } from './limits.ts';

export function guardedLab(lab: Lab, limits: Limits, lang: () => Lang): Lab {
  const bucket = new TokenBucket(limits.commandsPerSecond, limits.commandBurst);
  // What the learner sees of a command is what it streams: a refusal is streamed as its error output would be.
  const refused = (pipeline: readonly (readonly string[])[], why: string, o?: LabRunOptions): RunResult => {
    o?.onOutput?.(`${why}\n`, 'stderr');
    return { argv: pipeline.map((a) => [...a]), exitCode: 1, signal: null, stdout: '', stderr: `${why}\n`, durationMs: 0, interrupted: false, timedOut: false };
  };
  return {
    get mode() { return lab.mode; },
    get rootless() { return lab.rootless; },
    get prefix() { return lab.prefix; },
    async run(pipeline, o) {
      const w = words(lang()).serve;
      if (pipeline.reduce((n, a) => n + a.join(' ').length, 0) > limits.maxLineChars) return refused(pipeline, w.lineTooLong(limits.maxLineChars), o);
      if (!bucket.take()) return refused(pipeline, w.tooManyCommands(limits.commandsPerSecond), o);
      if (addsLink(pipeline)) {
        const links = allNamespaces(await lab.probe()).reduce((n, ns) => n + ns.links.filter((l) => l.name !== 'lo').length, 0);
        if (links >= limits.maxLinks) return refused(pipeline, w.tooManyLinks(limits.maxLinks), o);
      }
      const r = await lab.run(pipeline, o);
      // The kernel's own refusal of one namespace too many reads "No space left on device": say which limit it is.
      if (r.exitCode !== 0 && /new network namespace .*No space left on device/.test(r.stderr)) {
        const note = `${w.tooManyNamespaces(limits.maxNamespaces)}\n`;
        o?.onOutput?.(note, 'stderr');
        return { ...r, stderr: `${r.stderr}${note}` };
      }
      return r;
    },
    probe: () => lab.probe(),
    ping: (ns, addr) => lab.ping(ns, addr),
    fileExists: (p) => lab.fileExists(p),
    reset: () => lab.reset(),
    ensureService: (spec) => lab.ensureService(spec),
    close: () => lab.close(),
  };
}
