import path from 'node:path';

/** A backup could not be made or restored; the message is a sentence fit to show an operator as is. */
export class BackupError extends Error {}

/**
 * What a backup's database file holds: a `pg_dump --format=custom` archive of one database, or a copy of the
 * embedded PostgreSQL's whole data directory (the embedded server is PostgreSQL 18, which no pg_dump here can read).
 */
export type BackupKind = 'dump' | 'cluster';

const SUFFIXES: Record<BackupKind, string> = { dump: '.dump', cluster: '.pgdata.tar' };
const MEDIA_SUFFIX = '.media.tar';
const PREFIX = 'dateline-';

/** `20261202T103000Z`: the moment a backup was made, in UTC, sortable and free of characters a shell minds. */
export function backupStamp(moment: Date): string {
  return moment
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d+Z$/, 'Z');
}

/** The names a backup made at `moment` is written under: its database file and, beside it, the media archive. */
export function backupFileNames(kind: BackupKind, moment: Date): { database: string; media: string } {
  const stem = `${PREFIX}${backupStamp(moment)}`;
  return { database: `${stem}${SUFFIXES[kind]}`, media: `${stem}${MEDIA_SUFFIX}` };
}

/** The media archive that belongs to a backup's database file. */
export function mediaArchiveBeside(databaseFile: string): string {
  const kind = kindFromName(databaseFile);
  return databaseFile.slice(0, -SUFFIXES[kind].length) + MEDIA_SUFFIX;
}

/**
 * The kind of a backup's database file, from its name and its first bytes, refusing anything else: a custom-format
 * dump starts with `PGDMP`, a tar archive has `ustar` at byte 257.
 */
export function backupKindOf(file: string, header: Buffer): BackupKind {
  const kind = kindFromName(file);
  const valid =
    kind === 'dump' ? header.subarray(0, 5).toString('latin1') === 'PGDMP' : header.subarray(257, 262).toString('latin1') === 'ustar';
  if (!valid)
    throw new BackupError(`${file} is not a Dateline backup: its content is not a ${kind === 'dump' ? 'pg_dump archive' : 'tar archive'}.`);
  return kind;
}

function kindFromName(file: string): BackupKind {
  const name = path.basename(file);
  if (name.endsWith(MEDIA_SUFFIX)) {
    throw new BackupError(`${file} is the media archive of a backup: name its database file (.dump or .pgdata.tar) instead.`);
  }
  const kind = (Object.keys(SUFFIXES) as BackupKind[]).find((candidate) => name.endsWith(SUFFIXES[candidate]));
  if (!kind) throw new BackupError(`${file} is not a Dateline backup: its name should end in .dump or .pgdata.tar.`);
  return kind;
}

/** `1.4 MB`: a size as an operator reads it. */
export function describeSize(bytes: number): string {
  const units = ['bytes', 'kB', 'MB', 'GB', 'TB'];
  let value = bytes;
  let unit = 0;
  while (value >= 1000 && unit < units.length - 1) {
    value /= 1000;
    unit += 1;
  }
  return unit === 0 ? `${bytes} bytes` : `${value.toFixed(1)} ${units[unit]}`;
}
