import '#server-only';
import { spawn } from 'node:child_process';
import { BackupError } from './backup-files';

const PACKAGES: Record<string, string> = { pg_dump: 'postgresql-client', pg_restore: 'postgresql-client', tar: 'tar' };

/**
 * Runs a command-line tool and resolves with its exit code, refusing any other code than `accept` with the tool's own
 * words. A missing tool is named with the Debian package that brings it.
 */
export function runTool(
  command: string,
  args: string[],
  options: { env?: Record<string, string>; accept?: number[]; failure: string },
): Promise<number> {
  const { env, accept = [0], failure } = options;
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { env: { ...process.env, ...env }, stdio: ['ignore', 'ignore', 'pipe'] });
    let errors = '';
    child.stderr.on('data', (chunk: Buffer) => (errors += chunk.toString()));
    child.once('error', (error: NodeJS.ErrnoException) => {
      reject(
        error.code === 'ENOENT' ? new BackupError(`${command} is not installed: apt-get install ${PACKAGES[command] ?? command}.`) : error,
      );
    });
    child.once('close', (code) => {
      if (code !== null && accept.includes(code)) resolve(code);
      else reject(new BackupError(`${failure} ${command} said: ${errors.trim().split('\n').slice(-5).join(' ') || `exit code ${code}`}`));
    });
  });
}
