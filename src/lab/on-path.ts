/** Whether a program can be started by name: an executable file in one of PATH's directories. */
import { accessSync, constants, statSync } from 'node:fs';
import { delimiter, join } from 'node:path';

/**
 * The file `program` names: the first executable file of that name in PATH's
 * directories, which is what the lab's exec finds; null when there is none. A
 * shell's builtins and functions do not count (`command -v echo` succeeds
 * without /bin/echo; nsenter cannot run it).
 */
export function programPath(program: string, env: NodeJS.ProcessEnv = process.env): string | null {
  for (const dir of (env.PATH ?? '').split(delimiter)) {
    if (!dir) continue;
    const p = join(dir, program);
    try {
      accessSync(p, constants.X_OK);
      if (statSync(p).isFile()) return p;
    } catch { /* not here */ }
  }
  return null;
}

/** Whether `program` is an executable file in one of PATH's directories. */
export function onPath(program: string, env: NodeJS.ProcessEnv = process.env): boolean {
  return programPath(program, env) !== null;
}
