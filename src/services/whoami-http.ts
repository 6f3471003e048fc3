/**
 * The lessons' background service: a tiny HTTP server that answers every
 * request with one line naming itself and the address the request came from
 * as it sees it (`hello from web in c1: you came from 203.0.113.2`), so a
 * learner can see NAT at work. Started by the lab inside a namespace
 * (lab/services.ts) as `netns-tutor _service http PORT NAME NS`; it prints
 * `ready` once it listens and lives until the lab ends.
 */
import { createServer } from 'node:http';

/** The line it answers with. Pure. */
export function whoamiLine(name: string, ns: string, remote: string | undefined): string {
  const from = (remote ?? '?').replace(/^::ffff:/, '');
  return `hello from ${name} in ${ns}: you came from ${from}\n`;
}

export function runWhoamiHttp(port: number, name: string, ns: string): Promise<never> {
  const server = createServer((req, res) => {
    const body = whoamiLine(name, ns, req.socket.remoteAddress);
    res.writeHead(200, { 'content-type': 'text/plain; charset=utf-8', 'content-length': Buffer.byteLength(body), connection: 'close' });
    res.end(body);
  });
  return new Promise((_resolve, reject) => {
    server.once('error', reject);
    server.listen(port, () => { process.stdout.write('ready\n'); });
  });
}
