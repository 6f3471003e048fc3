/**
 * A lesson's background services in a lab: started by the tutor (never a
 * shell `&`), inside a namespace of the lab and its PID namespace, so they end
 * with the lab; a fresh lab (reset) has none until they are started again.
 * The program is the tutor itself (`_service`, services/whoami-http.ts), run
 * by the same Node as the tutor.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export type ServiceSpec = { readonly name: string; readonly ns: string; readonly port: number };

/** How to start the tutor again: the bundle (dist/cli.js), or the sources through tsx in development. */
export function tutorArgv(): string[] {
  const here = fileURLToPath(import.meta.url);
  if (/[\\/]dist[\\/]cli\.js$/.test(here)) return [process.execPath, here];
  // nsenter starts the program in / : tsx is named by its full address, not looked up from the directory.
  return [process.execPath, '--import', import.meta.resolve('tsx'), join(dirname(here), '..', 'cli.ts')];
}

/** Starts a service through the lab's argv prefix; resolves once it listens, rejects with what it said if it cannot. */
export function startService(prefix: readonly string[], s: ServiceSpec): Promise<ChildProcess> {
  const argv = [...prefix, 'ip', 'netns', 'exec', s.ns, ...tutorArgv(), '_service', 'http', String(s.port), s.name, s.ns];
  const child = spawn(argv[0]!, argv.slice(1), { stdio: ['ignore', 'pipe', 'pipe'], cwd: dirname(fileURLToPath(import.meta.url)) });
  return new Promise((resolve, reject) => {
    let out = '';
    let err = '';
    const timer = setTimeout(() => { child.kill('SIGKILL'); reject(new Error(`the service ${s.name} did not start in 10 s: ${err.trim()}`)); }, 10_000);
    child.stdout!.setEncoding('utf8').on('data', (d: string) => {
      out += d;
      if (out.includes('ready\n')) { clearTimeout(timer); child.stdout!.resume(); resolve(child); }
    });
    child.stderr!.setEncoding('utf8').on('data', (d: string) => { err += d; });
    child.once('error', (e) => { clearTimeout(timer); reject(e); });
    child.once('exit', (code) => { clearTimeout(timer); reject(new Error(`the service ${s.name} ended (${code}): ${err.trim()}`)); });
  });
}
