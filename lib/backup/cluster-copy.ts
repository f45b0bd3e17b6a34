import '#server-only';
import { existsSync, readFileSync } from 'node:fs';
import { chown, mkdir, mkdtemp, readdir, rename, rm, stat, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { isRunning, startEmbeddedPostgres } from '@/lib/db/embedded';
import { BackupError, backupStamp } from './backup-files';
import { runTool } from './run-tool';

// What PostgreSQL's manual says a copy of a running data directory leaves out: the server's own pid files, the WAL
// (the segments the copy needs are added after it), and directories the server empties at start.
const LEFT_OUT = [
  './postmaster.pid',
  './postmaster.opts',
  './pg_wal/*',
  './pg_replslot/*',
  './pg_dynshmem/*',
  './pg_notify/*',
  './pg_serial/*',
  './pg_snapshots/*',
  './pg_stat_tmp/*',
  './pg_subtrans/*',
  'pgsql_tmp*',
  'pg_internal.init',
];
const WAL_DIRECTORIES = ['pg_wal/archive_status', 'pg_wal/summaries'];
// GNU tar's code for "a file changed while it was read", which a copy of a running server expects.
const FILES_CHANGED = 1;

/** The postmaster's pid and port when a server runs on `dataDir`, from its postmaster.pid. */
export function runningServer(dataDir: string): { pid: number; port: number } | undefined {
  const pidFile = path.join(dataDir, 'postmaster.pid');
  if (!existsSync(pidFile)) return undefined;
  const [pid, , , port] = readFileSync(pidFile, 'utf8').split('\n').map(Number);
  if (!pid || !port || !isRunning(pid)) return undefined;
  return { pid, port };
}

/**
 * Copies the embedded cluster into a tar archive while its server runs, the way pg_basebackup does: a temporary
 * replication slot keeps the WAL written during the copy, pg_backup_start/pg_backup_stop bracket it, and the archive
 * gets the backup label and those WAL segments, so the copy starts as the cluster was at the end of the backup. A
 * server that is not running is started for the copy and stopped again.
 */
export async function copyCluster(dataDir: string, port: number, file: string): Promise<void> {
  if (!existsSync(path.join(dataDir, 'PG_VERSION'))) throw new BackupError(`There is no embedded database in ${dataDir} to back up.`);
  const running = runningServer(dataDir);
  const started = running ? undefined : await startEmbeddedPostgres({ dataDir, port });
  const client = new pg.Client({ host: '127.0.0.1', port: running?.port ?? port, user: 'postgres', database: 'postgres' });
  await client.connect();
  try {
    await client.query(`select pg_create_physical_replication_slot('dateline_backup_' || pg_backend_pid(), true, true)`);
    const first = await client.query<{ wal: string }>(`select pg_walfile_name(pg_backup_start('dateline backup', true)) as wal`);
    await runTool(
      'tar',
      [
        '--create',
        '--file',
        file,
        '--directory',
        dataDir,
        ...LEFT_OUT.map((pattern) => `--exclude=${pattern}`),
        '--warning=no-file-changed',
        '--warning=no-file-removed',
        '.',
      ],
      {
        accept: [0, FILES_CHANGED],
        failure: `Could not copy the embedded database in ${dataDir}.`,
      },
    );
    const stop = await client.query<{ labelfile: string; spcmapfile: string; wal: string }>(
      `select labelfile, spcmapfile, pg_walfile_name(lsn) as wal from pg_backup_stop(false)`,
    );
    await appendBackupEnd(file, dataDir, { ...stop.rows[0]!, firstWal: first.rows[0]!.wal });
  } finally {
    await client.end();
    await started?.stop();
  }
}

async function appendBackupEnd(
  file: string,
  dataDir: string,
  end: { labelfile: string; spcmapfile: string; firstWal: string; wal: string },
) {
  const labels = await mkdtemp(path.join(os.tmpdir(), 'dateline-backup-label-'));
  try {
    await writeFile(path.join(labels, 'backup_label'), end.labelfile);
    const members = ['backup_label'];
    if (end.spcmapfile) {
      await writeFile(path.join(labels, 'tablespace_map'), end.spcmapfile);
      members.push('tablespace_map');
    }
    await runTool('tar', ['--append', '--file', file, '--mode=0600', '--directory', labels, ...members.map((member) => `./${member}`)], {
      failure: 'Could not finish the copy.',
    });
    const wal = (await readdir(path.join(dataDir, 'pg_wal'))).filter(
      (name) => name.endsWith('.history') || (/^[0-9A-F]{24}$/.test(name) && name >= end.firstWal && name <= end.wal),
    );
    const directories = WAL_DIRECTORIES.filter((directory) => existsSync(path.join(dataDir, directory)));
    await runTool(
      'tar',
      [
        '--append',
        '--file',
        file,
        '--directory',
        dataDir,
        '--no-recursion',
        ...[...directories, ...wal.map((name) => `pg_wal/${name}`)].map((member) => `./${member}`),
      ],
      {
        failure: 'Could not add the WAL to the copy.',
      },
    );
  } finally {
    await rm(labels, { recursive: true, force: true });
  }
}

/**
 * Replaces the embedded cluster with the copy in `file`, the server stopped. The copy is unpacked beside the data
 * directory and started once (PostgreSQL replays the WAL it carries); only then does it take the data directory's
 * place, and the previous directory is kept beside it, so a restore that fails loses nothing.
 */
export async function restoreCluster(file: string, dataDir: string, port: number): Promise<{ previous?: string }> {
  const running = runningServer(dataDir);
  if (running) throw new BackupError(`The embedded PostgreSQL is running (pid ${running.pid}): stop npm start first, then restore.`);
  const unpacked = `${dataDir}.restoring`;
  await rm(unpacked, { recursive: true, force: true });
  try {
    await mkdir(unpacked, { mode: 0o700 });
    await runTool('tar', ['--extract', '--same-permissions', '--file', file, '--directory', unpacked], {
      failure: `Could not unpack ${file}.`,
    });
    if (!existsSync(path.join(unpacked, 'PG_VERSION')) || !existsSync(path.join(unpacked, 'backup_label'))) {
      throw new BackupError(`${file} is not a copy of an embedded database: it has no PG_VERSION or backup_label.`);
    }
    await handLabelsToServer(unpacked);
    await startEmbeddedPostgres({ dataDir: unpacked, port })
      .then((server) => server.stop())
      .catch((error: Error) => {
        throw new BackupError(`The restored copy did not start, and the embedded database was left as it was: ${error.message}`);
      });
  } catch (error) {
    await rm(unpacked, { recursive: true, force: true });
    throw error;
  }
  const previous = existsSync(dataDir) ? `${dataDir}.before-restore-${backupStamp(new Date())}` : undefined;
  if (previous) await rename(dataDir, previous);
  await rename(unpacked, dataDir);
  return { previous };
}

/** The server's own user reads the backup label and renames it once the copy has started: give it the label. */
async function handLabelsToServer(dataDir: string): Promise<void> {
  const { uid, gid } = await stat(path.join(dataDir, 'PG_VERSION'));
  for (const label of ['backup_label', 'tablespace_map'].map((name) => path.join(dataDir, name)).filter((file) => existsSync(file))) {
    await chown(label, uid, gid);
  }
}
