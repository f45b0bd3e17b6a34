import { spawn } from 'node:child_process';
import net from 'node:net';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const PROJECT_ROOT = path.resolve(import.meta.dirname, '..', '..');
const TSX = path.join(PROJECT_ROOT, 'node_modules', '.bin', 'tsx');
const STACK_FRAME = /^\s+at /m;

function listenOnFreePort(): Promise<net.Server> {
  return new Promise((resolve, reject) => {
    const server = net.createServer().once('error', reject);
    server.listen(0, () => resolve(server));
  });
}

function portOf(server: net.Server): number {
  return (server.address() as net.AddressInfo).port;
}

async function freePort(): Promise<number> {
  const server = await listenOnFreePort();
  const port = portOf(server);
  await new Promise((resolve) => server.close(resolve));
  return port;
}

/** Runs `npm start`'s script and collects what it prints. */
function runStart(env: Record<string, string>): Promise<{ exitCode: number | null; output: string; seconds: number }> {
  const started = Date.now();
  return new Promise((resolve, reject) => {
    const child = spawn(TSX, ['scripts/start.ts'], {
      cwd: PROJECT_ROOT,
      env: { ...process.env, ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    const timeout = setTimeout(() => child.kill('SIGKILL'), 20_000);
    child.on('error', reject);
    child.on('exit', (exitCode) => {
      clearTimeout(timeout);
      resolve({ exitCode, output: output.trim(), seconds: (Date.now() - started) / 1000 });
    });
  });
}

describe('npm start with a bad configuration', () => {
  const servers: net.Server[] = [];
  afterAll(() => servers.forEach((server) => server.close()));

  it('stops with one clear line when PORT is taken', async () => {
    const squatter = await listenOnFreePort();
    servers.push(squatter);
    const port = portOf(squatter);

    const { exitCode, output, seconds } = await runStart({ PORT: String(port) });

    expect(exitCode).not.toBe(0);
    expect(output).toBe(`Port ${port} is already in use. Stop the other program or set PORT=${port + 1}.`);
    expect(output).not.toMatch(STACK_FRAME);
    expect(seconds).toBeLessThan(10);
  }, 30_000);

  it('stops with one clear line when DATABASE_URL cannot be reached', async () => {
    const { exitCode, output, seconds } = await runStart({
      PORT: String(await freePort()),
      DATABASE_URL: 'postgresql://postgres@127.0.0.1:1/nope',
      // Set so that this run leaves no var/secrets.json behind.
      IP_HASH_SECRET: 'test',
      NEXTAUTH_SECRET: 'test',
    });

    expect(exitCode).not.toBe(0);
    expect(output).toBe('Cannot reach the database at 127.0.0.1:1 (DATABASE_URL): connection refused.');
    expect(output).not.toMatch(STACK_FRAME);
    expect(seconds).toBeLessThan(10);
  }, 30_000);
});
