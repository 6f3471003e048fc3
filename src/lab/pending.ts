/**
 * A lab that is still starting, usable at once: every call waits until it is
 * ready. The shell shows the lesson and takes keys while the lab starts;
 * the session's first effect (building the lab) simply waits here.
 */
import type { Lab } from './lab.ts';

export function pendingLab(opening: Promise<Lab>, mode: Lab['mode']): Lab {
  let ready: Lab | null = null;
  void opening.then((l) => { ready = l; }, () => {});
  return {
    mode,
    get rootless() { return ready?.rootless ?? false; },
    get prefix() { return ready?.prefix ?? []; },
    run: async (pipeline, o) => (await opening).run(pipeline, o),
    probe: async () => (await opening).probe(),
    ping: async (ns, addr) => (await opening).ping(ns, addr),
    fileExists: async (path) => (await opening).fileExists(path),
    reset: async () => (await opening).reset(),
    ensureService: async (spec) => (await opening).ensureService(spec),
    // A lab that never opened has nothing to remove.
    close: async () => {
      const lab = await opening.catch(() => null);
      await lab?.close();
    },
  };
}
