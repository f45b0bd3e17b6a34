import '#server-only';
import { chmod, mkdir, open, rename, rm, stat } from 'node:fs/promises';
import path from 'node:path';
import { BackupError, backupFileNames, backupKindOf, mediaArchiveBeside } from './backup-files';
import { copyCluster, restoreCluster } from './cluster-copy';
import { assertEmptyDatabase, assertNoOtherSessions, checkDump, dumpDatabase, restoreDump } from './database-dump';
import { archiveMedia, checkMediaArchive, restoreMedia } from './media-archive';

/** The database a backup is made of or restored into: a PostgreSQL server's (DATABASE_URL) or the embedded one. */
export type DatabaseTarget = { kind: 'server'; url: string } | { kind: 'embedded'; dataDir: string; port: number };

export type WrittenFile = { file: string; bytes: number };

/**
 * Backs up the database and the media folder into `backupDir`, as two files named for the moment (UTC). Each is
 * written under a temporary name and renamed when complete, so a file with a backup's name is always a whole one, and
 * is readable by its owner only: it holds password hashes and readers' address hashes.
 */
export async function backUp(options: {
  target: DatabaseTarget;
  mediaDir?: string;
  backupDir: string;
  moment?: Date;
}): Promise<WrittenFile[]> {
  const { target, mediaDir, backupDir, moment = new Date() } = options;
  await mkdir(backupDir, { recursive: true, mode: 0o700 });
  const names = backupFileNames(target.kind === 'server' ? 'dump' : 'cluster', moment);
  const written = [
    await writeComplete(path.join(backupDir, names.database), (file) =>
      target.kind === 'server' ? dumpDatabase(target.url, file) : copyCluster(target.dataDir, target.port, file),
    ),
  ];
  if (mediaDir) written.push(await writeComplete(path.join(backupDir, names.media), (file) => archiveMedia(mediaDir, file)));
  return written;
}

async function writeComplete(file: string, write: (file: string) => Promise<void>): Promise<WrittenFile> {
  const partial = `${file}.partial`;
  try {
    await write(partial);
    await chmod(partial, 0o600);
    await rename(partial, file);
  } finally {
    await rm(partial, { force: true });
  }
  return { file, bytes: (await stat(file)).size };
}

export type RestoreReport = { database: string; media?: string; previousDataDir?: string };

/**
 * Restores a backup's database file into the target, then (with `mediaDir`) its media archive. Both files are checked
 * before anything changes; the database is restored first, in one transaction (a dump) or beside the old data
 * directory (a copy of the embedded cluster), so a failure leaves the database and the photos as they were.
 */
export async function restoreBackup(options: {
  file: string;
  target: DatabaseTarget;
  mediaDir?: string;
  /** The target is a database made for checking the backup: it must be empty, and other sessions do not matter. */
  intoNewDatabase?: boolean;
}): Promise<RestoreReport> {
  const { file, target, mediaDir, intoNewDatabase = false } = options;
  const kind = backupKindOf(file, await readHeader(file));
  const media = mediaDir ? mediaArchiveBeside(file) : undefined;
  if (media) await checkMediaArchive(media);
  let report: RestoreReport;
  if (kind === 'dump') {
    if (target.kind === 'embedded')
      throw new BackupError(`${file} is a pg_dump archive; the embedded database is restored from a .pgdata.tar copy.`);
    await checkDump(file);
    await (intoNewDatabase ? assertEmptyDatabase(target.url) : assertNoOtherSessions(target.url));
    await restoreDump(file, target.url);
    report = { database: file };
  } else {
    if (target.kind === 'server') {
      throw new BackupError(
        `${file} is a copy of the embedded database: restore it with DATABASE_URL unset, or or restore a .dump into DATABASE_URL.`,
      );
    }
    const { previous } = await restoreCluster(file, target.dataDir, target.port);
    report = { database: file, previousDataDir: previous };
  }
  if (media && mediaDir) {
    await restoreMedia(media, mediaDir);
    report.media = media;
  }
  return report;
}

async function readHeader(file: string): Promise<Buffer> {
  try {
    const handle = await open(file, 'r');
    try {
      const header = Buffer.alloc(512);
      const { bytesRead } = await handle.read(header, 0, header.length, 0);
      return header.subarray(0, bytesRead);
    } finally {
      await handle.close();
    }
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new BackupError(code === 'ENOENT' ? `There is no file ${file}.` : `Cannot read ${file} (${code ?? (error as Error).message}).`);
  }
}
