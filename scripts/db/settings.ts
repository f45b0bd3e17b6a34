/**
 * What `npm run db:backup` and `db:restore` work on, from the environment (and `.env`, as `npm start` reads it):
 * DATABASE_URL, else the embedded PostgreSQL with npm start's defaults; MEDIA_DIR; BACKUP_DIR.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { BackupError } from '@/lib/backup/backup-files';
import type { DatabaseTarget } from '@/lib/backup/backup';
import { embeddedDefaults } from '@/lib/db/embedded';
import { mediaRoot } from '@/lib/media/storage';

const PROJECT_ROOT = path.resolve(import.meta.dirname, '..', '..');

export function loadSettings(): { target: DatabaseTarget; mediaDir: string; backupDir: string } {
  const dotEnv = path.join(PROJECT_ROOT, '.env');
  if (existsSync(dotEnv)) process.loadEnvFile(dotEnv);
  process.chdir(PROJECT_ROOT);
  return {
    target: process.env.DATABASE_URL
      ? { kind: 'server', url: process.env.DATABASE_URL }
      : {
          kind: 'embedded',
          dataDir: path.resolve(process.env.EMBEDDED_PG_DIR || embeddedDefaults.dataDir),
          port: embeddedPort(process.env.EMBEDDED_PG_PORT),
        },
    mediaDir: mediaRoot(),
    backupDir: path.resolve(process.env.BACKUP_DIR || path.join('var', 'backups')),
  };
}

function embeddedPort(raw: string | undefined): number {
  const port = Number(raw || embeddedDefaults.port);
  if (!Number.isInteger(port) || port < 1 || port > 65535) throw new BackupError(`EMBEDDED_PG_PORT must be a port number, not "${raw}".`);
  return port;
}

/** Runs a command's work, showing a BackupError as its sentence alone and exiting 1 on any failure. */
export function runCommand(work: () => Promise<void>): void {
  work().catch((error: unknown) => {
    console.error(error instanceof BackupError ? error.message : error);
    process.exit(1);
  });
}

/** The command line by `config`, refusing an unknown option with a sentence and the usage. */
export function parseCommandLine<T extends ParseArgsConfig>(config: T, usage: string) {
  try {
    return parseArgs(config);
  } catch (error) {
    throw new BackupError(`${(error as Error).message} ${usage}`);
  }
}
