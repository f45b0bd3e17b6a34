import '#server-only';
import { spawn } from 'node:child_process';
import path from 'node:path';

/** `prisma migrate deploy` failed; the message carries the CLI's output. */
export class MigrationError extends Error {}

const PROJECT_ROOT = path.resolve(import.meta.dirname, '..', '..');
const PRISMA_CLI = path.join(PROJECT_ROOT, 'node_modules', '.bin', 'prisma');

/** Applies pending migrations from prisma/migrations with the standard Prisma CLI. */
export async function applyMigrations(databaseUrl: string): Promise<void> {
  const { exitCode, output } = await runCapturingOutput(PRISMA_CLI, ['migrate', 'deploy'], {
    ...process.env,
    DATABASE_URL: databaseUrl,
    // No update check: it would reach out to the network on every start.
    CHECKPOINT_DISABLE: '1',
    PRISMA_HIDE_UPDATE_MESSAGE: '1',
  });
  if (exitCode !== 0) {
    throw new MigrationError(`prisma migrate deploy failed (exit code ${exitCode}):\n${output.trim()}`);
  }
}

function runCapturingOutput(command: string, args: string[], env: NodeJS.ProcessEnv): Promise<{ exitCode: number | null; output: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd: PROJECT_ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('error', reject);
    child.on('close', (exitCode) => resolve({ exitCode, output }));
  });
}
