import '#server-only';
import { spawn } from 'node:child_process';
import { Readable } from 'node:stream';
import { BackupError } from './backup-files';

const PACKAGES: Record<string, string> = {
  pg_dump: 'postgresql-client',
  pg_restore: 'postgresql-client',
  psql: 'postgresql-client',
  tar: 'tar',
};

type Tool = { command: string; args: string[]; env?: Record<string, string>; accept?: number[]; failure: string };

/**
 * Runs a command-line tool and resolves with its exit code, refusing any other code than `accept` with the tool's own
 * words. A missing tool is named with the Debian package that brings it.
 */
export function runTool(command: string, args: string[], options: Omit<Tool, 'command' | 'args'>): Promise<number> {
  return startTool({ command, args, ...options }).exited;
}

/**
 * Runs `first | second`, `second` reading `preamble` before what `first` writes. When `second` fails, its words are
 * the ones shown: `first` then fails too, only because nobody reads it any more.
 */
export async function runPipeline(first: Tool, second: Tool & { preamble: string }): Promise<void> {
  const producer = startTool(first, { output: true });
  const consumer = startTool(second, { input: Readable.from(withPreamble(second.preamble, producer.output!)) });
  const [produced, consumed] = await Promise.allSettled([producer.exited, consumer.exited]);
  if (consumed.status === 'rejected') throw consumed.reason;
  if (produced.status === 'rejected') throw produced.reason;
}

async function* withPreamble(preamble: string, rest: Readable): AsyncGenerator<Buffer | string> {
  yield preamble;
  yield* rest;
}

function startTool(tool: Tool, stdio: { input?: Readable; output?: boolean } = {}): { output?: Readable; exited: Promise<number> } {
  const { command, args, env, accept = [0], failure } = tool;
  const child = spawn(command, args, {
    env: { ...process.env, ...env },
    stdio: [stdio.input ? 'pipe' : 'ignore', stdio.output ? 'pipe' : 'ignore', 'pipe'],
  });
  if (stdio.input && child.stdin) {
    // A tool that stops early (psql on its first error) closes its input; what was still coming is not needed.
    child.stdin.on('error', () => undefined);
    stdio.input.pipe(child.stdin);
  }
  let errors = '';
  child.stderr!.on('data', (chunk: Buffer) => (errors += chunk.toString()));
  const exited = new Promise<number>((resolve, reject) => {
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
  return { output: child.stdout ?? undefined, exited };
}
