/**
 * `netns-tutor serve`: the tutor in the browser for a class. One lab and one
 * session per learner, the teacher's live table, progress on disk. Prints
 * the learners' and the teacher's links once it accepts connections; SIGINT
 * or SIGTERM save everyone's progress and close every lab. A SIGKILL leaves
 * nothing either: each lab ends with the server (lab/sandbox.ts).
 */
import { hostname } from 'node:os';
import { join } from 'node:path';
import chalk from 'chalk';
import { environmentErrorSaid, EXIT, type ExitCode } from '../errors.ts';
import { words } from '../i18n/words.ts';
import { chooseClassLabs } from '../lab/class-labs.ts';
import { requirePrograms } from '../lab/preflight.ts';
import { loadAllLessons } from '../lesson/load.ts';
import { stateDir } from '../progress/store.ts';
import { loadAssets } from '../serve/assets.ts';
import { Classroom } from '../serve/classroom.ts';
import { DEFAULT_LIMITS, type Limits } from '../serve/limits.ts';
import { randomCode } from '../serve/names.ts';
import { classroomServer } from '../serve/server.ts';
import type { Invocation } from './args.ts';

/** What labs may see of the server's environment: where programs are, and the language. */
const ENVIRONMENT_KEPT = ['PATH', 'LANG', 'LC_ALL', 'LC_MESSAGES', 'LC_CTYPE', 'TZ', 'TERM'];

function keepOnly(env: NodeJS.ProcessEnv, keep: readonly string[]): void {
  for (const k of Object.keys(env)) if (!keep.includes(k)) delete env[k];
}

/** The host part of a link: the address bound, or this machine's name when bound to every address. */
function linkHost(bind: string): string {
  if (bind === '0.0.0.0' || bind === '::' || bind === '[::]') return hostname();
  return bind.includes(':') && !bind.startsWith('[') ? `[${bind}]` : bind;
}

export async function serveCommand(inv: Invocation): Promise<ExitCode> {
  const o = inv.serve;
  const lang = inv.options.lang;
  const w = words(lang).serve;
  requirePrograms(false);
  const all = loadAllLessons(inv.options.lessonDirs);
  const assets = loadAssets();
  const limits: Limits = { ...DEFAULT_LIMITS, ...(o.maxLearners !== null ? { maxLearners: o.maxLearners } : {}) };
  const labs = await chooseClassLabs(limits.maxNamespaces);
  // The learners' screens are terminals with colour, whatever the server's own output is.
  chalk.level = 3;
  const classroom = new Classroom({ all, limits, stateDir: join(stateDir(), 'serve'), reportDir: inv.options.reportDir, lab: labs.options, lang });
  // Labs and learners' commands inherit the server's environment, and a learner can read it
  // (`cat /proc/1/environ`): keep only what the tools need, never a token or a credential.
  keepOnly(process.env, ENVIRONMENT_KEPT);
  const classCode = o.classCode ?? randomCode(9);
  const teacherToken = o.teacherToken ?? randomCode(18);
  const { server, sockets } = classroomServer({ classroom, assets, classCode, teacherToken, limits, lang });

  await new Promise<void>((resolve, reject) => {
    server.once('error', (e: NodeJS.ErrnoException) => reject(e.code === 'EADDRINUSE'
      ? environmentErrorSaid((w) => [w.serve.portInUse(o.port), w.serve.portInUseHint])
      : environmentErrorSaid((w) => [w.serve.cannotListen(o.bind, o.port, e.message)])));
    server.listen(o.port, o.bind, () => resolve());
  });
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : o.port;
  const base = `http://${linkHost(o.bind)}:${port}`;
  process.stderr.write(`${labs.mode === 'owner' ? w.mode.owner(labs.user!) : labs.mode === 'root' ? w.mode.rootOnly(labs.why!) : w.mode.rootless}\n${w.listening(limits.maxLearners)}\n`);
  process.stdout.write(`Learners: ${base}/?class=${classCode}\nTeacher: ${base}/teacher?token=${teacherToken}\n`);

  await new Promise<void>((resolve) => {
    let stopping = false;
    // The handlers stay (a second signal changes nothing): with none left, Ink's exit hook would re-raise the signal and kill the server mid-way.
    const stop = () => {
      if (stopping) return;
      stopping = true;
      process.stderr.write(`${w.stopping}\n`);
      server.close();
      void classroom.stop().finally(() => {
        for (const ws of sockets.clients) ws.terminate();
        server.closeAllConnections();
        resolve();
      });
    };
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
  });
  return EXIT.ok;
}
