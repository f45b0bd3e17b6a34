import type { ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import net from 'node:net';

export function exited(child: ChildProcess): Promise<number> {
  if (child.exitCode !== null) return Promise.resolve(child.exitCode);
  return new Promise((resolve, reject) => {
    child.once('error', reject);
    child.once('exit', (code) => resolve(code ?? 1));
  });
}

export function assertPortFree(port: number): Promise<void> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.once('error', () => reject(new Error(`Port ${port} is in use; set BENCH_PORT to another.`)));
    probe.listen(port, '127.0.0.1', () => probe.close(() => resolve()));
  });
}

/** Waits until `url` answers 2xx, failing with the end of the server's log when it exits or takes two minutes. */
export async function waitUntilServing(url: string, server: ChildProcess, logFile: string): Promise<void> {
  const deadline = Date.now() + 120_000;
  while (Date.now() < deadline) {
    if (server.exitCode !== null) break;
    const answered = await fetch(url).then(
      (response) => response.ok,
      () => false,
    );
    if (answered) return;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  const log = readFileSync(logFile, 'utf8').split('\n').slice(-20).join('\n');
  throw new Error(`The server did not serve ${url} (its log, ${logFile}):\n${log}`);
}

/** SIGTERM, then SIGKILL after ten seconds if it is still there. */
export async function stopServer(server: ChildProcess): Promise<void> {
  if (server.exitCode !== null) return;
  const killer = setTimeout(() => server.kill('SIGKILL'), 10_000);
  server.kill('SIGTERM');
  await exited(server);
  clearTimeout(killer);
}

/** Throws once the server has ended (a crash, or someone else's kill): every row measured after it would be errors. */
export function assertServing(server: ChildProcess, what: string, logFile: string): void {
  if (server.exitCode === null && server.signalCode === null) return;
  throw new Error(`${what} ended during the run (${server.signalCode ?? `exit code ${server.exitCode}`}); its log: ${logFile}.`);
}
